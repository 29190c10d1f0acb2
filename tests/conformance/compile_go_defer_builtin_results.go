// go and defer discard results: built-ins whose value would be lost, and conversions, are
// refused with the operand described.
package main

func main() {
	x := []int{1}
	m := map[int]int{}
	defer len(x)
	defer cap(x)
	defer append(x, 1)
	go make([]int, 1)
	go new(int)
	defer len(m)
	defer int(1)
	go string(x[0])
	go len("abc")
}
