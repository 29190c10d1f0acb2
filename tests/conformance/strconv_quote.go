// Quote escapes like Go source.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello"))
	fmt.Println(strconv.Quote("tab\t\"quote\" nl\n"))
	fmt.Println(strconv.Quote("é世\x00\x7f\xff"))
}
