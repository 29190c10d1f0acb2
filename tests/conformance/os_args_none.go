// Without arguments os.Args holds only the command's name.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:], os.Args[1:] == nil)
	defer func() {
		fmt.Println(recover())
	}()
	fmt.Println(os.Args[1])
}
