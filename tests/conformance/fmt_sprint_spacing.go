// Sprint adds spaces only between operands when neither is a string.
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", "y"))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
}
