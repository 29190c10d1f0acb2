// copy, delete and close as deferred calls: their arguments are evaluated at the defer
// statement, the built-in runs when the function returns.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 3)
	m := map[string]int{"a": 1, "b": 2}
	key := "a"
	ch := make(chan int, 1)
	func() {
		defer copy(dst, src)
		defer delete(m, key)
		defer close(ch)
		key = "b"
		src = []int{7, 8, 9}
		fmt.Println("inside:", dst, len(m))
	}()
	_, ok := <-ch
	fmt.Println("after:", dst, m, ok)

	b := make([]byte, 5)
	func() {
		defer copy(b, "hello world")
	}()
	fmt.Println(string(b))
}
