// recover returns nil when there is no panic.
package main

import "fmt"

func main() {
	fmt.Println(recover())
	defer func() {
		fmt.Println("deferred recover:", recover())
	}()
}
