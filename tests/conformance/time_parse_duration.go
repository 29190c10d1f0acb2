// time.ParseDuration on good, odd and broken durations: Go 1.19's values and error texts,
// quoting included.
package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "+0", "-0", "", "1h15m30.5s", "-1.5h", "300ms", "2h45m", "1.000000001s",
		"1µs", "1μs", "1us", "10ns", ".5s", "5.s", "1", "1x", "1hx", "h", ".", "-", "+",
		"1.5.5s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h47m16.854775807s", "2562048h", "0.0000000000000000000001s",
		"1.99999999999999999999999s", "3m\"x", "1\tq", "1é", "1\xffs", "1ÿ", "  1s",
		"1h1h1h", "100000000000000000000s", "1.1111111111111111111111h", "4ms3",
		"1\uFFFDs", "1\xef\xbf\xbds", "-1m-1s",
	}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		fmt.Printf("%q: %v %d %v\n", in, d, int64(d), err)
	}
	_, err := time.ParseDuration("bad")
	fmt.Printf("%T\n", err)
}
