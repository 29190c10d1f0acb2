// Using an undeclared name.
package main

import "fmt"

func main() {
	fmt.Println(count)
}
