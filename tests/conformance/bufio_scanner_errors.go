// bufio.Scanner's errors: a token too long for Buffer's limit, a split function's own error,
// and Split after Scan, which panics.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("y", 100) + "\nafter"))
	sc.Buffer(make([]byte, 0, 16), 32)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	bad := errors.New("stop here")
	st := bufio.NewScanner(strings.NewReader("a b c"))
	st.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) > 0 && data[0] == 'b' {
			return 0, nil, bad
		}
		return bufio.ScanWords(data, atEOF)
	})
	for st.Scan() {
		fmt.Println("word", st.Text())
	}
	fmt.Println(st.Err(), st.Err() == bad)

	defer func() { fmt.Println("recovered:", recover()) }()
	sc2 := bufio.NewScanner(strings.NewReader("x"))
	sc2.Scan()
	sc2.Split(bufio.ScanWords)
}
