// errors.As with a target that is not a pointer panics with Go's message.
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("x")
	var target error
	fmt.Println("before")
	errors.As(err, target)
}
