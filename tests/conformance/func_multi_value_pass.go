// f(g()) passes all of g's results as f's arguments.
package main

import "fmt"

func pair() (int, string) { return 3, "x" }

func show(n int, s string) string { return fmt.Sprint(n, s) }

func main() {
	fmt.Println(show(pair()))
}
