// On an interface tag, cases 3.0, int64(3), 3 and "3" are four different cases: each
// matches only a value of its own dynamic type.
package main

import "fmt"

func classify(v interface{}) string {
	switch v {
	case 3.0:
		return "float64 3"
	case int64(3):
		return "int64 3"
	case 3:
		return "int 3"
	case "3":
		return "string 3"
	case uint8(3), float32(3):
		return "uint8 or float32 3"
	}
	return "other"
}

func main() {
	fmt.Println(classify(3), classify(3.0), classify(int64(3)), classify("3"))
	fmt.Println(classify(uint(3)), classify(uint8(3)), classify(float32(3)), classify(nil))
}
