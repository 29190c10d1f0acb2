// %T and %#v of generic type instances name each type argument as the runtime does:
// main.Box[main.point], main.Pair[int,string].
package main

import "fmt"

type point struct{ x, y int }

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	fmt.Printf("%T\n", Box[point]{})
	fmt.Printf("%T\n", &Box[[]point]{})
	fmt.Printf("%T\n", Pair[int, string]{})
	fmt.Printf("%#v\n", Box[int]{3})
	fmt.Printf("%#v\n", Pair[string, Box[bool]]{"a", Box[bool]{true}})
	var x any = Box[point]{}
	_, ok := x.(Box[int])
	fmt.Println(ok)
}
