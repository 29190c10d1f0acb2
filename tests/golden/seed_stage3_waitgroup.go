// golden: not-from-go: the total line holds a time, so the expected output is ours
// under --virtual-time; every other byte was checked against go run, which prints
// the same lines with a wall-clock duration.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

  

var dbData = []string{"id1", "id2", "id3", "id4", "id5"}
var wg sync.WaitGroup
  
func dbCall(i int) {
	var delay = rand.Float32() * 2000
	time.Sleep(time.Duration(delay) * time.Millisecond)
	fmt.Println("The result from the database is: ", dbData[i])
	wg.Done()
}

  

func main() {
	t0 := time.Now()
	for i := 0; i < len(dbData); i++ {
		wg.Add(1)
		go dbCall(i)
	}
	wg.Wait()
	fmt.Printf("\n Total execution time: %v", time.Since(t0))

}
