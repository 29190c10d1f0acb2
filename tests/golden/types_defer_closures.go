// Deferred closures, methods and method values; named results they change.
package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(s string)   { fmt.Println(l.prefix + s) }
func (l *Logger) Set(p string) { l.prefix = p }

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = -1, popError{fmt.Sprint(r)}
		}
	}()
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func main() {
	l := Logger{"a: "}
	defer l.Log("value receiver evaluated at defer")
	l.Set("b: ")
	log := l.Log
	defer log("method value")
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	fmt.Println(triple())
	var s Stack
	s.Push(1)
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	fmt.Println("end of main")
}

type popError struct{ why string }

func (e popError) Error() string { return "pop: " + e.why }
