// NewTicker needs a positive interval; time.Tick gives nil instead.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Tick(-1) == nil)
	time.NewTicker(0)
}
