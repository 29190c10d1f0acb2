// text_test.cpp: the character classes and case mappings of text.h against Go's unicode
// package, for every rune from -1 to U+110000.
//
// A whole table would be too long to keep here, so each function is summed up by how many
// runes it says yes to (or moves) and an FNV-1a hash of those runes (and their images),
// in increasing order. The expected figures were printed by this Go 1.19 program:
//
//	for _, p := range preds {  // IsLetter, IsDigit, ... in the order of kClasses
//		h, n := uint64(14695981039346656037), 0
//		for r := rune(-1); r <= unicode.MaxRune+1; r++ {
//			if p(r) { n++; h = (h ^ uint64(uint32(r))) * 1099511628211 }
//		}
//		fmt.Printf("{%d, 0x%xull},\n", n, h)
//	}
//
// and, for ToUpper, ToLower and ToTitle, the same over the runes t := m(r) moves, hashing r
// and then t.
#include <gtest/gtest.h>

#include "vm/text.h"

namespace golab {
namespace {

struct Summary {
    int64_t count;
    uint64_t hash;
};

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t mix(uint64_t h, int32_t r) {
    return (h ^ uint64_t(uint32_t(r))) * kFnvPrime;
}

struct ClassCase {
    const char* name;
    bool (*is)(int32_t);
    Summary go;
};

TEST(UnicodeClasses, AgreeWithGoForEveryRune) {
    const ClassCase kClasses[] = {
        {"IsLetter", is_letter, {131241, 0xdf611624dccf5fe4ull}},
        {"IsDigit", is_digit, {650, 0x44a8f86af92ac9baull}},
        {"IsNumber", is_number, {1781, 0x94db819d463ecec7ull}},
        {"IsUpper", is_upper, {1791, 0xaa17336306b258f4ull}},
        {"IsLower", is_lower, {2155, 0x9371f94201fbbd57ull}},
        {"IsTitle", is_title, {31, 0x87fd939e4214d25full}},
        {"IsPunct", is_punct, {798, 0xcf829f138bc41aeaull}},
        {"IsControl", is_control, {65, 0x47783dcc96f6448eull}},
        {"IsPrint", is_print, {143680, 0x13a27d39cfeade2dull}},
        {"IsGraphic", is_graphic, {143696, 0x1eb20a95d4679cb4ull}},
        {"IsSpace", is_space, {25, 0x231591ad12ffe059ull}},
    };
    for (const ClassCase& c : kClasses) {
        Summary ours{0, kFnvOffset};
        for (int32_t r = -1; r <= kMaxRune + 1; r++) {
            if (c.is(r)) {
                ours.count++;
                ours.hash = mix(ours.hash, r);
            }
        }
        EXPECT_EQ(ours.count, c.go.count) << c.name;
        EXPECT_EQ(ours.hash, c.go.hash) << c.name;
    }
}

struct CaseMapping {
    const char* name;
    int32_t (*to)(int32_t);
    Summary go;
};

TEST(UnicodeCaseMappings, AgreeWithGoForEveryRune) {
    const CaseMapping kMappings[] = {
        {"ToUpper", to_upper, {1410, 0x2da322f386b345a3ull}},
        {"ToLower", to_lower, {1393, 0x71387b9775ac61c0ull}},
        {"ToTitle", to_title, {1364, 0x442df6fe0120a0e1ull}},
    };
    for (const CaseMapping& m : kMappings) {
        Summary ours{0, kFnvOffset};
        for (int32_t r = -1; r <= kMaxRune + 1; r++) {
            int32_t t = m.to(r);
            if (t != r) {
                ours.count++;
                ours.hash = mix(mix(ours.hash, r), t);
            }
        }
        EXPECT_EQ(ours.count, m.go.count) << m.name;
        EXPECT_EQ(ours.hash, m.go.hash) << m.name;
    }
}

} // namespace
} // namespace golab
