// Invalid UTF-8 inside a comment: Ã( is reported as well.
package main

func main() {}
