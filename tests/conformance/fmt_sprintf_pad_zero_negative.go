// Zero padding puts the sign first.
package main

import "fmt"

func main() {
	fmt.Printf("%05d %05d %+05d %-05d|\n", -42, 42, 42, -42)
	fmt.Printf("%08.2f %08.2f\n", -1.5, 1.5)
}
