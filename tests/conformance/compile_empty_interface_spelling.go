// interface{} and any are the same type, but Go names each as the program wrote it.
package main

import "fmt"

func show(v any) {}

func main() {
	var a interface{} = 5
	var b any = 6
	n := a + 1
	m := b + 1
	var s []interface{}
	var t []any
	s = 3
	t = 4
	var mp map[string]interface{}
	mp = "x"
	fmt.Println(n, m, s, t, mp)
}
