// Different named types do not mix without a conversion.
package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	var m Meters = 1
	var f Feet = 2
	fmt.Println(m + f)
}
