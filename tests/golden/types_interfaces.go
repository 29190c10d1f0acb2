// Interfaces: dynamic calls, Stringer, error, typed nil, type switches and assertions.
package main

import (
	"fmt"
	"sync"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{42}
}

func mayFail() error {
	var e *MyErr
	return e
}

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case Shape:
		return "shape " + v.Name()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area(), s)
	}
	fmt.Println(total)
	var t Temp = 21.5
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t, 3)
	err := find(false)
	fmt.Println(err, err != nil)
	if e, ok := err.(*MyErr); ok {
		fmt.Println("code", e.Code)
	}
	fmt.Println(find(true) == nil, mayFail() == nil)
	fmt.Println(describe(nil), describe(3), describe("x"), describe(true), describe(Rect{1, 1}), describe(t), describe(2.5))
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer0 := n
			mu.Lock()
			sum += defer0
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum)
	var s Shape = Rect{1, 2}
	r := s.(Rect)
	fmt.Println(r.W, s == Rect{1, 2})
	f := r.Area
	r.W = 10
	fmt.Println(f(), r.Area())
	var e interface{} = "str"
	n := e.(int)
	fmt.Println(n)
}
