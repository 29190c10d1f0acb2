// Methods on a named non-struct type.
package main

import "fmt"

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Count int

func (n *Count) Add(d int) { *n += Count(d) }

func main() {
	fmt.Println(Celsius(100).Fahrenheit())
	var n Count
	n.Add(3)
	n.Add(4)
	fmt.Println(n)
}
