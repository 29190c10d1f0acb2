// Title (word starts after spaces and punctuation, not after digits, letters or '_'),
// ToTitle (the digraphs have a title case of their own) and invalid bytes, which become
// U+FFFD as in Map.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"hello wide world", "her royal highness", "ǆemal ǉubljana",
		"o'neil is_here 3rd x-ray", "", "  leading", "tab\tand\nnewline", "éa ßb ﬁc",
		"\xffab cd\xfe", "αβγ δεζ", "hello\u00a0world", "hello\u2003world", "a.b,c;d"} {
		fmt.Printf("%q %q\n", strings.Title(s), strings.ToTitle(s))
	}
}
