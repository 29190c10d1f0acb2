// Methods can only be declared on local types.
package main

func (i int) Double() int { return i * 2 }

func main() {}
