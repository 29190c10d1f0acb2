// A goto into nested blocks: Go names the innermost block, which a block holding only a block
// must keep when the parser folds the two.
package main

func main() {
	goto L
	{
		{
		L:
			println()
		}
	}
}
