// %g with precision counts significant digits.
package main

import "fmt"

func main() {
	fmt.Printf("%.3g %.3g %.10g %g\n", 3.14159, 1234567.0, 1.0/3, 100000.0)
	fmt.Printf("%6.2f|%-8.3e|%G\n", 2.71828, 12345.6789, 1e-10)
}
