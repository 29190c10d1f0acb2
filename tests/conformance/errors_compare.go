// Error values compare by identity for errors.New, by value for comparable types.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type kind string

func (k kind) Error() string { return string(k) }

func main() {
	a := errors.New("x")
	b := a
	fmt.Println(a == b, a == errors.New("x"), a != nil)
	var k1, k2 error = kind("eof"), kind("eof")
	fmt.Println(k1 == k2, k1 == a)
	_, e1 := strconv.Atoi("z")
	_, e2 := strconv.Atoi("z")
	fmt.Println(e1 == e2, errors.Is(e1, strconv.ErrSyntax), errors.Is(e2, strconv.ErrRange))
	fmt.Println(strconv.ErrSyntax, strconv.ErrRange, strconv.ErrSyntax == strconv.ErrSyntax)
	fmt.Printf("%T %v\n", e1, errors.Unwrap(e1) == strconv.ErrSyntax)
}
