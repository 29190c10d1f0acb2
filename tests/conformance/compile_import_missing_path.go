// The loader reads every import before the compiler starts: a missing path in the
// second declaration is its error, found before the body's mistakes.
package main

import "fmt"
import x

func main() {
	fmt.Println(undefinedName)
}
