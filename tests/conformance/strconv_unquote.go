// Unquote: double-quoted, single-quoted and raw strings, every escape, and the errors
// (ErrSyntax): unterminated, text after the quote, bad escapes, newlines, invalid UTF-8,
// surrogates, octal past 255, more than one rune between single quotes.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{`"hello"`, `"héllo, 世界"`, `"a\tb\nc\\d\"e"`, `"\a\b\f\r\v"`,
		`"\x41\x42\xff"`, `"\u00e9\U0001F600"`, `"\101\102\377"`, `"\400"`, `"\8"`,
		`'a'`, `'\n'`, `'é'`, `'ab'`, `''`, `'\''`, `"\'"`, `'"'`, `'\"'`,
		"`raw \\n string`", "`with\r\nCR`", "`", "`a`b`", `"abc`, `abc"`, `"a"b"`,
		`"`, ``, `x`, `"a` + "\n" + `b"`, "\"a\xffb\"", `"\xff"`, "'\xff'", `'\xff'`,
		`"\ud800"`, `"\U00110000"`, `"\u12"`, `"\q"`, `"tab	inside"`, `"\"`, `'\u263a'`,
		`"日本\u8a9e"`, `"\0"`, `"\000"`, `'\x80'`, "\"\xe2\x82\"", "'\U0001F600'"}
	for _, in := range inputs {
		out, err := strconv.Unquote(in)
		fmt.Printf("%q -> %q %v %v\n", in, out, err, errors.Is(err, strconv.ErrSyntax))
	}
}
