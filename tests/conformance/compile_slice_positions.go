// Where go build puts errors about slice expressions: at the [ of the slice, at the operand
// when it cannot be sliced.
package main

func main() {
	s := []int{1}
	n := 5
	str := "abc"
	arr := [3]int{}
	s[1:]
	_ = n[1:]
	_ = s[2:1]
	_ = str[1:2:3]
	_ = arr[1:5]
	_ = s[-1:]
	_ = s["a":]
	x := s[1:]
	_ = [3]int{}[1:]
	s[0:1] = nil
}
