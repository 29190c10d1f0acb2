// Integer remainder by zero panics too.
package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println(a % b)
}
