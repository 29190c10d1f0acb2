// go_parse_test.cpp: strconv's parsers against what Go 1.19 returns.
//
// Every expected value below was printed by Go itself (strconv.ParseInt and ParseFloat, the
// floats as strconv.FormatFloat(v, 'x', -1, 64)), not worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "vm/go_parse.h"

namespace golab {
namespace {

struct IntCase {
    const char* s;
    int64_t base;
    int64_t bits;
    int64_t value;
    ParseError error;
};

TEST(ParseInt, MatchesGo) {
    const IntCase cases[] = {
        {"0x_1F", 0, 64, 31LL, ParseError::None},
        {"-0b11", 0, 8, -3LL, ParseError::None},
        {"1_2", 10, 64, 0LL, ParseError::Syntax},
        {"300", 10, 8, 127LL, ParseError::Range},
        {"-300", 10, 8, -128LL, ParseError::Range},
        {"7fffffffffffffff", 16, 64, INT64_MAX, ParseError::None},
        {"-8000000000000000", 16, 64, INT64_MIN, ParseError::None},
        {"0o777", 0, 32, 511LL, ParseError::None},
        {"Z", 36, 8, 35LL, ParseError::None},
        {"1", 1, 64, 0, ParseError::Base},
        {"1", 10, 65, 0, ParseError::BitSize},
    };
    for (const IntCase& c : cases) {
        ParsedInt r = parse_int(c.s, c.base, c.bits);
        EXPECT_EQ(static_cast<int64_t>(r.value), c.value) << c.s;
        EXPECT_EQ(r.error, c.error) << c.s;
    }
}

struct FloatCase {
    const char* s;
    int64_t bits;
    double value;
    ParseError error;
};

TEST(ParseFloat, MatchesGo) {
    const FloatCase cases[] = {
        {"0x1.fffffffffffffp1023", 64, 0x1.fffffffffffffp+1023, ParseError::None},
        {"0x1.fffffffffffffp1023", 32, INFINITY, ParseError::Range},
        {"0x1p-1074", 64, 0x1p-1074, ParseError::None},
        {"0x1p-1074", 32, 0, ParseError::None},
        {"1e308", 64, 0x1.1ccf385ebc8ap+1023, ParseError::None},
        {"1e308", 32, INFINITY, ParseError::Range},
        {"2e308", 64, INFINITY, ParseError::Range},
        {"4.9406564584124654e-324", 64, 0x1p-1074, ParseError::None},
        {"2.4703282292062328e-324", 64, 0x1p-1074, ParseError::None},
        {"9007199254740993", 64, 0x1p+53, ParseError::None},
        {"0.1e1_0", 64, 0x1.dcd65p+29, ParseError::None},
        {"1_0.5", 32, 0x1.5p+03, ParseError::None},
        {"0x1_0p0", 64, 0x1p+04, ParseError::None},
        {"1.e2", 64, 0x1.9p+06, ParseError::None},
        {"-.0", 64, -0.0, ParseError::None},
        {"0x1", 64, 0, ParseError::Syntax},
        {"1__0", 64, 0, ParseError::Syntax},
        {"+nan", 64, 0, ParseError::Syntax},
        {"-Infinity", 64, -INFINITY, ParseError::None},
    };
    for (const FloatCase& c : cases) {
        ParsedFloat r = parse_float(c.s, c.bits);
        EXPECT_EQ(r.error, c.error) << c.s;
        if (c.error != ParseError::Syntax) {
            EXPECT_EQ(r.value, c.value) << c.s;
            EXPECT_EQ(std::signbit(r.value), std::signbit(c.value)) << c.s;
        }
    }
    EXPECT_TRUE(std::isnan(parse_float("nAn", 64).value));
}

TEST(UnderscoresOk, FollowsGoLiterals) {
    EXPECT_TRUE(underscores_ok("1_000"));
    EXPECT_TRUE(underscores_ok("0x_1f"));
    EXPECT_FALSE(underscores_ok("_1"));
    EXPECT_FALSE(underscores_ok("1__0"));
    EXPECT_FALSE(underscores_ok("1_"));
    EXPECT_FALSE(underscores_ok("1_.5"));
}

} // namespace
} // namespace golab
