// panic(nil) in Go 1.19 prints panic: nil.
package main

func main() {
	panic(nil)
}
