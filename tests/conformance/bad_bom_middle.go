// A byte order mark is only allowed at the very start of a file.
package main

func main() {
	﻿
}
