// Lesson: results over a channel. Each call sends its result; main receives all five.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

var dbData = []string{"id1", "id2", "id3", "id4", "id5"}

func dbCall(i int, results chan string) {
	var delay = rand.Float32() * 2000
	time.Sleep(time.Duration(delay) * time.Millisecond)
	results <- dbData[i]
}

func main() {
	results := make(chan string)
	for i := 0; i < len(dbData); i++ {
		go dbCall(i, results)
	}
	// Five receives: main waits at each one until some call has sent.
	for i := 0; i < len(dbData); i++ {
		fmt.Println("The result from the database is:", <-results)
	}
}
