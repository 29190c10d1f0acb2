// []rune(s) decodes the string; string(runes) encodes it again.
package main

import "fmt"

func main() {
	rs := []rune("añb世")
	fmt.Println(len(rs), rs)
	rs[1] = 'n'
	fmt.Println(string(rs))
}
