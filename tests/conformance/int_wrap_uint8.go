// uint8 (byte) arithmetic wraps modulo 256.
package main

import "fmt"

func main() {
	var a uint8 = 250
	for i := 0; i < 10; i++ {
		a++
	}
	fmt.Println(a)
	var b byte = 3
	b -= 5
	fmt.Println(b)
	fmt.Println(b * 3)
}
