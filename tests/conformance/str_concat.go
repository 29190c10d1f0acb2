// + concatenates strings; += appends.
package main

import "fmt"

func main() {
	s := "go"
	s += "ro" + "utine"
	t := s
	s += "s"
	fmt.Println(s, t)
}
