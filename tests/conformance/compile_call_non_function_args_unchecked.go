// Calling what is not a function (a variable that shadows the builtin len): Go stops at the
// call and leaves its arguments unchecked, so a variable used only there is unused.
package main

import "fmt"

func main() {
	len := 3
	scores := []int{90, 85}
	fmt.Println(len(scores))
}
