// The seed lesson's two fmt mistakes, without the clock: Printf with an
// operand but no verb, and Println given a format string.
package main

import "fmt"

var dbData = []string{"id1", "id2", "id3"}

func main() {
	for i := 0; i < len(dbData); i++ {
		fmt.Printf("The result from the database is: ", dbData[i])
	}
	fmt.Println("\n Total execution time: %v", 42)
	fmt.Printf("%d %s\n", "text", 7)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%v|%5v|%-5v|%05d|%x|%q|%T\n", 3.5, 12, "ab", -42, 255, "q\"", dbData)
}
