// 100,000 structs, each holding the next in an interface field, printed with %v, %+v, %#v
// and %d: every level is walked, at any depth, as Go walks it.
package main

import "fmt"

type box struct {
	In  interface{}
	Tag [2]int
}

func main() {
	var x interface{} = "end"
	for i := 0; i < 100000; i++ {
		x = box{x, [2]int{i, -i}}
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%d", "%x"} {
		s := fmt.Sprintf(verb, x)
		fmt.Println(verb, len(s), s[:30], s[len(s)-40:])
	}
	p := &box{x, [2]int{1, 2}}
	s := fmt.Sprintf("%+v", p)
	fmt.Println(len(s), s[:30], s[len(s)-30:])
}
