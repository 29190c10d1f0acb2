// range over a channel gives one value, not two.
package main

func main() {
	ch := make(chan int)
	for a, b := range ch {
		_, _ = a, b
	}
}
