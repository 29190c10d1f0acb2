// A verb without an argument prints %!verb(MISSING).
package main

import "fmt"

func main() {
	fmt.Printf("%d and %d\n", 1)
	fmt.Printf("%s%%\n", "100")
	fmt.Printf("trailing %")
	fmt.Println()
}
