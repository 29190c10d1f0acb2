// Ranging over a string decodes UTF-8: byte offsets and runes.
package main

import "fmt"

func main() {
	for i, r := range "aé世" {
		fmt.Println(i, r, string(r))
	}
}
