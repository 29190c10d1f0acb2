// sort.SliceStable asks a judge goroutine over channels for every comparison; a panic in
// less after a blocked comparison still unwinds through the sort as Go's does.
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"kiwi", "fig", "banana", "apple", "date", "cherry", "elderberry", "plum",
		"grape", "lime", "mango", "pear", "quince", "melon", "olive", "nectarine", "yuzu",
		"lemon", "orange", "papaya", "guava", "jujube"}
	type question struct{ a, b string }
	questions := make(chan question)
	answers := make(chan bool)
	asked := 0
	go func() {
		for q := range questions {
			asked++
			answers <- len(q.a) < len(q.b)
		}
	}()
	sort.SliceStable(words, func(i, j int) bool {
		questions <- question{words[i], words[j]}
		return <-answers
	})
	fmt.Println(words)

	defer func() {
		fmt.Println("recovered:", recover(), words[:3])
	}()
	n := 0
	sort.Slice(words, func(i, j int) bool {
		questions <- question{words[i], words[j]}
		n++
		if n == 5 {
			panic(fmt.Sprint("stopped after ", n))
		}
		return <-answers
	})
}
