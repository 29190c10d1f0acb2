// Stop, Reset and C of a nil *time.Timer or *time.Ticker are nil pointer dereferences
// that recover catches.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var t *time.Timer
	var k *time.Ticker
	try("Timer.Stop", func() { t.Stop() })
	try("Timer.Reset", func() { t.Reset(time.Second) })
	try("Timer.C", func() { _ = t.C })
	try("Ticker.Stop", func() { k.Stop() })
	try("Ticker.Reset", func() { k.Reset(time.Second) })
}
