// Width counts runes, not bytes.
package main

import "fmt"

func main() {
	fmt.Printf("[%5s][%-5s]\n", "é", "世界")
	fmt.Printf("[%5q]\n", 'x')
}
