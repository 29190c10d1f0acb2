// A generic function nobody calls is still checked: its undefined names and unused
// variables are errors, as for any other function.
package main

import "fmt"

func Total[N int | float64](ns []N) N {
	var sum N
	count := 0
	for _, n := range ns {
		sum += n
	}
	return sum + offset
}

func Names[T any, S fmt.Stringer](xs []T, f func(T) S) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x).String())
	}
	return result
}

func main() {
	fmt.Println("never runs")
}
