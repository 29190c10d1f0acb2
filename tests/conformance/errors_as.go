// errors.As finds a wrapped error of a given type.
package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	err := fmt.Errorf("outer: %w", &CodeErr{404})
	var ce *CodeErr
	if errors.As(err, &ce) {
		fmt.Println("found", ce.Code)
	}
	fmt.Println(err)
}
