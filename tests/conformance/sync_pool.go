// sync.Pool: Get on an empty Pool calls New, a nil New gives nil, Put(nil) keeps nothing, and
// a value put comes back from Get (on one goroutine, with no collection in between).
package main

import (
	"bytes"
	"fmt"
	"sync"
)

type buffer struct {
	id   int
	data []byte
}

func main() {
	var empty sync.Pool
	fmt.Println(empty.Get() == nil, empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())

	made := 0
	p := sync.Pool{New: func() any {
		made++
		return &buffer{id: made}
	}}
	a := p.Get().(*buffer)
	b := p.Get().(*buffer)
	fmt.Println(a.id, b.id, made)

	a.data = append(a.data, "kept"...)
	p.Put(a)
	c := p.Get().(*buffer)
	fmt.Println(c == a, c.id, string(c.data), made)
	d := p.Get().(*buffer)
	fmt.Println(d.id, made)

	// A Pool of bytes.Buffer, the way Go programs reuse buffers.
	bufs := &sync.Pool{New: func() interface{} { return new(bytes.Buffer) }}
	for i := 0; i < 3; i++ {
		buf := bufs.Get().(*bytes.Buffer)
		buf.Reset()
		fmt.Fprintf(buf, "line %d", i)
		fmt.Println(buf.String())
		bufs.Put(buf)
	}

	// Any value can go in: a value of another type comes back as it is.
	var mixed sync.Pool
	mixed.Put(7)
	v := mixed.Get()
	fmt.Printf("%v %T %v\n", v, v, mixed.Get())
	var fresh sync.Pool
	fmt.Printf("%v %+v\n", fresh, fresh)
}
