// strings.NewReplacer: at each byte the first pair in argument order that matches wins, an
// empty old string matches between bytes (not runes) but not twice at one place, and the
// special shapes (one pair, single bytes) behave like the general one.
package main

import (
	"fmt"
	"strings"
)

func show(r *strings.Replacer, s string) {
	fmt.Printf("%q -> %q\n", s, r.Replace(s))
}

func main() {
	// Argument order, not length, decides.
	show(strings.NewReplacer("a", "1", "aa", "2", "b", ""), "aaab")
	show(strings.NewReplacer("aa", "2", "a", "1"), "aaab")
	show(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1", "", "-"), "aaaaaa")
	show(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1", "", "-"), "xaay")

	// The empty old string, alone, first and last.
	empty := strings.NewReplacer("", "X")
	show(empty, "héllo")
	show(empty, "")
	show(empty, "\xff\xfeab")
	show(strings.NewReplacer("", "X", "a", "1"), "aba")
	show(strings.NewReplacer("x", "y", "", "_"), "axbx")
	show(strings.NewReplacer("", ""), "ab")

	// Duplicates: the first pair of an old string wins.
	show(strings.NewReplacer("a", "b", "a", "c"), "aaa")
	show(strings.NewReplacer("ab", "1", "ab", "2"), "abab")

	// No pairs, a deleting pair, a growing pair.
	show(strings.NewReplacer(), "abc")
	show(strings.NewReplacer("a", ""), "aaaa")
	show(strings.NewReplacer("a", "aa"), "aba")

	// Single bytes to single bytes, and to strings, including bytes past ASCII.
	show(strings.NewReplacer("a", "b", "b", "a"), "abba")
	show(strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;"), "a<b>&c")
	show(strings.NewReplacer("\xc3", "?"), "héllo")
	show(strings.NewReplacer("é", "e", "ö", "o"), "héllö wörld")

	// One long pair: non-overlapping, leftmost.
	show(strings.NewReplacer("aba", "X"), "abababa")
	show(strings.NewReplacer("abc", "x", "b", "y"), "abab abc")
	show(strings.NewReplacer("needle", "pin"), "haystack")

	// The pairs are copied: changing the slice later changes nothing.
	pairs := []string{"cat", "dog"}
	r := strings.NewReplacer(pairs...)
	pairs[1] = "cow"
	show(r, "cat cat")
}
