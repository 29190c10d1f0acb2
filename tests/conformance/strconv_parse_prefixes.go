// ParseInt and ParseUint with base 0 (0x, 0o, 0b, a leading 0, underscores only there),
// explicit bases that refuse prefixes and underscores, signs, bit sizes, and the errors Go
// gives for each, ParseBool's spellings.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"0x1F", "0X1f", "-0x80", "0o17", "0O17", "017", "-017", "0b101", "0B11",
		"1_000", "0x_1F", "0x1__F", "_1", "1_", "0_7", "0b", "0x", "0o", "0", "-0", "+5", "+",
		"-", "", " 1", "1 ", "08", "0b102", "0xG", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "0x8000000000000000", "-1", "٣"}
	for _, s := range inputs {
		i, err := strconv.ParseInt(s, 0, 64)
		u, uerr := strconv.ParseUint(s, 0, 64)
		fmt.Printf("%q: %d %v | %d %v\n", s, i, err, u, uerr)
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		for _, s := range []string{"0x10", "1_0", "101", "-101", "zz", "Zz", "7"} {
			i, err := strconv.ParseInt(s, base, 64)
			fmt.Printf("base %d %q: %d %v\n", base, s, i, err)
		}
	}
	for _, bits := range []int{8, 16, 32} {
		for _, s := range []string{"127", "128", "-128", "-129", "255", "256", "0x7f", "-0x81"} {
			i, err := strconv.ParseInt(s, 0, bits)
			u, uerr := strconv.ParseUint(s, 0, bits)
			fmt.Printf("%d %q: %d %v | %d %v\n", bits, s, i, err, u, uerr)
		}
	}
	_, err := strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("1", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseInt("", 10, -1)
	fmt.Println(err)
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false",
		"FALSE", "False", "tRUE", "yes", "", " true"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
}
