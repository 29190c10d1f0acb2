// fmt sorts bool keys false first and float keys numerically.
package main

import "fmt"

func main() {
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[float64]bool{3.5: true, 0.25: false, -2: true})
}
