// %v in Errorf formats but does not wrap.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	err := fmt.Errorf("ctx: %v", base)
	fmt.Println(err, errors.Is(err, base), errors.Unwrap(err) == nil)
}
