// Named results start at zero and a bare return returns them.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string) { return }

func main() {
	fmt.Println(split(17))
	n, s := zero()
	fmt.Printf("%d %q\n", n, s)
}
