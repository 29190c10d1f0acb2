// f(g()) where g gives more values than f takes: Go points at g(), whose values are all
// f's arguments.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa(strconv.Atoi("4"))
	fmt.Println(s)
}
