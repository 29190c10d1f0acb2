// Durations print in Go's compact form.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500*time.Millisecond, 2*time.Second, 90*time.Minute, time.Duration(0))
	fmt.Println(time.Duration(1), 1500*time.Microsecond, 3*time.Hour+4*time.Second)
	d := 2500 * time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), d.String())
}
