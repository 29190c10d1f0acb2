// panic(v) for a struct value with no Error or String method: "panic: (main.point) 0x..."
// and exit code 2; the address digits are not compared (tests/lib/check_programs).
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	fmt.Println("start")
	panic(point{1, 2})
}
