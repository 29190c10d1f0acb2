// os.Exit(0) ends the program successfully.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("bye")
	os.Exit(0)
	fmt.Println("unreachable")
}
