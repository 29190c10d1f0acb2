// A pointer method called on a value that is not addressable (at the method's name), and a
// select with two defaults.
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	Counter{}.Inc()
	ch := make(chan int)
	select {
	case v := <-ch:
		_ = v
	default:
	default:
	}
}
