// Done without Add: Go panics with "sync: negative WaitGroup counter".
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func main() {
	fmt.Println("before")
	wg.Done()
	fmt.Println("never printed")
}
