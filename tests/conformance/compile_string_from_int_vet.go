// string(int) compiles but go vet objects; go run does not vet, so it runs.
package main

import "fmt"

func main() {
	r := rune(65)
	fmt.Println(string(r))
}
