// continue with a label that does not exist.
package main

func main() {
	for {
		continue missing
	}
}
