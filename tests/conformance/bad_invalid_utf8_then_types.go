// Bytes that are not UTF-8 are dropped with an error, and type checking still runs:
// Go reports the name that is never used, and one error per line for the same message.
package main

import "fmt"

func main() {
	unusedÿ := 1
	fmt.Println("aÿbþc")
}
