// unicode's classes and case mappings on a sample of runes across the whole range (every
// rune of Latin-1 and Latin Extended, then every 89th up to past MaxRune, and negatives),
// summed up per function; plus the constants.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Printf("%T %q\n", unicode.MaxRune, unicode.ReplacementChar)
	var runes []rune
	for r := rune(-3); r < 0x250; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x250); r <= unicode.MaxRune+200; r += 89 {
		runes = append(runes, r)
	}
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsLetter", unicode.IsLetter}, {"IsDigit", unicode.IsDigit},
		{"IsNumber", unicode.IsNumber}, {"IsUpper", unicode.IsUpper},
		{"IsLower", unicode.IsLower}, {"IsTitle", unicode.IsTitle},
		{"IsPunct", unicode.IsPunct}, {"IsControl", unicode.IsControl},
		{"IsPrint", unicode.IsPrint}, {"IsGraphic", unicode.IsGraphic},
		{"IsSpace", unicode.IsSpace},
	}
	for _, p := range preds {
		n, sum := 0, uint32(0)
		for _, r := range runes {
			if p.f(r) {
				n++
				sum = sum*31 + uint32(r)
			}
		}
		fmt.Println(p.name, n, sum)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}}
	for _, m := range maps {
		n, sum := 0, uint32(0)
		for _, r := range runes {
			if t := m.f(r); t != r {
				n++
				sum = sum*31 + uint32(r)*7 + uint32(t)
			}
		}
		fmt.Println(m.name, n, sum)
	}
	for _, r := range "aZ5٣½ǅß ΣσςİıǆᲐ\u00a0\u2028\t!¡€" {
		fmt.Printf("%q %v %v %v %v %v %v %q %q %q\n", r, unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsSpace(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
}
