// Explicit argument indexes in Printf: %[n]verb, with widths and precisions from operands,
// reuse of an operand, and Go's BADINDEX, MISSING and EXTRA rules around them.
package main

import "fmt"

type width int

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %#[1]o %[1]q\n", 65)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[1]*[2]d|%-[1]*[2]d|\n", 5, 42)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[2]v %v %v\n", "a", "b", "c")
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1d|%[]d|\n", 1, 2)
	fmt.Printf("%[1]2d|%[1].2f|\n", 3, 4.0)
	fmt.Printf("%[2]d\n", 1, 2, 3)
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%[1]d\n")
	fmt.Printf("%[1]\n", 7)
	fmt.Printf("%[1]%|%[2]*d|\n", 1, 3, 9)
	fmt.Printf("%*d|%*d|%.*f|\n", width(4), 7, uint8(3), 8, int64(2), 3.14159)
	fmt.Printf("%*d|%.*d|\n", 1.5, 7, "x", 8)
	fmt.Printf("%*d|%.*f|\n", -6, 7, -1, 2.5)
	fmt.Printf("%*d|\n", uint64(1)<<63, 7)
	fmt.Printf("%*d|%*d|\n", 1000001, 7, 12, 8)
	fmt.Printf("%0-5d|%-05d|%05s|\n", 3, 4, "ab")
	fmt.Printf("%5.|%.|%5.2", 1, 2, 3)
	fmt.Println()
	fmt.Printf("%.f|%.e|%3.x|\n", 2.5, 1234.5, "abc")
	fmt.Printf("%!|%z|%日\n", 1, 2)
	s := fmt.Sprintf("%[2]s-%[1]s-%[2]s", "a", "b")
	fmt.Println(s, len(s))
	err := fmt.Errorf("%[2]s: %[1]w", fmt.Errorf("inner"), "outer")
	fmt.Println(err)
}
