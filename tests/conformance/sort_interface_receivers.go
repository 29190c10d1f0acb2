// sort.Sort through pointer receivers and through value receivers of a struct that holds the
// slice; Len is called once; a panic in Less unwinds out of sort.Sort to the deferred recover.
package main

import (
	"fmt"
	"sort"
)

type people struct {
	names []string
	ages  []int
	calls int
}

func (p *people) Len() int           { p.calls++; return len(p.names) }
func (p *people) Less(i, j int) bool { return p.ages[i] < p.ages[j] }
func (p *people) Swap(i, j int) {
	p.names[i], p.names[j] = p.names[j], p.names[i]
	p.ages[i], p.ages[j] = p.ages[j], p.ages[i]
}

type view struct {
	xs []int
}

func (v view) Len() int           { return len(v.xs) }
func (v view) Less(i, j int) bool { return v.xs[i] > v.xs[j] }
func (v view) Swap(i, j int)      { v.xs[i], v.xs[j] = v.xs[j], v.xs[i] }

type broken []int

func (b broken) Len() int { return len(b) }
func (b broken) Less(i, j int) bool {
	if b[i] == 3 {
		panic(fmt.Sprintf("cannot compare %d", b[i]))
	}
	return b[i] < b[j]
}
func (b broken) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func main() {
	p := &people{[]string{"ann", "bob", "cy", "dee"}, []int{41, 23, 35, 23}, 0}
	sort.Sort(p)
	fmt.Println(p.names, p.ages, p.calls)
	sort.Stable(p)
	fmt.Println(p.names, p.calls)

	v := view{[]int{3, 1, 4, 1, 5, 9, 2, 6}}
	sort.Sort(v)
	fmt.Println(v.xs, sort.IsSorted(v))

	var data sort.Interface = broken{5, 4, 3, 2, 1}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Sort(data)
	}()
	fmt.Println(data)
}
