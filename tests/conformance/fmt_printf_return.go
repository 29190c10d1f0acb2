// Printf and Println return the number of bytes written.
package main

import "fmt"

func main() {
	n, err := fmt.Println("héllo")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d\n", 12345)
	fmt.Println(n)
}
