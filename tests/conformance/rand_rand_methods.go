// A seeded rand.Rand and the package's own source give Go's exact values.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(1000000), r.Int(), r.Float64())
	fmt.Println(r.Perm(10))
	xs := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)

	src := rand.NewSource(7)
	r2 := rand.New(src)
	fmt.Println(src.Int63(), r2.Intn(10))
	src.Seed(7)
	fmt.Println(src.Int63())

	rand.Seed(3)
	fmt.Println(rand.Int(), rand.Perm(5), rand.Intn(50))
	ys := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(ys), func(i, j int) { ys[i], ys[j] = ys[j], ys[i] })
	fmt.Println(ys, rand.Perm(0))
}
