// make of a type parameter needs a core type: one underlying slice, map or channel type.
package main

func Two[T ~[]int | ~map[int]int](n int) T { return make(T, n) }

func Any[T any]() T { return make(T) }

type Ints []int

func Same[T Ints | []int](n int) T { return make(T, n) }

func main() {
	_ = Same[Ints](1)
}
