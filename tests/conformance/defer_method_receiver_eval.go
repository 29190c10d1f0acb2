// The receiver of a deferred method call is evaluated at the defer.
package main

import "fmt"

type T struct{ s string }

func (t T) Show() { fmt.Println(t.s) }

func main() {
	t := T{"early"}
	defer t.Show()
	t.s = "late"
}
