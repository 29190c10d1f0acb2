// data_slice_errors: compile errors of slice expressions, map keys and built-in arity.
package main

func main() {
	s := []int{1}
	str := "abc"
	_ = s[3:2]
	_ = str[1:2:3]
	_ = s[-1:]
	_ = append()
	_ = s["a"]
	var m map[[]int]int
	_ = m
	_ = copy(s)
	delete(s)
	_ = append(s, s)
}
