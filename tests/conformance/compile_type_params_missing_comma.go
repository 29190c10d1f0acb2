// Two type parameters without the comma between them: Go calls a type parameter list a
// "parameter list" in this message.
package main

func Swap[A any B any](a A, b B) (B, A) { return b, a }

func main() {}
