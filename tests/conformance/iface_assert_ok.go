// The comma-ok type assertion does not panic.
package main

import "fmt"

func main() {
	var v interface{} = "text"
	s, ok := v.(string)
	fmt.Println(s, ok)
	n, ok := v.(int)
	fmt.Println(n, ok)
}
