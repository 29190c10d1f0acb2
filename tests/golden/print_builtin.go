// print_builtin: print and println write to stderr in the runtime's own format.
package main

func main() {
	var f32 float32 = 0.1
	x := 123456789.0
	println("ints", 1, -2, uint64(18446744073709551615), int8(-128))
	println("floats", 1.5, -0.25, x, f32, 1e-7, 0.0)
	println("bools", true, false, "and a string")
	print("print", 1, 2, "no spaces", 3.0, "\n")
	println()
	var big float64 = 1e300
	println(big*1e10, -big*1e10, big*1e10-big*1e10)
	panic("done printing")
}
