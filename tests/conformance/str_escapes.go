// Interpreted string escapes and raw strings.
package main

import "fmt"

func main() {
	fmt.Println("tab\there", "quote\"", "back\\slash")
	fmt.Println(`raw\n stays`, len(`\n`))
	fmt.Println("\u4e16\U0001F600", "\101\x42")
}
