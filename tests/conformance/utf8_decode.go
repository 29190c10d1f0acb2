// DecodeRuneInString returns the first rune and its width.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "世a\xff"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Println(r, size, r == utf8.RuneError)
		s = s[size:]
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
}
