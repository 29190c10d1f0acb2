// panic(fmt.Errorf(...)) prints the formatted error.
package main

import "fmt"

func main() {
	panic(fmt.Errorf("failed at step %d", 3))
}
