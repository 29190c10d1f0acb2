// RuneLen gives the bytes a rune needs, or -1.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'))
	fmt.Println(utf8.RuneLen(-1), utf8.RuneLen(0xD800))
}
