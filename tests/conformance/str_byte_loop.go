// A classic loop over a string's bytes.
package main

import "fmt"

func main() {
	s := "Go!"
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
}
