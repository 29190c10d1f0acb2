// Deleting an element with append shifts the rest down.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c", "d"}
	i := 1
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
}
