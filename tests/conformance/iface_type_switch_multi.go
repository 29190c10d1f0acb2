// A case listing several types keeps the interface type.
package main

import "fmt"

func f(v interface{}) {
	switch x := v.(type) {
	case int, int64:
		fmt.Printf("%T %v\n", x, x)
	case bool:
		fmt.Println(!x)
	}
}

func main() {
	f(1)
	f(int64(2))
	f(true)
	f("ignored")
}
