// fmt catches a panic in a String or Error method: a nil pointer receiver prints <nil>, any
// other panic prints %!verb(PANIC=String method: value), unpadded, and the program goes on.
package main

import (
	"errors"
	"fmt"
)

type temp struct{ code int }

func (t temp) String() string {
	switch t.code {
	case 1:
		panic("sensor offline")
	case 2:
		panic(errors.New("bad reading"))
	case 3:
		var r []int
		return fmt.Sprint(r[t.code])
	}
	return "fine"
}

type node struct{ name string }

func (n *node) String() string { return "node " + n.name }

type opErr struct{ op string }

func (e *opErr) Error() string { return e.op + " failed" }

type codeErr int

func (c codeErr) Error() string { panic(int(c) * 2) }

func find() error {
	var e *opErr
	return e
}

func main() {
	fmt.Println(temp{0}, temp{1}, temp{2}, temp{3})
	fmt.Printf("%s|%q|%x|%6v|%d\n", temp{1}, temp{1}, temp{1}, temp{1}, temp{1})
	var n *node
	fmt.Printf("[%v] [%s] [%8v] [%-8q]\n", n, n, n, n)
	err := find()
	fmt.Println(err == nil, err, []error{err, codeErr(21)})
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	fmt.Println(fmt.Sprint(codeErr(4)), len(fmt.Sprintln(n)))
	fmt.Printf("%v %d\n", map[string]fmt.Stringer{"t": temp{1}, "n": n}, temp{3})
}
