// map_basics: literals, index, comma-ok, delete, len, m[k]++, maps of slices, printing in
// sorted key order, and keys of several types.
package main

import "fmt"

func main() {
	ages := map[string]int{"bob": 31, "alice": 29}
	ages["carol"] = 40
	ages["bob"]++
	ages["dave"] += 5
	fmt.Println(ages, len(ages))
	v, ok := ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok)
	if _, found := ages["carol"]; found {
		fmt.Println("carol found")
	}
	delete(ages, "carol")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))

	// Sum in any order is the same.
	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println(total)
	count := 0
	for k := range ages {
		if ages[k] > 0 {
			count++
		}
	}
	fmt.Println(count)

	groups := make(map[int][]string)
	for _, w := range []string{"go", "map", "is", "fun", "ok", "hey"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups, len(groups[2]), groups[9] == nil)

	byBool := map[bool]int{true: 1, false: 0}
	byFloat := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	byRune := map[rune]int{'b': 2, 'a': 1}
	byInt8 := map[int8]bool{-3: true, 7: false, 0: true}
	byUint := map[uint]string{18446744073709551615: "max", 1: "one"}
	fmt.Println(byBool, byFloat, byRune, byInt8, byUint)
	fmt.Printf("%v|%d|%T|%T\n", byRune, byRune, byRune, groups)
	var any map[any]int = map[any]int{1: 1, "a": 2, 2: 3, "b": 4}
	fmt.Println(len(any), any[1], any["a"], any[3])

	// Deleting during range is allowed; the deleted keys are not seen later.
	nums := map[int]int{}
	for i := 0; i < 100; i++ {
		nums[i] = i * i
	}
	seen := 0
	for k := range nums {
		seen++
		delete(nums, k)
		delete(nums, 99-k)
	}
	fmt.Println(seen, len(nums))
	nested := map[string]map[string]int{"x": {"a": 1}, "y": {}}
	nested["y"]["b"] = 2
	fmt.Println(nested)
	var empty map[string]bool
	fmt.Println(empty, len(empty))
}
