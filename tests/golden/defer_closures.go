// defer_closures: deferred closures see variables as they are when they run, can change
// named results, and recover; methods and function values can be deferred too.
package main

import "fmt"

type account struct{ balance int }

func (a *account) report(tag string) { fmt.Println(tag, a.balance) }

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func safeDivide(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprintf("recovered: %v", r)
		}
	}()
	return a / b, "ok"
}

func parse(s string) (n int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %q", c))
		}
		n = n*10 + int(c-'0')
	}
	return n, ""
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(parse("1234"))
	fmt.Println(parse("12x4"))

	acc := &account{balance: 10}
	defer acc.report("deferred method sees")
	acc.balance = 99

	x := 1
	defer func() { fmt.Println("closure sees x =", x) }()
	defer func(v int) { fmt.Println("argument was x =", v) }(x)
	x = 2

	f := func(s string) { fmt.Println("function value:", s) }
	defer f("first deferred, last run")
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	fmt.Println("main returns")
}
