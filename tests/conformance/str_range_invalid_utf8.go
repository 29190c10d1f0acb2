// Invalid UTF-8 bytes range as U+FFFD, one byte at a time.
package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8"
	for i, r := range s {
		fmt.Println(i, r)
	}
}
