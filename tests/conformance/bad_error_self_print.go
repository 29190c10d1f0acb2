// An Error method that hands its receiver back to fmt.Sprint recurses through fmt until the
// stack gives out; a recover in main cannot catch that fatal error.
package main

import (
	"errors"
	"fmt"
)

type loopErr struct{ op string }

func (e loopErr) Error() string { return "failed: " + fmt.Sprint(e) }

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var err error = loopErr{"open"}
	fmt.Println(errors.Is(err, err))
	fmt.Println(err)
}
