// Printing 100,000 maps each holding the next through an interface, with %v and %#v: Go
// prints all of it, and so must a printer that cannot recurse that deep on the host.
package main

import "fmt"

func main() {
	var x interface{} = 7
	for i := 0; i < 100000; i++ {
		x = map[string]interface{}{"k": x, "n": i % 10}
	}
	s := fmt.Sprint(x)
	fmt.Println(len(s), s[:20], s[len(s)-20:])
	g := fmt.Sprintf("%#v", x)
	fmt.Println(len(g), g[:60], g[len(g)-60:])
}
