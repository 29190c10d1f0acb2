// break with no loop around it.
package main

func main() {
	break
}
