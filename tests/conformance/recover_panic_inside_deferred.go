// A panic raised and recovered inside a deferred call leaves the outer panic as it was.
package main

import "fmt"

func inner(outerRecovers bool) {
	defer func() {
		if outerRecovers {
			fmt.Println("outer:", recover())
		}
		defer func() { fmt.Println("inner:", recover()) }()
		var p *int
		fmt.Println(*p)
	}()
	panic("first")
}

func main() {
	inner(true)
	fmt.Println("after recovered run")
	defer func() { fmt.Println("main:", recover()) }()
	inner(false)
	fmt.Println("not reached")
}
