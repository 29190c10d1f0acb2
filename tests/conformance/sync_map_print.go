// A sync.Map that has not been used prints Go 1.19's four fields, alone and inside a struct.
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	names sync.Map
	count int
}

func main() {
	var m sync.Map
	fmt.Println(m)
	fmt.Printf("%+v %T %T\n", m, m, &m)
	var r registry
	fmt.Printf("%+v\n", r)
}
