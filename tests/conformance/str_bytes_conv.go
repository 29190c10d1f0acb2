// []byte(s) copies the bytes; changing the copy leaves s alone.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b), len(b))
	fmt.Println(b)
}
