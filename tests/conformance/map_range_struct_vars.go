// A range over a map declares struct and array variables with :=, and closures keep the
// variables of a range over a map or a string (Go 1.19: one variable for the whole loop).
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	byName := map[string]Point{"a": {1, 2}}
	for name, p := range byName {
		p.X = 10 // a copy: the map keeps {1 2}
		fmt.Println(name, p, byName[name])
	}

	seen := map[Point]bool{{3, 4}: true}
	for p, ok := range seen {
		fmt.Println(p.X+p.Y, ok)
	}

	grid := map[int][2]string{7: {"x", "y"}}
	for row, cells := range grid {
		cells[0] = "changed"
		fmt.Println(row, cells, grid[row])
	}

	var later []func()
	for i, r := range "hé" {
		later = append(later, func() { fmt.Println(i, string(r)) })
	}
	for k, v := range map[string]int{"only": 1} {
		later = append(later, func() { fmt.Println(k, v) })
	}
	for _, f := range later {
		f()
	}
}
