// The note "previous case" cites where Go's syntax tree puts the earlier case: the
// operator of a sum, the ( of a conversion, the . of a qualified constant, else its start.
package main

import "math"

func main() {
	x := 3
	switch x {
	case 1 + 2, 3:
	}
	switch x {
	case int(3), 3:
	}
	switch x {
	case (3), 3:
	}
	switch x {
	case math.MaxInt8, 127:
	}
	switch x {
	case -3, -3:
	}
}
