// Strings compare byte by byte.
package main

import "fmt"

func main() {
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z")
	fmt.Println("go" == "g"+"o", "x" != "x")
}
