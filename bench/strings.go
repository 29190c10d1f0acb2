// strings: building strings, by concatenation and by formatting numbers.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 20000; i++ {
		s += "x"
	}
	total := 0
	for i := 0; i < 300000; i++ {
		total += len(fmt.Sprint(i))
	}
	fmt.Println(len(s), total)
}
