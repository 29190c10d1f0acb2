// Precision for floats and strings.
package main

import "fmt"

func main() {
	fmt.Printf("%.2f|%8.3f|%-8.1f|\n", 3.14159, 2.0, 1.25)
	fmt.Printf("%.3s|%.0f|%.1f\n", "abcdef", 2.5, 0.05)
	fmt.Printf("%.*f\n", 2, 1.0/3)
}
