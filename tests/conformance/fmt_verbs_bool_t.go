// %t and %v for booleans; a wrong verb reports the value.
package main

import "fmt"

func main() {
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%d\n", true)
}
