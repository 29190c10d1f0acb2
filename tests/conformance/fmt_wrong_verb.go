// A verb that does not fit the value prints %!verb(type=value).
package main

import "fmt"

func main() {
	fmt.Printf("%d %s %t\n", "str", 5, 1.5)
	fmt.Printf("%z\n", 3)
}
