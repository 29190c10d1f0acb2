// Lesson: a forgotten Done. The counter never reaches zero, so Wait never returns.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func dbCall(i int) {
	time.Sleep(time.Duration(100*i) * time.Millisecond)
	fmt.Println("call", i, "done")
	if i != 2 {
		wg.Done() // call 2 forgets to say it is done
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go dbCall(i)
	}
	wg.Wait()
	fmt.Println("all calls done")
}
