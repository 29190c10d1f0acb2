// ParseFloat over Go's grammar: exponents, hexadecimal mantissas, underscores, the spelled
// out infinities and NaN, 32-bit rounding, overflow and underflow.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "-0", "1.5", ".5", "5.", ".", "1e10", "1E-3", "1e", "1e+", "+1.25e+2",
		"0.1", "0.30000000000000004", "123456789012345678901234567890",
		"2.2250738585072011e-308", "4.9e-324", "1e-400", "1e400", "-1e400",
		"1.7976931348623157e308", "1.7976931348623159e308", "0x1p-2", "0x1.8p1", "0X1P+3",
		"0x1", "0x.8p1", "0x1p", "1_000.5", "1__0", "0x_1p0", "_1", "1_",
		"inf", "+Inf", "-INF", "infinity", "-Infinity", "infin", "nan", "NaN", "+nan", "-nan",
		"1.5x", " 1", "1 ", "", "+", "-.5e-2", "1e1_0", "0.000001", "100000000000000000000000",
	}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(strconv.Quote(s), f, err, g, err32)
	}
	for _, s := range []string{"3.4028235e38", "3.4028236e38", "1e39", "16777217", "0.1", "1.4e-45", "1e-46"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, float32(f), err)
	}
}
