// Background's Done is nil: waiting on it blocks forever, a deadlock when nothing else
// can run.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	fmt.Println(ctx.Done() == nil)
	<-ctx.Done()
}
