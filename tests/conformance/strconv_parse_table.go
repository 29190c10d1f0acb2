// ParseInt, ParseUint, Atoi and ParseBool over Go's corner cases: bases, prefixes,
// underscores, signs, bit sizes and the errors each gives.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ints := []struct {
		s          string
		base, bits int
	}{
		{"42", 10, 64}, {"-42", 10, 8}, {"+7", 10, 0}, {"", 10, 64}, {"-", 10, 64},
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8},
		{"ff", 16, 64}, {"FF", 16, 8}, {"0xff", 0, 64}, {"0XFF", 0, 16}, {"0b101", 0, 8},
		{"0o17", 0, 64}, {"017", 0, 64}, {"0", 0, 64}, {"08", 0, 64}, {"1_000", 0, 64},
		{"1_000", 10, 64}, {"_1", 0, 64}, {"1__0", 0, 64}, {"0x_1f", 0, 64}, {"1_", 0, 64},
		{"z", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"10", 10, -1},
		{"9223372036854775807", 10, 64}, {"9223372036854775808", 10, 64},
		{"-9223372036854775808", 10, 64}, {"-9223372036854775809", 10, 64},
		{"99999999999999999999999", 10, 64}, {"12a", 10, 64}, {" 1", 10, 64},
	}
	for _, c := range ints {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616", "0x10"} {
		v, err := strconv.ParseUint(s, 0, 8)
		w, err64 := strconv.ParseUint(s, 0, 64)
		fmt.Println(s, v, err, w, err64)
	}
	for _, s := range []string{"0", "-0", "+5", "123456789012345678", "1234567890123456789",
		"12345678901234567890", "-", "+", "1_0", "٣", "007"} {
		v, err := strconv.Atoi(s)
		fmt.Println(s, v, err)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE",
		"false", "False", "yes", "tRUE", ""} {
		v, err := strconv.ParseBool(s)
		fmt.Println(s, v, err)
	}
}
