// Durations are int64 nanoseconds and support arithmetic.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 3 * time.Second
	d += 250 * time.Millisecond
	fmt.Println(d, int64(d), d/2, -d)
	fmt.Printf("%v %d %T\n", d, d, d)
}
