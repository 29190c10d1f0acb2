// A method of a nil *sync.Map dereferences nil, as Go's does.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m *sync.Map
	defer fmt.Println("deferred print runs")
	m.Range(func(k, v any) bool { return true })
}
