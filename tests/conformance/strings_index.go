// Index, IndexByte and LastIndex return byte offsets or -1.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken and kitchen"
	fmt.Println(strings.Index(s, "ken"), strings.LastIndex(s, "ken"), strings.Index(s, "dog"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexByte(s, 'z'))
	fmt.Println(strings.Index("世界", "界"), strings.Index(s, ""), strings.LastIndex(s, ""))
}
