// %% prints a single percent sign.
package main

import "fmt"

func main() {
	fmt.Printf("%d%% done\n", 50)
	s := fmt.Sprintf("%3d%%|%-4s|", 7, "ab")
	fmt.Println(s, len(s))
}
