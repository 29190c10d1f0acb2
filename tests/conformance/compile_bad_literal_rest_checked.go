// A literal the lexer rejects ('hello' for "hello", 0x with no digits) is still one token:
// Go reports it among the file's other mistakes, which it goes on to check, and says
// nothing more about the literal itself.
package main

import "fmt"

func main() {
	fmt.PrintLn("start")
	greeting := 'hello'
	mask := 0x
	fmt.Println(greeting, mask+1)
	var unused int
}
