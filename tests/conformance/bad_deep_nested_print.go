// Printing 100,000 nested []interface{} values: Go prints it (its stack grows to 1 GB);
// our printer follows 2,500 levels and then ends with Go's stack overflow fatal error.
package main

import "fmt"

func main() {
	var x interface{} = "core"
	for i := 0; i < 100000; i++ {
		x = []interface{}{x}
	}
	s := fmt.Sprint(x)
	fmt.Println(len(s), s[:3], s[len(s)-3:])
}
