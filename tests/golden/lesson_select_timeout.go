// Lesson: select with a timeout. main gives each call 700ms, then moves on.
package main

import (
	"fmt"
	"time"
)

var dbData = []string{"id1", "id2", "id3", "id4", "id5"}

func dbCall(i int, answer chan string) {
	time.Sleep(time.Duration(300*i) * time.Millisecond)
	answer <- dbData[i-1]
}

func main() {
	for i := 1; i <= 4; i++ {
		// Room for one answer, so a call that answers too late can still finish.
		answer := make(chan string, 1)
		go dbCall(i, answer)
		select {
		case r := <-answer:
			fmt.Println("call", i, "answered", r)
		case <-time.After(700 * time.Millisecond):
			fmt.Println("call", i, "timed out")
		}
	}
}
