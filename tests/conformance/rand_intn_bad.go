// Rand.Intn with a non-positive bound panics.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(3))
	r.Intn(0)
}
