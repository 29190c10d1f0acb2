// SplitN, SplitAfter and SplitAfterN: n zero, negative, larger than the pieces, empty
// separators (one rune a piece, invalid bytes as U+FFFD but the last piece as it is),
// empty input.
package main

import (
	"fmt"
	"strings"
)

func show(parts []string) {
	fmt.Printf("%d %q nil=%v\n", len(parts), parts, parts == nil)
}

func main() {
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		show(strings.SplitN("a,b,c", ",", n))
		show(strings.SplitAfterN("a,b,c", ",", n))
	}
	show(strings.SplitN("", ",", 2))
	show(strings.SplitN("", "", -1))
	show(strings.SplitN("", "", 3))
	show(strings.SplitN("héllo", "", 3))
	show(strings.SplitN("a\xffb\xc3", "", -1))
	show(strings.SplitN("a\xffb\xc3", "", 2))
	show(strings.SplitAfterN("héllo", "", 2))
	show(strings.SplitAfter("a--b--", "--"))
	show(strings.SplitAfter("", "x"))
	show(strings.SplitAfter("abc", ""))
	show(strings.SplitN("x==y==z", "==", 2))
	show(strings.SplitN("日本語日本", "本", -5))
	show(strings.Split("\xff\uFFFD\xe2\x82x\xff", ""))
	show(strings.SplitN("\xff\xfe\xfd", "", 2))
}
