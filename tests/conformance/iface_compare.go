// Interfaces compare by dynamic type and value.
package main

import "fmt"

func main() {
	var a interface{} = 1
	var b interface{} = 1
	var c interface{} = int64(1)
	var d interface{} = "1"
	fmt.Println(a == b, a == c, a == d)
}
