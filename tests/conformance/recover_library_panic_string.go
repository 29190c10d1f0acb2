// A library's panic (strings.Repeat, rand.Intn, WaitGroup) recovers as a plain string, as a
// panic("...") of the program's own does.
package main

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		s, ok := r.(string)
		fmt.Printf("%s: %T %q %v\n", name, r, s, ok)
	}()
	f()
}

func main() {
	try("repeat", func() { strings.Repeat("x", -1) })
	try("intn", func() { rand.Intn(0) })
	try("wg", func() { var wg sync.WaitGroup; wg.Done() })
	try("explicit", func() { panic("mine") })
	try("err", func() { panic(fmt.Errorf("e")) })
}
