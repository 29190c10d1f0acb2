// A loop written as in Python: a list of names that is not assigned to is a syntax error,
// and Go's parser skips the rest of the statement.
package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	for i, name in names {
		fmt.Println(i, name)
	}
}
