// append(bytes, string...) appends the string's bytes.
package main

import "fmt"

func main() {
	b := []byte("go")
	b = append(b, "pher"...)
	fmt.Println(string(b))
}
