// Converting a constant that does not fit is a compile error, not a truncation.
package main

import "fmt"

func main() {
	fmt.Println(int(2.9), int64(-2.9))
}
