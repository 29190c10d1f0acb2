// A Context inside a struct's exported field, a slice, and under %s, %10v and %q prints
// through its String method, as fmt does for any Stringer.
package main

import (
	"context"
	"fmt"
)

type Job struct {
	Name string
	Ctx  context.Context
}

func main() {
	ctx, cancel := context.WithCancel(context.TODO())
	defer cancel()
	j := Job{"a", ctx}
	fmt.Println(j)
	fmt.Printf("%+v\n", j)
	fmt.Println([]context.Context{ctx, context.Background()})
	fmt.Printf("%s|%10v|%q\n", ctx, context.TODO(), ctx)
}
