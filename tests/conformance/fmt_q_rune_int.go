// %q on runes and %c on ints.
package main

import "fmt"

func main() {
	fmt.Printf("%q %q %q %c%c\n", 'a', '\n', '世', 72, 105)
	fmt.Printf("%U\n", '⌘')
}
