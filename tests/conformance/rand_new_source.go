// A private generator from rand.New(rand.NewSource(n)).
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(99))
	fmt.Println(r.Intn(10), r.Intn(10), r.Intn(10))
}
