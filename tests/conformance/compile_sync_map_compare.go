// sync.Map holds a map: two Maps cannot be compared, nor be a map's key.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Map
	fmt.Println(a == b)
	seen := map[sync.Map]bool{}
	fmt.Println(len(seen))
}
