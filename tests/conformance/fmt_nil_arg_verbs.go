// Verbs applied to nil print %!verb(<nil>).
package main

import "fmt"

func main() {
	fmt.Printf("%d %s %v\n", nil, nil, nil)
}
