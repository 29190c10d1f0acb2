// A panic in the function given to Once.Do still counts as its one call.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() {
			fmt.Println("first call")
			panic("boom")
		})
	}()
	once.Do(func() { fmt.Println("second call runs") })
	fmt.Println("done")
}
