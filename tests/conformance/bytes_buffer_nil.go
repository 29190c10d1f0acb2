// Writing through a nil *bytes.Buffer is a nil pointer dereference.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var p *bytes.Buffer
	fmt.Println("before")
	p.WriteString("boom")
	fmt.Println("after")
}
