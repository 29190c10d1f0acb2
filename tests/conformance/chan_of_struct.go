// Channels carry struct values by copy.
package main

import "fmt"

type msg struct {
	id   int
	text string
}

func main() {
	ch := make(chan msg, 2)
	m := msg{1, "a"}
	ch <- m
	m.text = "changed"
	ch <- m
	fmt.Println(<-ch, <-ch)
}
