// FormatFloat with a bit size other than 32 or 64 panics with strconv's message.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 32))
	fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 16))
}
