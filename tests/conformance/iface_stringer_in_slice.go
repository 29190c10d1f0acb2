// fmt uses String on interface values inside slices and structs.
package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Pixel struct {
	C Color
	X int
}

func main() {
	fmt.Println([]Color{0, 2}, Pixel{1, 5})
	fmt.Printf("%+v %d\n", Pixel{2, 1}, Color(1))
}
