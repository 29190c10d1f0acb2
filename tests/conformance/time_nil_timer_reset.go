// Reset of a nil *time.Timer faults where Go's Reset first reads the Timer.
package main

import "time"

func main() {
	var t *time.Timer
	t.Reset(time.Second)
}
