// Lesson: Println does not read format verbs; Printf does.
package main

import (
	"fmt"
	"time"
)

func main() {
	total := 1500 * time.Millisecond
	fmt.Println("Total execution time: %v", total)
	fmt.Printf("Total execution time: %v\n", total)
	fmt.Println("Total execution time:", total)
}
