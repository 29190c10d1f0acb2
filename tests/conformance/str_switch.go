// switch on a string value.
package main

import "fmt"

func kind(s string) string {
	switch s {
	case "go", "rust":
		return "compiled"
	case "python":
		return "interpreted"
	}
	return "unknown"
}

func main() {
	fmt.Println(kind("go"), kind("python"), kind("cobol"))
}
