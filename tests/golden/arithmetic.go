// Integer wrap-around, float32 rounding, division and string building.
package main

import "fmt"

func square(x int) int {
	return x * x
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	var small int8 = 127
	small++
	fmt.Println("int8 wraps:", small)

	var u uint8 = 0
	u--
	fmt.Println("uint8 wraps:", u)

	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println("float32:", f32*3, "float64:", f64*3)

	q, r := divmod(-7, 2)
	fmt.Println("divmod(-7, 2):", q, r)

	total := 0
	for i := 1; i <= 10; i++ {
		if i%2 == 0 {
			continue
		}
		total += square(i)
	}
	fmt.Println("sum of odd squares:", total)

	s := ""
	for i := 0; i < 3; i++ {
		s += "ab"
	}
	fmt.Println(s, len(s), s < "b", s == "ababab")

	n := 0
	for {
		n++
		if n > 4 {
			break
		}
	}
	x := 2.9
	fmt.Println("n =", n, float64(n)/3, int(x), int64(-x))
}
