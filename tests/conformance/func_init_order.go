// Package variables initialize in dependency order, then init runs, then main.
package main

import "fmt"

var a = b + 1
var b = f()

func f() int {
	fmt.Println("f runs")
	return 10
}

func init() {
	fmt.Println("init", a, b)
}

func main() {
	fmt.Println("main", a)
}
