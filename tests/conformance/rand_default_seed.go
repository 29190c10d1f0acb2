// Unseeded math/rand in Go 1.19 starts from seed 1.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Float64() < 1)
}
