// Type switches and assertions used wrongly: fallthrough, a type or nil listed twice, an
// assertion that can never hold, and a method called through a pointer to an interface.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
		fallthrough
	case string:
		fmt.Println("string")
	}
	switch v := x.(type) {
	case int, string:
		fmt.Println(v)
	case nil, bool:
	case Square, int:
	case nil:
	}
	var s Shape = Square{2}
	_ = s.(string)
	p := &s
	fmt.Println(p.Area())
	var n int = func() {}
	fmt.Println(n)
}
