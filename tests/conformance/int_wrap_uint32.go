// uint32 products keep the low 32 bits.
package main

import "fmt"

func main() {
	var h uint32 = 2166136261
	for _, c := range []byte("goroutine") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}
