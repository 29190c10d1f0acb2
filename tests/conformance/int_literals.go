// Integer literals in every base, with underscores.
package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000, 0X_FF)
	fmt.Println('a', '\n', '\x41', '\u00e9')
}
