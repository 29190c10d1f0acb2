// A map whose key type contains itself: the key type is declared after the map and is
// reported once, as invalid recursive type, before anything asks if it is comparable.
package main

import "fmt"

type Index map[Key]int

type Key struct {
	id   int
	next Key
}

func main() { fmt.Println(Index{}) }
