// Anonymous struct types in a variable and a slice.
package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Println(p.Name, p.Age, p)
	list := []struct{ K, V string }{{"a", "1"}, {"b", "2"}}
	fmt.Println(list)
}
