// Slices of strings hold independent string values.
package main

import "fmt"

func main() {
	words := []string{"alpha", "beta"}
	w := words[0]
	words[0] = "gamma"
	fmt.Println(w, words)
}
