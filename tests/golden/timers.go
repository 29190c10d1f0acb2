// time.NewTimer, Stop and Reset; time.NewTicker and time.Tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before it fires:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	quick := time.NewTimer(10 * time.Millisecond)
	<-quick.C
	fmt.Println("quick fired; stop now:", quick.Stop())

	fmt.Println("reset a stopped timer:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("t fired after its reset")

	tk := time.NewTicker(10 * time.Millisecond)
	deadline := time.NewTimer(35 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tk.C:
			ticks++
			fmt.Println("tick", ticks)
		case <-deadline.C:
			fmt.Println("deadline after", ticks, "ticks")
			break loop
		}
	}
	tk.Stop()

	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("two ticks from time.Tick")
	fmt.Println("Tick of 0 is nil:", time.Tick(0) == nil)

	long := time.NewTimer(time.Hour)
	fmt.Println("reset an active timer:", long.Reset(5*time.Millisecond))
	<-long.C
	fmt.Println("done")
}
