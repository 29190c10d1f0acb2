// Deriving a context from a nil parent panics with Go's message.
package main

import "context"

func main() {
	var parent context.Context
	context.WithCancel(parent)
}
