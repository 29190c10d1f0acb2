// %#v spells an argument of type []byte as []byte, but a []byte inside another value as
// []uint8 (fmt's fast path against its reflection); %T says []uint8 either way.
package main

import "fmt"

type S struct{ B []byte }

type Bytes []byte

func main() {
	var n []byte
	fmt.Printf("%#v %#v %T\n", []byte("hi"), n, n)
	fmt.Printf("%#v\n", S{[]byte("a")})
	fmt.Printf("%#v\n", [][]byte{[]byte("b")})
	fmt.Printf("%#v\n", Bytes("c"))
	var x any = []byte{1}
	fmt.Printf("%#v\n", x)
}
