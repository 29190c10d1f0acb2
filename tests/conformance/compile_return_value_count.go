// Returning too few or too many values: Go points at the last value given, or at the first
// one too many, and at the return itself when there are none.
package main

import "errors"

func parse() (int, error) {
	return 1
}

func empty() (int, error) {
	return
}

func single() int {
	return 1, nil
}

func nothing() {
	return 1
}

func named() (n int, err error) {
	return 1
}

func wrapped() (int, error) {
	return errors.New("bad")
}

func main() {
	parse()
	empty()
	single()
	nothing()
	named()
	wrapped()
}
