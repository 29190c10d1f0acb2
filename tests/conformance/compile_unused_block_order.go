// go/types reports unused variables block by block, outer blocks first, so which ten errors
// go build shows depends on that order, not only on the lines.
package main

import "fmt"

func main() {
	count := 0
	for i := 0; i < 3; i++ {
		inner := i
	}
	if true {
		deep := 1
	}
	go func() {
		result := 5
	}()
	total, err := 1, 2
	fmt.Println(total)
	a := 1
	b := 2
	c := 3
	d := 4
	e := 5
	f := 6
}
