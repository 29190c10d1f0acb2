// strings.Contains and ContainsRune, including the empty string.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Contains("goroutine", "rout"), strings.Contains("go", "Go"))
	fmt.Println(strings.Contains("abc", ""), strings.Contains("", ""))
	fmt.Println(strings.ContainsRune("héllo", 'é'), strings.ContainsRune("abc", 'z'))
}
