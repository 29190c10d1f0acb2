// The package clause must name the package: a number is not a name.
package 1main

func main() {}
