// A directional channel does not convert back to a bidirectional one or to the other
// direction, and the element types must be identical.
package main

func main() {
	c := make(chan int)
	r := (<-chan int)(c)
	back := (chan int)(r)
	other := (chan<- int)(r)
	wrong := (<-chan int64)(c)
	var s chan<- int = r
	_, _, _, _ = back, other, wrong, s
}
