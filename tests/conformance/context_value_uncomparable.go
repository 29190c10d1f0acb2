// WithValue panics on a key whose type is not comparable.
package main

import "context"

func main() {
	context.WithValue(context.Background(), []string{"k"}, 1)
}
