// Library functions and methods used as values: assigned, passed, stored in maps and
// slices, bound to their receivers, deferred and started as goroutines.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

func apply(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	itoa := strconv.Itoa
	fmt.Println(itoa(42)+"!", itoa == nil)
	fmt.Printf("%T\n", itoa)
	fmt.Println(apply([]string{"go", "Lab"}, strings.ToUpper))
	fmt.Println(apply([]string{"go", "Lab"}, strings.ToLower))

	ops := map[string]func(float64) float64{"sqrt": math.Sqrt, "abs": math.Abs, "floor": math.Floor}
	names := []string{}
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](-2.25), ops[n](6.25))
	}

	// A variadic library function as a value keeps its ... parameter.
	p := fmt.Println
	p("printed", 1, true)
	sp := fmt.Sprintf
	fmt.Println(sp("%03d|%s", 7, "x"))
	join := strings.Join
	fmt.Println(join([]string{"a", "b", "c"}, "-"))

	// Results in pairs.
	atoi := strconv.Atoi
	n, err := atoi("12x")
	fmt.Println(n, err)

	// Method values and method expressions of library types.
	var b strings.Builder
	ws := b.WriteString
	ws("bound ")
	write := (*strings.Builder).WriteString
	write(&b, "expr")
	fmt.Println(b.String(), b.Len())

	d := 1500 * time.Millisecond
	str := d.String
	d = time.Second
	fmt.Println(str(), d)

	e := errors.New("boom")
	msg := e.Error
	fmt.Println(msg())

	sleep := time.Sleep
	sleep(time.Millisecond)

	var wg sync.WaitGroup
	wg.Add(1)
	done := wg.Done
	go func() {
		defer done()
		fmt.Println("worker")
	}()
	wg.Wait()
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	go fmt.Println("go statement")
	time.Sleep(10 * time.Millisecond)
}
