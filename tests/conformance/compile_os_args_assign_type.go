// os.Args may be assigned, but only a []string (and its elements only strings): go build's
// text and positions for both mistakes.
package main

import "os"

func main() {
	os.Args = 5
	os.Args[0] = 1
}
