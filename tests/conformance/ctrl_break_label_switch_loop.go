// A labeled break leaves a loop from inside a switch.
package main

import "fmt"

func main() {
loop:
	for i := 0; ; i++ {
		switch {
		case i == 4:
			break loop
		}
		fmt.Print(i)
	}
	fmt.Println()
}
