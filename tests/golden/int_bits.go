// int_bits: bit operators and shifts on variables of every integer size, with Go's wrap-around.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)

	var i8 int8 = 100
	var u8 uint8 = 200
	var i16 int16 = 30000
	var u16 uint16 = 60000
	var i32 int32 = 2000000000
	var u32 uint32 = 4000000000
	var i64 int64 = 1 << 62
	var u64 uint64 = 1 << 63
	fmt.Println(^i8, ^u8, ^i16, ^u16, ^i32, ^u32, ^i64, ^u64)
	fmt.Println(i8<<1, u8<<1, i16<<1, u16<<1, i32<<1, u32<<1, i64<<1, u64<<1)
	fmt.Println(i8>>1, u8>>1, -i8>>1, i16>>3, u16>>3, i32>>7, u32>>7, -i64>>3, u64>>3)

	// Counts at and beyond the width.
	for _, n := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		fmt.Println(n, i8<<n, u8<<n, -i8>>n, u8>>n, u32<<n, -i64>>n, u64>>n, 1<<n)
	}

	// Signed counts are fine when not negative.
	k := 3
	var k8 int8 = 2
	fmt.Println(5<<k, 40>>k, u64>>k8)

	// Compound assignment with every operator.
	x := 0xF0F0
	x &= 0xFF00
	fmt.Println(x)
	x |= 0x000F
	fmt.Println(x)
	x ^= 0xFFFF
	fmt.Println(x)
	x &^= 0xF000
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= k
	fmt.Println(x)
	x %= 1000
	fmt.Println(x)
	var w uint8 = 250
	w += 10
	fmt.Println(w)
	w -= 20
	fmt.Println(w)
	w *= 3
	fmt.Println(w)
	w /= 7
	fmt.Println(w)
	w <<= 5
	fmt.Println(w)
	xs := []int{1, 2, 3}
	xs[1] <<= 4
	xs[2] |= 8
	fmt.Println(xs)

	// Hashing with wrap-around, a common use.
	var h uint32 = 2166136261
	for _, c := range []byte("goroutine") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var s int16 = 32767
	s++
	fmt.Println(s, s-1, -s)
	var m int64 = -9223372036854775808
	fmt.Println(m/-1, m%-1, -m)
	var typed int64 = 1 << k
	fmt.Println(typed, uint8(1)<<k<<k)
}
