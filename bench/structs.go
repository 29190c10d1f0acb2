// structs: 1,000 particles with float positions and velocities, 1,000 steps
// of a simulation held in a slice of structs.
package main

import "fmt"

type particle struct {
	x, y, vx, vy float64
}

func main() {
	ps := make([]particle, 1000)
	for i := range ps {
		ps[i] = particle{float64(i), float64(i % 7), 1.5, -0.5}
	}
	for step := 0; step < 1000; step++ {
		for i := range ps {
			p := &ps[i]
			p.x += p.vx * 0.01
			p.y += p.vy * 0.01
			if p.y < 0 {
				p.y = -p.y
				p.vy = -p.vy
			}
		}
	}
	sx, sy := 0.0, 0.0
	for _, p := range ps {
		sx += p.x
		sy += p.y
	}
	fmt.Printf("%.3f %.3f\n", sx, sy)
}
