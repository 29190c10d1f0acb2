// fmt.Sscan into each kind of operand: sized and unsigned integers, runes, float32, booleans,
// byte slices, named types, and the types it refuses.
package main

import "fmt"

type celsius float64
type name string
type level int8
type point struct{ x, y int }

func main() {
	show := func(n int, err error) { fmt.Printf("n=%d err=%v\n", n, err) }
	var i8 int8
	var i16 int16
	var u8 uint8
	var u uint
	var u64 uint64
	var r rune
	var f32 float32
	var b bool
	var bs []byte

	show(fmt.Sscan("127 -128 32767", &i8, &i8, &i16))
	fmt.Println(i8, i16)
	show(fmt.Sscan("300", &i8))
	fmt.Println(i8)
	show(fmt.Sscan("255 256", &u8, &u8))
	fmt.Println(u8)
	show(fmt.Sscan("-5", &u))
	show(fmt.Sscan("+5", &u))
	show(fmt.Sscan("18446744073709551615 18446744073709551616", &u64, &u64))
	fmt.Println(u64)
	show(fmt.Sscan("x", &r))
	show(fmt.Sscan("65", &r))
	fmt.Println(r)
	show(fmt.Sscan("3.14159265358979 1e39", &f32, &f32))
	fmt.Println(f32)
	for _, in := range []string{"true", "FALSE", "T", "f", "1", "0", "tru", "yes", "fa"} {
		b = false
		n, err := fmt.Sscan(in, &b)
		fmt.Println(in, n, err, b)
	}
	show(fmt.Sscan("bytes and more", &bs))
	fmt.Println(bs, string(bs))

	var c celsius
	var nm name
	var lv level
	show(fmt.Sscan("36.6 ada 100", &c, &nm, &lv))
	fmt.Println(c, nm, lv)
	show(fmt.Sscan("200", &lv))

	var p point
	show(fmt.Sscan("1 2", &p))
	var ints []int
	show(fmt.Sscan("1", &ints))
	var m map[string]int
	show(fmt.Sscan("1", &m))
	show(fmt.Sscan("1", p))
	show(fmt.Sscan("1", "text"))
}
