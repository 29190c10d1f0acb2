// %T prints the dynamic type.
package main

import "fmt"

type myInt int
type pt struct{ x int }

func main() {
	fmt.Printf("%T %T %T %T\n", 1, 1.5, "s", 'r')
	fmt.Printf("%T %T %T\n", []int{}, map[string]bool{}, [2]string{})
	fmt.Printf("%T %T %T %T\n", myInt(1), pt{}, &pt{}, nil)
	fmt.Printf("%T %T\n", func(int) string { return "" }, make(chan int))
	var e error
	fmt.Printf("%T %T\n", e, struct{}{})
}
