// format_test.cpp: Duration and float text against what Go 1.19 prints.
//
// Every expected string below was printed by Go itself (time.Duration.String,
// fmt.Sprint, fmt.Sprintf), not written by hand.
#include <gtest/gtest.h>

#include <memory>

#include "vm/format.h"

namespace golab {
namespace {

struct DurationCase {
    int64_t ns;
    const char* text;
};

TEST(FormatDuration, MatchesGo) {
    const DurationCase cases[] = {
        {0, "0s"},
        {1, "1ns"},
        {999, "999ns"},
        {1000, "1\xC2\xB5s"},
        {1500, "1.5\xC2\xB5s"},
        {999999, "999.999\xC2\xB5s"},
        {1000000, "1ms"},
        {1500000, "1.5ms"},
        {523100000, "523.1ms"},
        {999999999, "999.999999ms"},
        {1000000000, "1s"},
        {1881202669, "1.881202669s"},
        {60000000000, "1m0s"},
        {3723000000000, "1h2m3s"},
        {-5000000, "-5ms"},
        {360000000000000, "100h0m0s"},
        {INT64_MAX, "2562047h47m16.854775807s"},
        {INT64_MIN, "-2562047h47m16.854775808s"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(format_duration(c.ns), c.text) << c.ns;
    }
}

struct FloatCase {
    double v;
    const char* shortest; // fmt.Sprint
    const char* f2;       // %.2f
    const char* e;        // %e
    const char* g;        // %g
};

TEST(FormatFloat, MatchesGo) {
    const FloatCase cases[] = {
        {0, "0", "0.00", "0.000000e+00", "0"},
        {1, "1", "1.00", "1.000000e+00", "1"},
        {-1, "-1", "-1.00", "-1.000000e+00", "-1"},
        {0.1, "0.1", "0.10", "1.000000e-01", "0.1"},
        {1.5, "1.5", "1.50", "1.500000e+00", "1.5"},
        {100000, "100000", "100000.00", "1.000000e+05", "100000"},
        {1e+06, "1e+06", "1000000.00", "1.000000e+06", "1e+06"},
        {1.23456789e+08, "1.23456789e+08", "123456789.00", "1.234568e+08", "1.23456789e+08"},
        {1e+21, "1e+21", "1000000000000000000000.00", "1.000000e+21", "1e+21"},
        {1e-05, "1e-05", "0.00", "1.000000e-05", "1e-05"},
        {0.0001, "0.0001", "0.00", "1.000000e-04", "0.0001"},
        {0.00015, "0.00015", "0.00", "1.500000e-04", "0.00015"},
        {3.141592653589793, "3.141592653589793", "3.14", "3.141593e+00", "3.141592653589793"},
        {2.5e-10, "2.5e-10", "0.00", "2.500000e-10", "2.5e-10"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(format_float(c.v, 'g', -1, 64), c.shortest) << c.v;
        EXPECT_EQ(format_float(c.v, 'f', 2, 64), c.f2) << c.v;
        EXPECT_EQ(format_float(c.v, 'e', 6, 64), c.e) << c.v;
        EXPECT_EQ(format_float(c.v, 'g', -1, 64), c.g) << c.v;
    }
}

TEST(FormatFloat, Float32UsesItsOwnShortestDigits) {
    EXPECT_EQ(format_float(static_cast<float>(0.1), 'g', -1, 32), "0.1");
    EXPECT_EQ(format_float(1209.3206f, 'g', -1, 32), "1209.3206");
    EXPECT_EQ(format_float(1.0f / 3, 'g', -1, 32), "0.33333334");
    EXPECT_EQ(format_float(16777216.0f, 'g', -1, 32), "1.6777216e+07");
    EXPECT_EQ(format_float(1e10f, 'g', -1, 32), "1e+10");
}

TEST(QuoteString, EscapesAsGo) {
    EXPECT_EQ(quote_string("a\"b\n"), "\"a\\\"b\\n\"");
    EXPECT_EQ(quote_string(std::string("\x01", 1)), "\"\\x01\"");
}

// Builds a tiny type table so fmt can see dynamic types.
class Sprintf : public ::testing::Test {
  protected:
    void SetUp() override {
        program_.types.resize(1);
        int_ = add(type(TypeKind::Int, IntKind::Int, "int"));
        string_ = add(type(TypeKind::String, IntKind::Int, "string"));
        float_ = add(type(TypeKind::Float64, IntKind::Int, "float64"));
        TypeInfo duration = type(TypeKind::Int, IntKind::Int64, "time.Duration");
        duration.string_native = static_cast<int32_t>(NativeId::TimeDurationString);
        duration_ = add(duration);
    }
    static TypeInfo type(TypeKind kind, IntKind int_kind, const char* name) {
        TypeInfo t;
        t.kind = kind;
        t.int_kind = int_kind;
        t.name = name;
        return t;
    }
    TypeId add(TypeInfo t) {
        program_.types.push_back(std::move(t));
        return static_cast<TypeId>(program_.types.size() - 1);
    }
    Value i(int64_t v) {
        Value r = Value::make_int(v);
        r.type = int_;
        return r;
    }
    Value s(const char* text) {
        strings_.push_back(std::make_unique<StringObject>(text));
        Value r = Value::make_object(strings_.back().get());
        r.type = string_;
        return r;
    }
    Value f(double v) {
        Value r = Value::make_float(v);
        r.type = float_;
        return r;
    }
    Value d(int64_t ns) {
        Value r = Value::make_int(ns);
        r.type = duration_;
        return r;
    }

    Program program_;
    std::vector<std::unique_ptr<StringObject>> strings_;
    TypeId int_ = 0, string_ = 0, float_ = 0, duration_ = 0;
};

TEST_F(Sprintf, VerbsFlagsAndWidths) {
    std::vector<Value> a = {i(42), i(42), i(42), i(-42), i(255), i(255), i(8), i(5), i(65)};
    EXPECT_EQ(go_sprintf(program_, "%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c", a),
              "42|   42|42   |-0042|ff|FF|10|101|A");
    std::vector<Value> b = {s("hi"), s("hi"), s("hi"), s("a\"b\n"), s("v"), s("hi")};
    EXPECT_EQ(go_sprintf(program_, "%s|%10s|%-10s|%q|%v|%x", b),
              "hi|        hi|hi        |\"a\\\"b\\n\"|v|6869");
    std::vector<Value> c = {f(3.14159), f(3.14159), f(3.14159), f(1234.5678), f(1234.5678)};
    EXPECT_EQ(go_sprintf(program_, "%f|%.2f|%8.3f|%e|%g", c),
              "3.141590|3.14|   3.142|1.234568e+03|1234.5678");
    std::vector<Value> w = {i(5), i(1), i(5), i(2), i(2), f(3.14159)};
    EXPECT_EQ(go_sprintf(program_, "%*d|%-*d|%.*f", w), "    1|2    |3.14");
}

TEST_F(Sprintf, GoErrorTexts) {
    std::vector<Value> one = {i(1)};
    EXPECT_EQ(go_sprintf(program_, "%d %d\n", one), "1 %!d(MISSING)\n");
    std::vector<Value> extra = {i(1), s("x"), f(2.5)};
    EXPECT_EQ(go_sprintf(program_, "%d\n", extra), "1\n%!(EXTRA string=x, float64=2.5)");
    std::vector<Value> wrong = {s("str"), i(5)};
    EXPECT_EQ(go_sprintf(program_, "%d|%s", wrong), "%!d(string=str)|%!s(int=5)");
    std::vector<Value> z = {i(3)};
    EXPECT_EQ(go_sprintf(program_, "%z|%!|%", z), "%!z(int=3)|%!!(MISSING)|%!(NOVERB)");
}

TEST_F(Sprintf, SeedLessonMistakes) {
    // The seed lesson's Printf without a verb, and Println with a literal %v.
    std::vector<Value> a = {s("id1")};
    EXPECT_EQ(go_sprintf(program_, "The result from the database is: ", a),
              "The result from the database is: %!(EXTRA string=id1)");
    std::vector<Value> b = {s("\n Total execution time: %v"), d(10726)};
    EXPECT_EQ(go_sprintln(program_, b), "\n Total execution time: %v 10.726\xC2\xB5s\n");
}

TEST_F(Sprintf, PrintSpacesOnlyBetweenNonStrings) {
    std::vector<Value> a = {s("a"), s("b"), i(1), i(2), s("c"), f(3.5)};
    EXPECT_EQ(go_sprint(program_, a), "ab1 2c3.5");
}

// Builds []interface{} values whose elements are other values, owning what it makes.
class NestedSlices : public Sprintf {
  protected:
    void SetUp() override {
        Sprintf::SetUp();
        any_ = add(type(TypeKind::Interface, IntKind::Int, "interface {}"));
        TypeInfo slice = type(TypeKind::Slice, IntKind::Int, "[]interface {}");
        slice.elem = any_;
        slice_ = add(slice);
    }
    // Returns []interface{}{elems...}.
    Value slice_of(std::vector<Value> elems) {
        auto array = std::make_unique<ArrayObject>();
        array->elems = std::move(elems);
        auto header = std::make_unique<SliceObject>();
        header->array = array.get();
        header->len = header->cap = int64_t(array->elems.size());
        Value v = Value::make_object(header.get());
        v.type = slice_;
        objects_.push_back(std::move(array));
        objects_.push_back(std::move(header));
        return v;
    }
    std::vector<std::unique_ptr<Object>> objects_;
    TypeId any_ = 0, slice_ = 0;
};

// A MethodCaller that only says how much memory the run has left.
class RoomOnly final : public MethodCaller {
  public:
    explicit RoomOnly(int64_t room) : room_(room) {}
    bool call_string_method(const Value&, int32_t, std::string&) override { return false; }
    bool has_room(int64_t bytes) const override { return bytes <= room_; }
    void value_too_deep() override { too_deep++; }
    int too_deep = 0;

  private:
    int64_t room_;
};

TEST_F(NestedSlices, PrintWholeFarDeeperThanTheHostStackWouldRecurse) {
    constexpr int kDepth = 200000;
    Value x = i(7);
    for (int n = 0; n < kDepth; n++) {
        x = slice_of({x});
    }
    EXPECT_EQ(format_value(program_, x), std::string(kDepth, '[') + "7" + std::string(kDepth, ']'));
    std::vector<Value> args = {x, x};
    EXPECT_EQ(go_sprintf(program_, "%v|%d", args).size(), size_t(4 * kDepth + 3));
}

TEST_F(NestedSlices, ASliceHoldingItselfStopsAtTheMemoryLeft) {
    // The slice's one element is the slice itself: Go's walk never ends (its stack
    // overflows); ours stops when the work list outgrows the room the run has left.
    Value self = slice_of({Value{}});
    static_cast<SliceObject*>(self.obj)->array->elems[0] = self;
    RoomOnly caller(1 << 20);
    format_value(program_, self, &caller);
    EXPECT_EQ(caller.too_deep, 1);
}

} // namespace
} // namespace golab
