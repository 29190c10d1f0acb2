// Operands of type parameter type that do not match the other operand: go build names the
// type parameter (not a type of its set) and calls an untyped constant that may not convert
// at all a mismatch, at the operator (at the right operand for a comparison).
package main

func floats[T ~float64 | ~float32](x T) T { return x + "a" }

func withInt[T ~int](x T) T {
	var y int = 2
	return x * y
}

func twoParams[T ~int, U ~int](x T, y U) T { return x + y }

func boolean[T ~bool](x T) T { return x + 1 }

func str[T ~string](x T) T { return x + 'a' }

func typed[T ~int](x T) T {
	var s string
	return x + s
}

func compare[T ~int](x T) bool { return x == "a" }

func main() {
	floats(1.0)
	withInt(1)
	twoParams(1, 2)
	boolean(true)
	str("")
	typed(1)
	compare(1)
}
