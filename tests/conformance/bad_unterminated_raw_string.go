// A raw string literal that runs to the end of the file.
package main

import "fmt"

func main() {
	fmt.Println(`never closed)
}
