// A method with a pointer receiver can be called on nil.
package main

import "fmt"

type list struct {
	next *list
	v    int
}

func (l *list) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	var l *list
	fmt.Println(l.Len())
	l = &list{&list{nil, 2}, 1}
	fmt.Println(l.Len())
}
