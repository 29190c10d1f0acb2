// Several init functions run in source order.
package main

import "fmt"

func init() { fmt.Println("first") }

func init() { fmt.Println("second") }

func main() { fmt.Println("main") }
