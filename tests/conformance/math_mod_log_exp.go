// Mod, Log and Exp.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2))
	fmt.Println(math.Log(math.E), math.Log(1), math.Log(0), math.Log(-1))
	fmt.Println(math.Exp(0), math.Exp(1), math.Exp(2))
}
