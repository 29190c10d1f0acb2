// %q with flags: + quotes to ASCII, # prefers a raw string, precision cuts the text first,
// and 0 pads with zeros, for strings, byte slices and runes.
package main

import "fmt"

func main() {
	fmt.Printf("%05q|%.2q|%+q|%+.3q|%#+q|%#q|%-8q|%08q|\n", "ab", "héllo", "héllo\n", "日本語x", "é`", "é", "x", "日")
	fmt.Printf("%+q|%#q|%05q|%+5q|%q|%+q|%.1q\n", 'é', 'x', 'y', '日', 0x110000, '\x07', 'z')
	fmt.Printf("%+q|%#q|%x|%+x\n", []string{"é", "a"}, []string{"`", "b"}, "é", "hi")
	fmt.Printf("%+q %q\n", []byte("é\x01"), []rune("é"))
	fmt.Printf("%+v %+s\n", "é", "é")
}
