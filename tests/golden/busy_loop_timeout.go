// golden: not-from-go: Go would spin here forever; --timeout must stop the
// program at the next instruction budget check and exit with 124.
package main

import "fmt"

func main() {
	fmt.Println("spinning")
	for {
	}
}
