// A String method makes fmt print the value its own way.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	t := Temp(21.55)
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t, 3)
	fmt.Println([]Temp{1, 2})
}
