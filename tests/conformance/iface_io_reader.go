// A type of the program implements io.Reader, and a loop reads it until io.EOF: the
// sentinel is one value, so == and errors.Is both find it, and it prints as "EOF".
package main

import (
	"errors"
	"fmt"
	"io"
)

type letters struct {
	text string
	pos  int
}

func (l *letters) Read(p []byte) (int, error) {
	if l.pos >= len(l.text) {
		return 0, io.EOF
	}
	n := copy(p, l.text[l.pos:])
	l.pos += n
	return n, nil
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if c := p[i]; c >= 'a' && c <= 'z' {
			p[i] = c - 'a' + 'A'
		}
	}
	return n, err
}

func readAll(r io.Reader) (string, int) {
	buf := make([]byte, 4)
	var out []byte
	reads := 0
	for {
		n, err := r.Read(buf)
		reads++
		out = append(out, buf[:n]...)
		if err == io.EOF {
			return string(out), reads
		}
	}
}

func main() {
	fmt.Println(readAll(&letters{text: "hello, reader"}))
	fmt.Println(readAll(upper{&letters{text: "shout this"}}))

	var r io.Reader = &letters{}
	_, err := r.Read(nil)
	fmt.Println(err, err == io.EOF, errors.Is(fmt.Errorf("wrapped: %w", err), io.EOF))
	fmt.Printf("%v %q %T\n", io.EOF, io.EOF.Error(), io.EOF)
	fmt.Println(errors.New("EOF") == io.EOF)
	_, ok := r.(io.Writer)
	fmt.Println(ok)
}
