// An opening brace on the next line is a syntax error.
package main

import "fmt"

func main()
{
	fmt.Println("x")
}
