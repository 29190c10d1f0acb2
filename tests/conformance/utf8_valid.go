// ValidString rejects broken encodings.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.ValidString("héllo"), utf8.ValidString("a\xffb"), utf8.ValidString(""))
	fmt.Println(utf8.ValidString("\xed\xa0\x80"), utf8.RuneError)
}
