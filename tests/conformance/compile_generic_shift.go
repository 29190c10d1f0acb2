// Shifts in a generic body need integer operands for every type of the type set.
package main

func Count[T ~int | ~float64](x T) uint { return 1 << x }

func Operand[T ~int | ~float64](x T) T { return x >> 2 }

func Any[T any](x T) T { return x << 1 }

func Fine[T ~int | ~uint8, U ~int64 | ~uint](x T, n U) T { return x<<n | x>>1 }

func main() {
	_ = Fine[int, uint](1, 2)
}
