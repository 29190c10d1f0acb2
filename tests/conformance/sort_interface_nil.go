// sort.Sort of a nil sort.Interface: Go calls Len on it and dies of a nil dereference.
package main

import "sort"

func main() {
	var data sort.Interface
	sort.Sort(data)
}
