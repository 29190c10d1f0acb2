// Embedding: promoted fields and methods, also through interfaces and fmt.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Animal struct{ Name string }

func (a Animal) Speak() string  { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) String() string { return "Animal(" + a.Name + ")" }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Dog
}

type Renamer interface{ Rename(string) }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	var s Speaker = d
	fmt.Println(s.Speak(), d.Speak(), d.Name)
	var r Renamer = &d
	r.Rename("max")
	fmt.Println(d.Speak())
	l := Loud{&d}
	s = l
	fmt.Println(s.Speak())
	fmt.Println(d, l.Animal)
	fmt.Printf("%v %+v\n", d, d)
}
