// break inside a switch leaves the switch, not the loop.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		}
		fmt.Println(i)
	}
}
