// int and float64 variables do not mix.
package main

import "fmt"

func main() {
	i := 1
	f := 2.5
	fmt.Println(i * f)
}
