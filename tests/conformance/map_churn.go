// map_churn: many inserts, deletes and re-inserts, with int, string and float keys, so
// that the map's index grows, fills with deleted slots and is compacted, and every key
// is still found (or not) afterwards.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	ints := map[int]int{}
	for round := 0; round < 5; round++ {
		for i := 0; i < 3000; i++ {
			ints[i*1024+round] = i
		}
		for i := 0; i < 3000; i += 2 {
			delete(ints, i*1024+round)
		}
	}
	sum, found := 0, 0
	for round := 0; round < 5; round++ {
		for i := 0; i < 3000; i++ {
			if v, ok := ints[i*1024+round]; ok {
				sum += v
				found++
			}
		}
	}
	fmt.Println(len(ints), found, sum)

	words := map[string]int{}
	for i := 0; i < 2000; i++ {
		words["w"+strconv.Itoa(i%700)] += i
		if i%3 == 0 {
			delete(words, "w"+strconv.Itoa((i*7)%700))
		}
	}
	total := 0
	for _, v := range words {
		total += v
	}
	fmt.Println(len(words), total, words["w5"], words["w699"])

	floats := map[float64]int{}
	nan := math.NaN()
	floats[nan] = 1
	floats[nan] = 2
	floats[0.0] = 3
	floats[math.Copysign(0, -1)] = 4
	_, ok := floats[nan]
	fmt.Println(len(floats), floats[0], ok)
	delete(floats, nan)
	fmt.Println(len(floats))

	var neg = map[int8]string{-1: "a", 127: "b", -128: "c"}
	fmt.Println(neg)
}
