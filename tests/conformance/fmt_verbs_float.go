// %e %E %f %g %G on various magnitudes.
package main

import "fmt"

func main() {
	for _, f := range []float64{0, 1, 123456.789, 1e-7, 1e21, -2.5} {
		fmt.Printf("%e %E %f %g %G\n", f, f, f, f, f)
	}
}
