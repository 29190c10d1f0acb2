// The comma-ok form tells a missing key from a zero value.
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["none"]
	fmt.Println(v, ok)
}
