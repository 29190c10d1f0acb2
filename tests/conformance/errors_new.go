// errors.New gives distinct errors even with the same text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("same")
	b := errors.New("same")
	fmt.Println(a, a == b, a == a)
}
