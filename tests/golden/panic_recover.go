// panic_recover: recover() in a deferred call stops a panic (runtime errors and panic(v)),
// the function returns its results as they stand; recover elsewhere returns nil.
package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer handler()
	q = a / b
	return q, "ok"
}

func handler() {
	r := recover()
	fmt.Println("recovered:", r)
}

func notDirect() {
	fmt.Println("helper sees", recover())
}

func indirect() {
	notDirect()
}

func mayPanic(v int) (out int) {
	defer handler()
	out = v
	if v > 2 {
		panic(fmt.Sprint("too big: ", v))
	}
	return v * 10
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(mayPanic(1), mayPanic(5))
	fmt.Println("recover outside:", recover())
	s := []int{1, 2}
	defer fmt.Println("main deferred runs before the crash")
	defer indirect()
	i := 5
	fmt.Println(s[i])
}
