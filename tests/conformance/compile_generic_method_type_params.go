// Methods cannot have type parameters of their own: a syntax error in Go 1.19.
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Map[U any](f func(T) U) []U { return nil }

func main() {
}
