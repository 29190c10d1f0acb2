// Integer division truncates toward zero; % takes the dividend's sign.
package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	a, b := -9, 4
	fmt.Println(a/b, a%b)
}
