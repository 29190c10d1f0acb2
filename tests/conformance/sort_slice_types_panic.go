// Index faults in the Less and Swap of sort's slice types, and a Reverse of nil: Go's texts.
package main

import (
	"fmt"
	"sort"
)

func main() {
	s := sort.IntSlice{1, 2}
	func() {
		defer func() { fmt.Println(recover()) }()
		s.Swap(5, 7)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		s.Swap(0, 7)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(s.Less(5, 7))
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(sort.StringSlice{"a"}.Less(0, 3))
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(sort.Float64Slice{}.Less(0, 3))
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		sort.Sort(sort.Reverse(nil))
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		r := sort.Reverse(nil)
		r.Less(1, 2)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		r := sort.Reverse(nil)
		r.Swap(1, 2)
	}()
	s.Swap(1, 9)
}
