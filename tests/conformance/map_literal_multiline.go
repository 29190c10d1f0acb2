// A composite literal map with trailing commas.
package main

import "fmt"

func main() {
	ages := map[string]int{
		"ann": 31,
		"bob": 27,
	}
	fmt.Println(ages["ann"]+ages["bob"], len(ages))
}
