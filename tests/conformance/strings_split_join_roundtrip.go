// Split followed by Join gives the original back.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a/b//c/"
	parts := strings.Split(s, "/")
	fmt.Println(len(parts), strings.Join(parts, "/") == s)
}
