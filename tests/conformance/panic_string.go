// panic with a string prints it plainly and exits 2.
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic("something bad")
}
