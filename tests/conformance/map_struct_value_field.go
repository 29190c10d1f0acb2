// A struct stored in a map is a copy: change it by storing it again.
package main

import "fmt"

type acct struct{ balance int }

func main() {
	m := map[string]acct{"a": {10}}
	a := m["a"]
	a.balance += 5
	fmt.Println(m["a"].balance)
	m["a"] = a
	fmt.Println(m["a"].balance)
}
