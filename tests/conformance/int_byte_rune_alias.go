// byte is uint8 and rune is int32.
package main

import "fmt"

func main() {
	var b byte = 'A'
	var u uint8 = b
	var r rune = 'é'
	var i int32 = r
	fmt.Println(u, i)
	fmt.Printf("%T %T\n", b, r)
}
