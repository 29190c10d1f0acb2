// bufio.Scanner over os.Stdin, which is empty here (as on the Go playground): no line at all.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines, "err:", sc.Err())
	buf := make([]byte, 8)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err)
	n, err = os.Stdin.Read(buf[:0])
	fmt.Println(n, err)
	n, err = os.Stdout.Read(buf)
	fmt.Println(n, err)
}
