// Interface keys compare by dynamic type and value.
package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m["1"] = "string"
	fmt.Println(len(m), m[1], m[int64(1)], m["1"])
}
