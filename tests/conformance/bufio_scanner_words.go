// bufio.Scanner with Split: ScanWords, ScanRunes, ScanBytes, a split function of the
// program's own, and calling the split functions directly.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  jumps\u00a0over "))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
		fmt.Printf("%q ", words.Text())
	}
	fmt.Println(count, words.Err())

	runes := bufio.NewScanner(strings.NewReader("héllo, 世界\xff!"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	bytes := bufio.NewScanner(strings.NewReader("ab\n"))
	bytes.Split(bufio.ScanBytes)
	for bytes.Scan() {
		fmt.Print(bytes.Bytes(), " ")
	}
	fmt.Println()

	// Comma-separated values with a split function of our own.
	commas := bufio.NewScanner(strings.NewReader("1,22,,333"))
	commas.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for commas.Scan() {
		fmt.Printf("[%s]", commas.Text())
	}
	fmt.Println()

	var split bufio.SplitFunc = bufio.ScanWords
	adv, tok, err := split([]byte("  go run"), false)
	fmt.Println(adv, string(tok), err)
	adv, tok, err = bufio.ScanLines([]byte("no newline"), false)
	fmt.Println(adv, tok == nil, err)
	adv, tok, err = bufio.ScanLines([]byte("no newline"), true)
	fmt.Println(adv, string(tok), err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), false)
	fmt.Println(adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), true)
	fmt.Println(adv, tok, err)
}
