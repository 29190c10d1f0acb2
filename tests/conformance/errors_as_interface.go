// errors.As into an interface, into a value type, and through several wrappers.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type temporary interface{ Temporary() bool }

type netErr struct{ addr string }

func (e netErr) Error() string   { return "dial " + e.addr }
func (e netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("fetch: %w", fmt.Errorf("retry: %w", netErr{"10.0.0.1"}))
	var tmp temporary
	fmt.Println(errors.As(err, &tmp), tmp.Temporary())
	var ne netErr
	fmt.Println(errors.As(err, &ne), ne.addr)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr == nil)

	_, perr := strconv.Atoi("12a")
	wrappedErr := fmt.Errorf("config line 3: %w", perr)
	if errors.As(wrappedErr, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err)
	}
	var anyErr error
	fmt.Println(errors.As(wrappedErr, &anyErr), anyErr)
}
