// sort.Reverse: over IntSlice, StringSlice and a program's own type; how it prints.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	xs := []int{4, 1, 3, 5, 2, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)

	r := sort.Reverse(sort.IntSlice(xs))
	fmt.Printf("%T|%v|%+v\n", r, r, r)
	fmt.Println(r.Len(), r.Less(0, 1), r.Less(1, 0))
	r.Swap(0, 5)
	fmt.Println(xs, sort.IsSorted(r))
	sort.Sort(r)
	fmt.Println(xs, sort.IsSorted(r), sort.IsSorted(sort.IntSlice(xs)))

	words := []string{"pear", "Apple", "fig", "banana", "apple"}
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Printf("%q\n", words)

	// Stable keeps equal ages in their order, reversed or not.
	people := byAge{{"ann", 30}, {"bob", 25}, {"cat", 30}, {"dan", 25}, {"eve", 40}, {"fay", 30}}
	sort.Stable(sort.Reverse(people))
	fmt.Println(people)
	sort.Stable(people)
	fmt.Println(people)
	rr := sort.Reverse(sort.Reverse(people))
	fmt.Printf("%T %v\n", rr, rr.Less(0, 5))
	sort.Sort(rr)
	fmt.Println(people[0].age, people[5].age)

	// Reverse of Reverse compares as the original.
	var many []int
	for i := 0; i < 50; i++ {
		many = append(many, (i*37)%50)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(many)))
	fmt.Println(many[:5], many[45:], sort.IntsAreSorted(many))
}
