// Fprintf returns what the writer's Write returns, its count and its error, unchanged.
package main

import (
	"errors"
	"fmt"
	"io"
)

type limited struct {
	room int
	got  []byte
}

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.room {
		l.got = append(l.got, p[:l.room]...)
		n := l.room
		l.room = 0
		return n, errors.New("no room")
	}
	l.room -= len(p)
	l.got = append(l.got, p...)
	return len(p), nil
}

func main() {
	l := &limited{room: 10}
	var w io.Writer = l
	n, err := fmt.Fprintf(w, "%d-%d", 123, 456)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(w, "abcdefgh")
	fmt.Println(n, err, string(l.got))
	_, err = fmt.Fprint(w, "more")
	fmt.Println(err, err.Error() == "no room")
}
