// A pointer method called on a map element: the element is not addressable, so Go refuses
// the call instead of changing the map's copy (or the map) in place.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	hits := map[string]Counter{"home": {}}
	hits["home"].Inc()
	fmt.Println(hits)
}
