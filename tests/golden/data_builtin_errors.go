// data_builtin_errors: compile errors of make, cap, append, copy and delete, as go build words them.
package main

func main() {
	x := 1
	s := []int{1}
	m := map[string]int{}
	_ = make([]int)
	_ = make([]int, 1, 2, 3)
	_ = make([]int, 3, 2)
	_ = cap(x)
	_ = append(x, 1)
	_ = append(s, "a")
	_ = copy(s, "abc")
	_ = copy(x, s)
	delete(s, 1)
	delete(m, 1)
}
