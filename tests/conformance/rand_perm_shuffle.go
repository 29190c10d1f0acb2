// Perm and Shuffle with a fixed seed.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(7)
	fmt.Println(rand.Perm(6))
	xs := []string{"a", "b", "c", "d"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
}
