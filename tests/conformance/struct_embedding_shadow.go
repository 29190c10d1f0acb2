// An outer field hides a promoted field of the same name.
package main

import "fmt"

type Base struct{ ID int }
type Derived struct {
	Base
	ID string
}

func main() {
	d := Derived{Base{7}, "seven"}
	fmt.Println(d.ID, d.Base.ID)
}
