// A division by zero can be recovered.
package main

import "fmt"

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
}
