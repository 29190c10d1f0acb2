// Constraints that mix type terms and methods: a generic body calls the methods and uses
// the terms' operators and conversions, and instances run with each type argument's own
// methods.
package main

import (
	"fmt"
	"strconv"
)

type Celsius int

func (c Celsius) String() string { return strconv.Itoa(int(c)) + "°C" }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type IntStringer interface {
	~int | ~int64
	String() string
}

func Describe[T IntStringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + "=" + strconv.Itoa(int(x)) + " "
	}
	return s
}

func Warmer[T IntStringer](x T, by int) T { return x + T(by) }

func Twice[T interface {
	~string
	String() string
}](x T) string {
	return (x + x).String() + " " + strconv.Itoa(len(x))
}

func Max[T interface {
	~int | ~int64 | ~float64
	fmt.Stringer
}](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Describe([]Celsius{20, -3}))
	fmt.Println(Warmer(Celsius(18), 4), Twice(Tag("go")))
	fmt.Println(Max(Celsius(3), Celsius(7)), Max[Celsius](-1, -2))
	var s fmt.Stringer = Warmer[Celsius](1, 1)
	fmt.Printf("%v %T\n", s, s)
}
