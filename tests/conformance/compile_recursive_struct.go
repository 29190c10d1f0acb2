// A struct that contains itself has no finite size: Go refuses it.
package main

type T struct{ a T }

func main() {}
