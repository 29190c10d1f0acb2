// float32 rounds to single precision.
package main

import "fmt"

func main() {
	var f float32 = 0.1
	var g float32 = 16777216
	fmt.Println(f, f*3, g+1)
	fmt.Println(float64(f))
}
