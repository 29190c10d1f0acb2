// A package main without func main.
package main

func helper() {}
