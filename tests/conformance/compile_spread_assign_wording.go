// A value of a multi-valued right side that does not fit its variable: Go 1.19 words a typed
// call result "as type T", and the untyped ok of a comma-ok form "(untyped bool value) as T
// value".
package main

func pair() (int, string) { return 1, "a" }

func main() {
	var b, c int = pair()
	var d, e int
	d, e = pair()
	f, g := 1, 2
	f, g = pair()
	m := map[string]int{}
	var ok string
	m["a"], ok = m["b"]
	var ch chan int
	var ok2 string
	_, ok2 = <-ch
	var x interface{} = 1
	var ok3 int
	_, ok3 = x.(int)
	_, _, _, _, _, _, _, _, _ = b, c, d, e, f, g, ok, ok2, ok3
}
