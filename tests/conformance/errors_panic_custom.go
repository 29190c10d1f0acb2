// panic with an error type written in Go prints what its Error method returns.
package main

import "fmt"

type limitErr struct{ max int }

func (e *limitErr) Error() string { return fmt.Sprintf("over the limit of %d", e.max) }

func main() {
	var err error = &limitErr{10}
	fmt.Println(err)
	panic(err)
}
