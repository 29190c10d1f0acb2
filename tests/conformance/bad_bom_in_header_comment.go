// A byte order mark inside a comment at the top of the file: the loader reports it.
package main // ﻿

import "fmt"

func main() {
	fmt.Println("x")
}
