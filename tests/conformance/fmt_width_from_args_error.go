// A non-int * argument is reported as BADWIDTH.
package main

import "fmt"

func main() {
	fmt.Printf("%*d|\n", "x", 5)
	fmt.Printf("%.*d|\n", 2, 5)
}
