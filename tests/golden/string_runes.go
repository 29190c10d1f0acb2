// string_runes: range over a string gives byte offsets and runes (invalid UTF-8 is U+FFFD,
// one byte wide), and the conversions between strings, bytes, runes and integers.
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()

	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), bs[1], rs[1], string(bs[:3]), string(rs[7:9]))
	bs[0] = 'H'
	rs[0] = 'J'
	fmt.Println(string(bs), string(rs), s)
	for _, x := range []int{65, 0x4e16, -1, 0x10FFFF + 1, 0xD800} {
		fmt.Printf("%q ", string(rune(x)))
	}
	fmt.Println()
	var i64 int64 = 0x263A
	var u8 uint8 = 'z'
	fmt.Println(string(rune(i64)), string(u8))

	// Byte indexing, comparison and +=.
	word := "gopher"
	fmt.Println(word[0], word[len(word)-1], word[1] == 'o')
	acc := ""
	for i := len(word) - 1; i >= 0; i-- {
		acc += string(word[i])
	}
	fmt.Println(acc, acc < word, acc > word, "a" < "b", "ab" <= "a", word == "gopher")
	fmt.Println(string([]byte{104, 105}), string([]rune{0x1F600, 'x'}), []byte("hi"), []rune("hé"))
}
