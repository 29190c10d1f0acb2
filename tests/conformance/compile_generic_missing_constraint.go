// A type parameter needs a constraint: Go's parser points at the closing bracket.
package main

func Identity[T](x T) T { return x }

func main() {
}
