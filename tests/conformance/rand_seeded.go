// math/rand with a fixed seed gives a fixed sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(42)
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Intn(100), " ")
	}
	fmt.Println()
}
