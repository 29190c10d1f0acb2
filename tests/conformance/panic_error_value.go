// panic with an error prints its Error text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(errors.New("bad thing"))
}
