// Fields and methods of an embedded struct are promoted.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Hello() string { return "I am " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func main() {
	d := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(d.Name, d.Hello(), d.Animal.Name)
	fmt.Printf("%+v\n", d)
}
