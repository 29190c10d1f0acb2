// After recovery the function returns normally to its caller.
package main

import "fmt"

func try(i int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	arr := []int{1, 2, 3}
	_ = arr[i]
	return true
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, try(i))
	}
}
