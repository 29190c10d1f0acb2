// index_negative: a negative index is reported without the length.
package main

import "fmt"

func main() {
	s := []string{"a"}
	i := 0
	i--
	fmt.Println(s[i])
}
