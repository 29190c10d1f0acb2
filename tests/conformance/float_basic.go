// float64 arithmetic and Println's shortest formatting.
package main

import "fmt"

func main() {
	fmt.Println(0.1+0.2, 1.0/3.0, 2.5*4)
	fmt.Println(1e21, 1e20, 1e-5, 123456789.0)
	fmt.Println(float64(7) / 2)
}
