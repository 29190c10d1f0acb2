// A panic inside the function strings.Map calls unwinds through Map and can be recovered
// by the caller.
package main

import (
	"fmt"
	"strings"
)

func safe(s string) (out string, err interface{}) {
	defer func() { err = recover() }()
	return strings.Map(func(r rune) rune {
		if r == '!' {
			panic("bang at " + string(r))
		}
		return r
	}, s), nil
}

func main() {
	fmt.Println(safe("ok"))
	fmt.Println(safe("no!"))
	n := 0
	fmt.Println(strings.IndexFunc("abc", func(r rune) bool {
		n++
		if r == 'c' {
			var m map[string]int
			m["x"] = 1
		}
		return false
	}))
}
