// Arrays print like slices.
package main

import "fmt"

func main() {
	fmt.Println([3]int{1, 2, 3}, [2]string{"a", "b"}, [0]int{})
	fmt.Printf("%v %d\n", [2]bool{true}, [3]int{7, 8, 9})
}
