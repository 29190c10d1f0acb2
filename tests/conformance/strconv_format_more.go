// FormatBool, FormatUint (every base's edges), QuoteRune, QuoteRuneToASCII and
// QuoteToASCII: control characters, invalid runes and bytes, runes beyond the BMP.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatUint(0, base), strconv.FormatUint(math.MaxUint64, base),
			strconv.FormatUint(1<<63, base), strconv.FormatUint(35, base))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', '\x00', '\x7f', 'é', '☺', 0x1F600,
		0xFFFD, -1, 0xD800, 0x110000, 0x85, 0xA0, 0x2028, 0xFEFF, 0xE000} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	for _, s := range []string{"", "hello", "héllo, 世界 😀", "tab\there\n", "\xff\xfe ok",
		"\"quoted\" and 'single'", "\u00a0\u2028\ufeff\x7f", "\\back\\slash"} {
		fmt.Println(strconv.QuoteToASCII(s), strconv.Quote(s))
	}
}
