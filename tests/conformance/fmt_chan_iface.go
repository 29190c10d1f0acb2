// Channels can sit in interface values: %T, type switches and == see them.
package main

import "fmt"

func describe(v any) string {
	switch c := v.(type) {
	case chan int:
		return fmt.Sprintf("chan int of cap %d", cap(c))
	case <-chan string:
		return "receive-only chan string"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	a := make(chan int, 3)
	var ro <-chan string = make(chan string)
	var x, y any = a, a
	fmt.Println(describe(a), describe(ro), describe(make(chan bool)))
	fmt.Println(x == y, x == any(make(chan int)))
	var nilChan chan int
	fmt.Printf("%T %v\n", nilChan, any(nilChan) == nil)
	fmt.Printf("%T %T\n", ro, []chan int{a})
}
