// A duplicate case on an interface tag is one of the same type and value; Go reports each.
package main

import "fmt"

func main() {
	var v interface{} = 2
	switch v {
	case 3.0, int64(3), 3:
	case 3.0:
	case int64(3), "x":
		fmt.Println("three")
	}
}
