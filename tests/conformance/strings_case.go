// ToUpper and ToLower on ASCII and other letters.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, Gopher 42"), strings.ToLower("MiXeD"))
	fmt.Println(strings.ToUpper("éàü straße"), strings.ToLower("ÉÀÜ"))
}
