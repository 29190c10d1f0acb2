// An untyped constant beside a type parameter operand that converts to some types of the
// set but not to all of them: go build's "cannot convert" at the constant.
package main

func anyType[T any](x T) T { return x + 1 }

func intOrString[T ~int | ~string](x T) T { return x + 1 }

func intOrFloat[T ~int | ~float64](x T) T { return x + 1.5 }

func less[T ~int | ~string](x T) bool { return x < 1 }

func main() {
	anyType(1)
	intOrString(1)
	intOrFloat(1)
	less(1)
}
