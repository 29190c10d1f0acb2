// A call's single result assigned to two variables: Go names the callee, whether it is a
// function, a builtin or a conversion, even in parentheses; a plain value is counted alone.
package main

func one() int { return 1 }

func main() {
	a, b := len("x")
	c, d := int(3)
	e, g := (one())
	var h, i = one()
	l, m := 5
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, g, h, i, l, m
}
