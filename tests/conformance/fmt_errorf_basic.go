// fmt.Errorf formats an error message.
package main

import "fmt"

func main() {
	err := fmt.Errorf("user %q: code %d", "ann", 404)
	fmt.Println(err)
	fmt.Println(err.Error())
	fmt.Printf("%v|%s|%T\n", err, err, err)
}
