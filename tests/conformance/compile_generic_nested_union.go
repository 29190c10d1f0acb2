// A union that names another constraint: its type set, spelled out in the message.
package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Ordered interface {
	Number | ~string
}

func g[T Ordered](x T) T { return x }

func main() {
	fmt.Println(g("ok"), g(2.5), g(3))
	fmt.Println(g(true))
}
