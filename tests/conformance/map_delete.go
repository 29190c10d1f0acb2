// delete removes a key; deleting a missing key is fine.
package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b"}
	delete(m, 1)
	delete(m, 42)
	fmt.Println(m, len(m))
}
