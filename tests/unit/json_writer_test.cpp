// json_writer_test.cpp: the JSON string escaper and writer behind the page's
// state object. The escaper must turn any bytes a Go program prints into text
// that JSON.parse accepts, keeping valid UTF-8 as it is.

#include <gtest/gtest.h>

#include <string>

#include "trace/json_writer.h"

namespace golab {
namespace {

std::string escaped(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

struct EscapeCase {
    const char* name;
    std::string input;
    std::string expected;
};

TEST(JsonEscape, Table) {
    const EscapeCase cases[] = {
        {"empty", "", R"("")"},
        {"plain ascii", "id1 done", R"("id1 done")"},
        {"quote and backslash", "say \"hi\" \\ bye", R"("say \"hi\" \\ bye")"},
        {"newline tab return", "a\nb\tc\rd", R"("a\nb\tc\rd")"},
        {"other control chars", std::string("\x00\x01\x08\x0c\x1f", 5),
         R"("\u0000\u0001\u0008\u000c\u001f")"},
        {"delete", "\x7f", R"("\u007f")"},
        {"slash passes", "a/b", R"("a/b")"},
        {"two-byte utf8", "\xc2\xb5s", "\"\xc2\xb5s\""},         // µs
        {"three-byte utf8", "\xe2\x82\xac", "\"\xe2\x82\xac\""}, // €
        {"four-byte utf8", "\xf0\x9f\x98\x80", "\"\xf0\x9f\x98\x80\""},
        {"line separator", "\xe2\x80\xa8", R"("\u2028")"},
        {"paragraph separator", "\xe2\x80\xa9", R"("\u2029")"},
        {"lone continuation", "\x80", R"("\ufffd")"},
        {"invalid lead ff",
         "a\xff"
         "b",
         R"("a\ufffdb")"},
        {"overlong two-byte", "\xc0\xaf", R"("\ufffd\ufffd")"},
        {"overlong three-byte", "\xe0\x80\xaf", R"("\ufffd\ufffd\ufffd")"},
        {"surrogate", "\xed\xa0\x80", R"("\ufffd\ufffd\ufffd")"},
        {"above U+10FFFF", "\xf4\x90\x80\x80", R"("\ufffd\ufffd\ufffd\ufffd")"},
        {"truncated at end", "ok\xe2\x82", R"("ok\ufffd\ufffd")"},
        {"truncated before ascii",
         "\xe2\x82"
         "a",
         R"("\ufffd\ufffda")"},
        {"largest code point", "\xf4\x8f\xbf\xbf", "\"\xf4\x8f\xbf\xbf\""},
    };
    for (const EscapeCase& c : cases) {
        EXPECT_EQ(escaped(c.input), c.expected) << c.name;
    }
}

TEST(JsonEscape, EveryByteGivesPrintableAscii) {
    // Whatever a program prints, each lone byte escapes to ASCII or stays valid.
    for (int b = 0; b < 256; ++b) {
        const std::string out = escaped(std::string(1, static_cast<char>(b)));
        for (char c : out) {
            EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "byte " << b;
            EXPECT_LT(static_cast<unsigned char>(c), 0x80) << "byte " << b;
        }
    }
}

TEST(JsonWriter, NestedValuesGetCommas) {
    JsonWriter w;
    w.begin_object();
    w.key("a");
    w.value(int64_t{1});
    w.key("list");
    w.begin_array();
    w.value("x");
    w.value(true);
    w.null();
    w.begin_object();
    w.end_object();
    w.begin_array();
    w.end_array();
    w.end_array();
    w.key("n");
    w.number_text("1.5");
    w.key("neg");
    w.value(int32_t{-1});
    w.end_object();
    EXPECT_EQ(w.text(), R"({"a":1,"list":["x",true,null,{},[]],"n":1.5,"neg":-1})");
}

TEST(JsonWriter, EmptyContainers) {
    JsonWriter w;
    w.begin_array();
    w.end_array();
    EXPECT_EQ(w.take(), "[]");
}

TEST(NsToMs, ExactDecimalText) {
    EXPECT_EQ(ns_to_ms_text(0), "0");
    EXPECT_EQ(ns_to_ms_text(2'000'000), "2");
    EXPECT_EQ(ns_to_ms_text(1'234'567'891), "1234.567891");
    EXPECT_EQ(ns_to_ms_text(1'500'000), "1.5");
    EXPECT_EQ(ns_to_ms_text(10'726), "0.010726");
    EXPECT_EQ(ns_to_ms_text(1), "0.000001");
    EXPECT_EQ(ns_to_ms_text(-1'500'000), "-1.5");
    EXPECT_EQ(ns_to_ms_text(INT64_MIN), "-9223372036854.775808");
}

} // namespace
} // namespace golab
