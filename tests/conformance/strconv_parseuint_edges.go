// ParseUint at the edges: signs, base prefixes, underscores, overflow per bit size, bad
// bases and bit sizes; the NumError texts.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s          string
		base, bits int
	}{
		{"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"-1", 10, 64},
		{"+1", 10, 64}, {"", 10, 64}, {"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 16},
		{"017", 0, 16}, {"1_000", 0, 32}, {"1_000", 10, 32}, {"_1", 0, 32}, {"256", 10, 8},
		{"255", 10, 8}, {"4294967296", 10, 32}, {"zz", 36, 64}, {"1", 1, 64}, {"1", 37, 64},
		{"1", 10, 65}, {"1", 10, 0}, {"99999999999999999999999", 16, 64}, {"0x", 0, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(v, err)
	}
}
