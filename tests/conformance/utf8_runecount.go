// RuneCountInString against len.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Println(utf8.RuneCountInString("a\xffb"))
}
