// goto_loop: goto forwards and backwards, out of nested loops and blocks.
package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == want {
				fmt.Println("found")
				goto done
			}
		}
	}
	return -1, -1
done:
	return want, want * 2
}

func main() {
	i := 0
again:
	fmt.Println("i =", i)
	i++
	if i < 3 {
		goto again
	}
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1}}, 9))
	n := 0
	{
	inner:
		n += 5
		if n < 20 {
			goto inner
		}
	}
	fmt.Println(n)
}
