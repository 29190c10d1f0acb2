// else on its own line after } is a syntax error (automatic semicolon).
package main

import "fmt"

func main() {
	if true {
		fmt.Println("a")
	}
	else {
		fmt.Println("b")
	}
}
