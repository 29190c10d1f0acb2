// A zero-length array of the type itself still makes it recursive, and so does an alias of
// it; functions, interfaces and channels of the type itself do not.
package main

type Empty struct {
	none [0]Empty
}

type Fine struct {
	make   func() Fine
	shaped interface{ Shape() Fine }
	ch     chan Fine
}

type Outer struct{ in Inner }
type Inner = Outer

func main() {}
