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

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Index([]string{"go", "lab"}, "lab"))
}
