// The strings functions that call a Go function: Map (dropping runes with a negative
// result, invalid results become U+FFFD), IndexFunc, LastIndexFunc, TrimFunc,
// TrimLeftFunc, TrimRightFunc and FieldsFunc, with invalid UTF-8 and the exact calls Go
// makes (counted and listed).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var calls []rune

func spy(f func(rune) bool) func(rune) bool {
	return func(r rune) bool {
		calls = append(calls, r)
		return f(r)
	}
}

func report(label string, v interface{}) {
	fmt.Printf("%s: %q calls=%q\n", label, v, calls)
	calls = nil
}

func main() {
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeioué", r) {
			return -1
		}
		return r
	}
	fmt.Printf("%q\n", strings.Map(dropVowels, "héllo wörld"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "a\xffb\xe2\x82"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "ab"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, ""))
	fmt.Printf("%q\n", strings.Map(unicode.ToUpper, "straße ǆ"))

	isSpace := spy(unicode.IsSpace)
	notLetter := spy(func(r rune) bool { return !unicode.IsLetter(r) })
	report("IndexFunc", strings.IndexFunc("  héllo ", spy(unicode.IsLetter)))
	report("IndexFunc none", strings.IndexFunc("123", spy(unicode.IsLetter)))
	report("LastIndexFunc", strings.LastIndexFunc("go 123 x", spy(unicode.IsDigit)))
	report("LastIndexFunc invalid", strings.LastIndexFunc("a\xff\xfeb", spy(unicode.IsLetter)))
	report("TrimFunc", strings.TrimFunc("¡¡¡Hello, Gophers!!!", notLetter))
	report("TrimFunc all", strings.TrimFunc("  \t ", isSpace))
	report("TrimFunc empty", strings.TrimFunc("", isSpace))
	report("TrimLeftFunc", strings.TrimLeftFunc("123abc456", spy(unicode.IsDigit)))
	report("TrimRightFunc", strings.TrimRightFunc("123abc456", spy(unicode.IsDigit)))
	report("TrimRightFunc invalid", strings.TrimRightFunc("ab\xe2\x82", spy(unicode.IsLetter)))
	report("TrimRightFunc multibyte", strings.TrimRightFunc("xé日  ", isSpace))
	report("FieldsFunc", strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	report("FieldsFunc empty", strings.FieldsFunc("", notLetter))
	report("FieldsFunc only seps", strings.FieldsFunc(";;;", notLetter))
	fmt.Println(strings.FieldsFunc("", notLetter) == nil, len(strings.FieldsFunc(";;", notLetter)))
}
