// Wait on a nil *sync.Cond faults where Go's Wait first reads the Cond (its copy check).
package main

import "sync"

func main() {
	var c *sync.Cond
	c.Wait()
}
