// strconv's Append functions append to dst as the built-in append does: in place while the
// capacity lasts (so a slice that shares the array sees it), into a new array after.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var b []byte
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, math.MinInt64, 16)
	b = append(b, ' ')
	b = strconv.AppendUint(b, math.MaxUint64, 36)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "héllo\n\x00")
	b = strconv.AppendQuoteToASCII(b, "héllo")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.25, 'g', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.0/3, 'e', 3, 32)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, math.Inf(-1), 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 255.5, 'x', -1, 64)
	fmt.Println(string(b))

	// Sharing: an append within capacity writes into the array both slices see.
	base := make([]byte, 2, 10)
	base[0], base[1] = 'a', 'b'
	x := strconv.AppendInt(base, 123, 10)
	y := strconv.AppendInt(base, 9, 10)
	fmt.Println(string(x), string(y), len(x), cap(x) == cap(base))
	full := []byte("zz")
	z := strconv.AppendQuote(full[:1], "q")
	fmt.Println(string(full), string(z))

	// An empty string still gives a non-nil result with its quotes; a nil dst stays usable.
	fmt.Printf("%q %q\n", strconv.AppendQuote(nil, ""), strconv.AppendBool(nil, true))

	// The function values and a bad base (Go's panic text).
	appendInt := strconv.AppendInt
	fmt.Println(string(appendInt([]byte("n="), 7, 2)))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.AppendInt(nil, 1, 1)
}
