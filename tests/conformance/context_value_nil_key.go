// WithValue panics on a nil key.
package main

import (
	"context"
	"fmt"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	context.WithValue(context.Background(), nil, 1)
}
