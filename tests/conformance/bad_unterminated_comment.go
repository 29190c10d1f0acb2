// A block comment that runs to the end of the file.
package main

func main() {
}

/* never closed
