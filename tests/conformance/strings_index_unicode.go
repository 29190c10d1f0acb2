// Byte offsets returned by Index point into the UTF-8 encoding.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "héllo wörld"
	i := strings.Index(s, "wö")
	fmt.Println(i, s[i:])
	fmt.Println(strings.IndexByte(s, 'l'), strings.LastIndex(s, "l"))
}
