// The range expression is evaluated once; appending in the loop does not extend it.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
		}
		fmt.Println(i, v)
	}
	fmt.Println(len(s))
}
