// A type defined as itself, or as another defined as it, is refused.
package main

type T T

type A B
type B A

func main() {}
