// Conversions from and to type parameters hold only when every type of the type sets
// converts; Go names the type that does not.
package main

func ToInt[T any](x T) int { return int(x) }

func FromFloat[T ~int | ~string](f float64) T { return T(f) }

func ToString[T ~int | ~float64](x T) string { return string(x) }

func FromInt[T any](x int) T { return T(x) }

func Between[V ~int | ~string, T ~int8 | ~float64](x V) T { return T(x) }

func Constant[T ~int | ~float64](x T) T { return T(1.5) + T("a") }

func Fine[T ~int | ~float64, U ~int8 | ~float32](x T) (U, any, float64) {
	return U(x), any(x), float64(x)
}

func main() {
	_, _, _ = Fine[int, float32](1)
}
