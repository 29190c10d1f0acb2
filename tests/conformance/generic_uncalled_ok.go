// Generic functions and types that nothing uses: their bodies are checked, an import
// used only inside them counts as used, and the program runs.
package main

import (
	"fmt"
	"strings"
)

func Join[T any](xs []T, sep string) string {
	parts := []string{}
	for _, x := range xs {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, sep)
}

type Entry[K comparable, V any] struct {
	Key K
	Val V
}

func KeysOf[K comparable, V any](es []Entry[K, V]) []K {
	keys := []K{}
	for _, e := range es {
		keys = append(keys, e.Key)
	}
	return keys
}

func LastIndex[T comparable](xs []T, v T) int {
	i := len(xs) - 1
	for i >= 0 && xs[i] != v {
		i--
	}
	return i
}

func main() {
	fmt.Println(LastIndex([]string{"lab", "go", "lab"}, "lab"))
}
