// os.Args holds the command's name, then the arguments given after the file; it is a
// variable of package os whose elements can be changed, and is set before main's own
// package variables are initialised.
package main

import (
	"fmt"
	"os"
	"strings"
)

var count = len(os.Args)

func main() {
	fmt.Println(count, len(os.Args), os.Args[1:])
	fmt.Printf("%q\n", os.Args[1:])
	fmt.Println(strings.Join(os.Args[1:], "+"))
	fmt.Println(os.Args[0] != "")
	os.Args[1] = "changed"
	fmt.Println(os.Args[1], len(os.Args[2]))
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
}
