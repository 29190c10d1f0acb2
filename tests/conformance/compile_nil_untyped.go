// nil alone has no type.
package main

import "fmt"

func main() {
	x := nil
	fmt.Println(x)
}
