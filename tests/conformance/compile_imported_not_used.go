// An import that is never used.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("hi")
}
