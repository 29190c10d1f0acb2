// The file must start with a package clause.
import "fmt"

func main() {
	fmt.Println("x")
}
