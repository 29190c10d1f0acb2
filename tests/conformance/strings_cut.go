// Cut, Compare, IndexRune, IndexAny, LastIndexAny, LastIndexByte and ContainsAny, with
// empty strings, U+FFFD against invalid bytes, and runes beyond ASCII.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	for _, c := range [][2]string{{"key=value", "="}, {"key", "="}, {"", ""}, {"abc", ""},
		{"a=b=c", "="}, {"日本語", "本"}, {"x", "xyz"}} {
		before, after, found := strings.Cut(c[0], c[1])
		fmt.Printf("%q %q %v\n", before, after, found)
	}
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""),
		strings.Compare("ab", "a"), strings.Compare("", "a"), strings.Compare("é", "z"))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'),
		strings.IndexRune("日本語", '語'), strings.IndexRune("a\xffb", utf8.RuneError),
		strings.IndexRune("a\uFFFDb", utf8.RuneError), strings.IndexRune("abc", -1),
		strings.IndexRune("abc", 0x110000), strings.IndexRune("", 'a'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexAny("golang", ""),
		strings.IndexAny("", "a"), strings.IndexAny("日本語", "語本"),
		strings.IndexAny("ab\xffcd", "\xff"), strings.IndexAny("ab\uFFFDcd", "\xfe"),
		strings.IndexAny("abcdefghijk", "kj"), strings.IndexAny("abcdefghijk", "é"))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go", ""),
		strings.LastIndexAny("", "go"), strings.LastIndexAny("日本語日", "本"),
		strings.LastIndexAny("\xff", "\xff"), strings.LastIndexAny("a\xffb\xff", "\uFFFD"),
		strings.LastIndexAny("x", "x"), strings.LastIndexAny("é", "\xc3"))
	fmt.Println(strings.LastIndexByte("banana", 'a'), strings.LastIndexByte("banana", 'z'),
		strings.LastIndexByte("", 'a'), strings.LastIndexByte("a\xff", 0xff))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""),
		strings.ContainsAny("", ""), strings.ContainsAny("héllo", "é"))
}
