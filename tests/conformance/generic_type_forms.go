// Generic types: a linked list that refers to itself, a pair with two type parameters,
// value and pointer methods, methods that return instances, generic functions over them.
package main

import "fmt"

type Node[T any] struct {
	val  T
	next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &Node[T]{val: v, next: l.head}
	l.size++
}

func (l List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Map(f func(T) T) *List[T] {
	out := &List[T]{}
	l.Each(func(v T) { out.Push(f(v)) })
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func Len[T any](l *List[T]) int { return l.size }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Set[T comparable] map[T]bool

func (s Set[T]) Add(v T)           { s[v] = true }
func (s Set[T]) Has(v T) bool      { return s[v] }

func main() {
	var l List[int]
	for i := 1; i <= 3; i++ {
		l.Push(i * 10)
	}
	l.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println(Len(&l))
	doubled := l.Map(func(v int) int { return v * 2 })
	doubled.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println(doubled.size)

	p := MakePair("answer", 42)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%v %+v\n", p.Swap(), Pair[int, bool]{1, true})
	words := List[string]{}
	words.Push("go")
	fmt.Println(words.head.val, words.size)

	s := Set[string]{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
}
