// strings.NewReplacer with an odd number of strings panics with Go's text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("before")
	r := strings.NewReplacer("a", "b", "c")
	fmt.Println(r.Replace("abc"))
}
