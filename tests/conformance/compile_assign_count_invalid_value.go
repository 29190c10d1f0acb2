// A trailing comma joins the next line to the values: Go reports the bad value, and not the
// count of values as well.
package main

import "fmt"

func greet(name string) string {
	return "hi " + name
}

func main() {
	msg := greet("a"),
	fmt.Println(msg)
	a, b := 1, undefinedName, 3
	fmt.Println(a, b)
}
