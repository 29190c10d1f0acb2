// (*[N]T)(s) gives a pointer to the slice's own array: writes through it show in the
// slice and in the array the slice was cut from.
package main

import "fmt"

type celsius float64
type temp celsius

func main() {
	arr := [3]int{1, 2, 3}
	s := arr[:]
	p := (*[3]int)(s)
	p[0] = 100
	s[2] = 300
	fmt.Println(arr, s, *p, len(p))

	m := make([]string, 2)
	q := (*[2]string)(m)
	q[1] = "two"
	fmt.Printf("%q %q\n", m, q[:])

	var none []int
	z := (*[0]int)(none)
	fmt.Println(z == nil)

	c := celsius(21.5)
	pc := &c
	pt := (*temp)(pc)
	*pt = 30
	fmt.Println(c)
}
