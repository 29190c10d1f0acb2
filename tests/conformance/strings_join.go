// Join puts a separator between elements.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"))
	fmt.Println(strings.Join([]string{"solo"}, ", "))
	fmt.Printf("%q\n", strings.Join(nil, ","))
}
