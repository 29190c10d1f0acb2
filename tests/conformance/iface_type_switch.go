// A type switch picks the case of the dynamic type.
package main

import "fmt"

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprint("slice of ", len(x))
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(41))
	fmt.Println(describe("s"))
	fmt.Println(describe([]int{1, 2}))
	fmt.Println(describe(3.5))
}
