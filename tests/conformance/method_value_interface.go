// An interface's method value is looked up when it is evaluated: later changes to the
// interface variable do not affect it, and a nil interface panics at once. Deferring and
// starting an interface method work the same way.
package main

import (
	"fmt"
	"sync"
)

type speaker interface{ Speak(n int) string }

type dog struct{ name string }

func (d dog) Speak(n int) string { return fmt.Sprintf("%s says woof x%d", d.name, n) }

type cat struct{ name string }

func (c *cat) Speak(n int) string { return fmt.Sprintf("%s says meow x%d", c.name, n) }

func say(s speaker, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("deferred:", s.Speak(0))
	fmt.Println(s.Speak(1))
}

func main() {
	var s speaker = dog{"rex"}
	f := s.Speak
	s = &cat{"tom"}
	fmt.Println(f(2), "/", s.Speak(3))

	var wg sync.WaitGroup
	wg.Add(1)
	go say(s, &wg)
	wg.Wait()

	var e error
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	g := e.Error
	fmt.Println("not reached", g == nil)
}
