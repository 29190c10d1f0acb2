// The error from Atoi is a *strconv.NumError.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("bad")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
