// Lesson: Add inside the goroutine. Wait can return before any Add ran.
package main

import (
	"fmt"
	"sync"
	"time"
)

var dbData = []string{"id1", "id2", "id3", "id4", "id5"}
var wg sync.WaitGroup

func dbCall(i int) {
	wg.Add(1) // too late: main may already be past Wait
	time.Sleep(time.Duration(100*(i+1)) * time.Millisecond)
	fmt.Println("The result from the database is:", dbData[i])
	wg.Done()
}

func main() {
	for i := 0; i < len(dbData); i++ {
		go dbCall(i)
	}
	wg.Wait()
	fmt.Println("Wait returned: every result is lost")
}
