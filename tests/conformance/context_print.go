// Contexts print as Go 1.19 names them, with %v, %s and %T; a CancelFunc's type is
// context.CancelFunc; the errors print their texts and types.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key int

type label struct{ s string }

func (l label) String() string { return "label " + l.s }

func main() {
	bg, todo := context.Background(), context.TODO()
	fmt.Println(bg, todo, bg == context.Background(), bg == todo)
	fmt.Printf("%v %s %T\n", bg, todo, bg)
	c, cancel := context.WithCancel(todo)
	fmt.Printf("%v %T %T\n", c, c, cancel)
	v := context.WithValue(c, key(1), label{"x"})
	v = context.WithValue(v, "s", "text")
	v = context.WithValue(v, 2.5, []int{1, 2})
	v = context.WithValue(v, "d", 3*time.Second)
	fmt.Println(v)
	fmt.Printf("%T\n", v)
	t, cancelT := context.WithTimeout(bg, time.Second)
	fmt.Printf("%T\n", t)
	cancelT()
	cancel()
	fmt.Println(c.Err(), t.Err())
	fmt.Printf("%T %T %v\n", context.Canceled, context.DeadlineExceeded, context.DeadlineExceeded)
	fmt.Println(context.Canceled == c.Err(), errors.Is(t.Err(), context.Canceled))
	var timeout interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &timeout), timeout.Timeout())
	fmt.Printf("%v\n", <-c.Done())
	fmt.Printf("%T\n", c.Done())
}
