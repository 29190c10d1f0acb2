// A common shadowing bug: err declared again in an inner scope.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var err error
	if true {
		_, err := strconv.Atoi("x")
		_ = err
	}
	fmt.Println(err == nil)
}
