// uint64 keeps the low 64 bits of a product.
package main

import "fmt"

func main() {
	var x uint64 = 0
	x--
	fmt.Println(x)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("lab") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println(h)
}
