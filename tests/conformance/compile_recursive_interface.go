// An interface that embeds itself, directly or through another, is refused.
package main

type I interface{ I }

type J interface {
	K
	M()
}

type K interface{ J }

func main() {}
