// A function type that takes and returns its own type (type F func(F) F), and a pointer
// type that points to itself (type P *P).
package main

import "fmt"

type F func(F) F

type P *P

func main() {
	calls := 0
	var f F
	f = func(g F) F {
		calls++
		if g == nil {
			return f
		}
		return nil
	}
	r := f(nil)
	fmt.Println(r != nil, r(f) == nil, calls)
	fmt.Printf("%T\n", f)

	var p P
	q := P(&p)
	p = q
	fmt.Println(p == q, *p == q, **p == q)
	fmt.Printf("%T %v\n", p, p == nil)
}
