// errors.Is and errors.Unwrap walk a chain of wrappers written in Go, calling their Is methods.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

type wrapped struct {
	op  string
	err error
}

func (w *wrapped) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

// Is makes every code above 400 match code(400).
func (c code) Is(target error) bool {
	t, ok := target.(code)
	return ok && t == 400 && c > 400
}

func main() {
	err := fmt.Errorf("outer: %w", &wrapped{"read", ErrBase})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase), errors.Is(err, errors.New("base")))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrBase)
	fmt.Println(errors.Unwrap(ErrBase) == nil, errors.Is(nil, nil), errors.Is(err, nil))

	c := fmt.Errorf("http: %w", code(404))
	fmt.Println(c, errors.Is(c, code(400)), errors.Is(c, code(404)), errors.Is(c, code(500)))
	fmt.Println(errors.Is(code(399), code(400)))
	var none error
	fmt.Println(errors.Is(none, ErrBase), errors.Unwrap(none))
}
