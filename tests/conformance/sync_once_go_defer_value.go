// sync.Once's Do started with go, deferred, and taken as a method value: each call site is
// one more caller of the same Once, and only the first runs its function.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	load sync.Once
	name string
}

func (c *config) get() string {
	c.load.Do(func() { c.name = "loaded once" })
	return c.name
}

func main() {
	var once sync.Once
	done := make(chan struct{})
	for i := 0; i < 3; i++ {
		go once.Do(func() { close(done) })
	}
	<-done
	fmt.Println("closed by one goroutine")

	var later sync.Once
	func() {
		defer later.Do(func() { fmt.Println("deferred Do runs at return") })
		fmt.Println("body first")
	}()
	later.Do(func() { fmt.Println("never: Do already ran") })

	var third sync.Once
	do := third.Do
	do(func() { fmt.Println("method value runs f") })
	do(func() { fmt.Println("never") })
	fmt.Printf("%T\n", do)

	c := &config{}
	get := c.get
	fmt.Println(get(), c.get())

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer p.Do(func() { panic("inside deferred Do") })
	}()
	p.Do(func() { fmt.Println("never: a panicking f still counts as done") })
	fmt.Println("end")
}
