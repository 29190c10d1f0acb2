// sort.SearchInts gives the first index whose element is at least x.
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{1, 3, 3, 3, 7, 9}
	for _, x := range []int{0, 1, 2, 3, 4, 9, 10} {
		fmt.Print(sort.SearchInts(xs, x), " ")
	}
	fmt.Println(sort.SearchInts(nil, 5))
	people := []string{"cy", "al", "bo"}
	sort.SliceStable(people, func(i, j int) bool { return people[i] < people[j] })
	fmt.Println(people)
}
