// WithValue: lookups walk up the chain, the nearest key wins, keys of different types
// never match (a named string type is not string), and a missing key gives nil.
package main

import (
	"context"
	"fmt"
)

type ctxKey string
type idKey struct{ n int }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, "user", "plain string key")
	ctx = context.WithValue(ctx, idKey{1}, 100)
	inner, cancel := context.WithCancel(ctx)
	defer cancel()
	inner = context.WithValue(inner, ctxKey("user"), "bob")

	fmt.Println(inner.Value(ctxKey("user")), ctx.Value(ctxKey("user")))
	fmt.Println(inner.Value("user"), inner.Value(idKey{1}), inner.Value(idKey{2}))
	fmt.Println(inner.Value(ctxKey("missing")) == nil, context.TODO().Value("x"))
	if s, ok := inner.Value(ctxKey("user")).(string); ok {
		fmt.Println("typed:", s)
	}
	fmt.Println(inner.Value([]int{1})) // an uncomparable key finds nothing
	fmt.Println(inner)
	fmt.Println(context.WithValue(context.TODO(), 7, fmt.Stringer(nil)))
}
