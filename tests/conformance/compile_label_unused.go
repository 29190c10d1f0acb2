// A label that is defined and not used.
package main

func main() {
unused:
	for {
		break
	}
}
