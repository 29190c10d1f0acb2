// library.h: the pure library functions (strings, strconv, math, unicode, unicode/utf8, sort),
// listed once with their Go signatures.
//
// Unlike the natives in natives.h these never touch the scheduler: they take values and
// give values (or a panic). The checker builds each one's type by reading the signature
// text below (src/lang/library_decls.cpp); the VM runs them through call_library(). Their
// NativeId numbers follow the core natives', so one CallNative opcode reaches both.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "vm/natives.h"
#include "vm/value.h"

namespace golab {

// clang-format off
#define GOLAB_LIBRARY(X)                                                                          \
    X(StringsContains,      "strings.Contains",      "func(s, substr string) bool")           \
    X(StringsContainsRune,  "strings.ContainsRune",  "func(s string, r rune) bool")           \
    X(StringsHasPrefix,     "strings.HasPrefix",     "func(s, prefix string) bool")           \
    X(StringsHasSuffix,     "strings.HasSuffix",     "func(s, suffix string) bool")           \
    X(StringsIndex,         "strings.Index",         "func(s, substr string) int")            \
    X(StringsIndexByte,     "strings.IndexByte",     "func(s string, c byte) int")            \
    X(StringsLastIndex,     "strings.LastIndex",     "func(s, substr string) int")            \
    X(StringsSplit,         "strings.Split",         "func(s, sep string) []string")          \
    X(StringsFields,        "strings.Fields",        "func(s string) []string")               \
    X(StringsJoin,          "strings.Join",          "func(elems []string, sep string) string") \
    X(StringsRepeat,        "strings.Repeat",        "func(s string, count int) string")      \
    X(StringsReplace,       "strings.Replace",       "func(s, old, new string, n int) string") \
    X(StringsReplaceAll,    "strings.ReplaceAll",    "func(s, old, new string) string")       \
    X(StringsToUpper,       "strings.ToUpper",       "func(s string) string")                 \
    X(StringsToLower,       "strings.ToLower",       "func(s string) string")                 \
    X(StringsTrimSpace,     "strings.TrimSpace",     "func(s string) string")                 \
    X(StringsTrim,          "strings.Trim",          "func(s, cutset string) string")         \
    X(StringsTrimLeft,      "strings.TrimLeft",      "func(s, cutset string) string")         \
    X(StringsTrimRight,     "strings.TrimRight",     "func(s, cutset string) string")         \
    X(StringsTrimPrefix,    "strings.TrimPrefix",    "func(s, prefix string) string")         \
    X(StringsTrimSuffix,    "strings.TrimSuffix",    "func(s, suffix string) string")         \
    X(StringsEqualFold,     "strings.EqualFold",     "func(s, t string) bool")                \
    X(StringsCount,         "strings.Count",         "func(s, substr string) int")            \
    X(StringsSplitN,        "strings.SplitN",        "func(s, sep string, n int) []string")   \
    X(StringsSplitAfter,    "strings.SplitAfter",    "func(s, sep string) []string")          \
    X(StringsSplitAfterN,   "strings.SplitAfterN",   "func(s, sep string, n int) []string")   \
    X(StringsCut,           "strings.Cut",                                                     \
      "func(s, sep string) (before, after string, found bool)")                                 \
    X(StringsTitle,         "strings.Title",         "func(s string) string")                 \
    X(StringsToTitle,       "strings.ToTitle",       "func(s string) string")                 \
    X(StringsIndexAny,      "strings.IndexAny",      "func(s, chars string) int")             \
    X(StringsIndexRune,     "strings.IndexRune",     "func(s string, r rune) int")            \
    X(StringsLastIndexAny,  "strings.LastIndexAny",  "func(s, chars string) int")             \
    X(StringsLastIndexByte, "strings.LastIndexByte", "func(s string, c byte) int")            \
    X(StringsContainsAny,   "strings.ContainsAny",   "func(s, chars string) bool")            \
    X(StringsCompare,       "strings.Compare",       "func(a, b string) int")                 \
    X(StrconvItoa,          "strconv.Itoa",          "func(i int) string")                    \
    X(StrconvFormatInt,     "strconv.FormatInt",     "func(i int64, base int) string")        \
    X(StrconvQuote,         "strconv.Quote",         "func(s string) string")                 \
    X(StrconvQuoteRune,     "strconv.QuoteRune",     "func(r rune) string")                   \
    X(StrconvQuoteToASCII,  "strconv.QuoteToASCII",  "func(s string) string")                 \
    X(StrconvQuoteRuneToASCII, "strconv.QuoteRuneToASCII", "func(r rune) string")             \
    X(StrconvFormatBool,    "strconv.FormatBool",    "func(b bool) string")                   \
    X(StrconvFormatUint,    "strconv.FormatUint",    "func(i uint64, base int) string")       \
    X(StrconvFormatFloat,   "strconv.FormatFloat",                                             \
      "func(f float64, fmt byte, prec, bitSize int) string")                                    \
    X(UnicodeIsDigit,       "unicode.IsDigit",       "func(r rune) bool")                     \
    X(UnicodeIsNumber,      "unicode.IsNumber",      "func(r rune) bool")                     \
    X(UnicodeIsLetter,      "unicode.IsLetter",      "func(r rune) bool")                     \
    X(UnicodeIsSpace,       "unicode.IsSpace",       "func(r rune) bool")                     \
    X(UnicodeIsUpper,       "unicode.IsUpper",       "func(r rune) bool")                     \
    X(UnicodeIsLower,       "unicode.IsLower",       "func(r rune) bool")                     \
    X(UnicodeIsTitle,       "unicode.IsTitle",       "func(r rune) bool")                     \
    X(UnicodeIsPunct,       "unicode.IsPunct",       "func(r rune) bool")                     \
    X(UnicodeIsControl,     "unicode.IsControl",     "func(r rune) bool")                     \
    X(UnicodeIsPrint,       "unicode.IsPrint",       "func(r rune) bool")                     \
    X(UnicodeIsGraphic,     "unicode.IsGraphic",     "func(r rune) bool")                     \
    X(UnicodeToUpper,       "unicode.ToUpper",       "func(r rune) rune")                     \
    X(UnicodeToLower,       "unicode.ToLower",       "func(r rune) rune")                     \
    X(UnicodeToTitle,       "unicode.ToTitle",       "func(r rune) rune")                     \
    X(MathSqrt,             "math.Sqrt",             "func(x float64) float64")               \
    X(MathPow,              "math.Pow",              "func(x, y float64) float64")            \
    X(MathAbs,              "math.Abs",              "func(x float64) float64")               \
    X(MathFloor,            "math.Floor",            "func(x float64) float64")               \
    X(MathCeil,             "math.Ceil",             "func(x float64) float64")               \
    X(MathTrunc,            "math.Trunc",            "func(x float64) float64")               \
    X(MathRound,            "math.Round",            "func(x float64) float64")               \
    X(MathMax,              "math.Max",              "func(x, y float64) float64")            \
    X(MathMin,              "math.Min",              "func(x, y float64) float64")            \
    X(MathMod,              "math.Mod",              "func(x, y float64) float64")            \
    X(MathLog,              "math.Log",              "func(x float64) float64")               \
    X(MathExp,              "math.Exp",              "func(x float64) float64")               \
    X(MathSin,              "math.Sin",              "func(x float64) float64")               \
    X(MathCos,              "math.Cos",              "func(x float64) float64")               \
    X(MathTan,              "math.Tan",              "func(x float64) float64")               \
    X(MathAtan,             "math.Atan",             "func(x float64) float64")               \
    X(MathInf,              "math.Inf",              "func(sign int) float64")                \
    X(MathNaN,              "math.NaN",              "func() float64")                        \
    X(MathIsNaN,            "math.IsNaN",            "func(f float64) (is bool)")             \
    X(MathIsInf,            "math.IsInf",            "func(f float64, sign int) bool")        \
    X(MathCopysign,         "math.Copysign",         "func(f, sign float64) float64")         \
    X(MathSignbit,          "math.Signbit",          "func(x float64) bool")                  \
    X(MathRoundToEven,      "math.RoundToEven",      "func(x float64) float64")               \
    X(MathAsin,             "math.Asin",             "func(x float64) float64")               \
    X(MathAcos,             "math.Acos",             "func(x float64) float64")               \
    X(MathAtan2,            "math.Atan2",            "func(y, x float64) float64")            \
    X(MathSinh,             "math.Sinh",             "func(x float64) float64")               \
    X(MathCosh,             "math.Cosh",             "func(x float64) float64")               \
    X(MathTanh,             "math.Tanh",             "func(x float64) float64")               \
    X(MathCbrt,             "math.Cbrt",             "func(x float64) float64")               \
    X(MathLog10,            "math.Log10",            "func(x float64) float64")               \
    X(MathLog2,             "math.Log2",             "func(x float64) float64")               \
    X(MathHypot,            "math.Hypot",            "func(p, q float64) float64")            \
    X(MathLog1p,            "math.Log1p",            "func(x float64) float64")               \
    X(MathExpm1,            "math.Expm1",            "func(x float64) float64")               \
    X(MathExp2,             "math.Exp2",             "func(x float64) float64")               \
    X(MathAsinh,            "math.Asinh",            "func(x float64) float64")               \
    X(MathAcosh,            "math.Acosh",            "func(x float64) float64")               \
    X(MathAtanh,            "math.Atanh",            "func(x float64) float64")               \
    X(MathPow10,            "math.Pow10",            "func(n int) float64")                   \
    X(MathFrexp,            "math.Frexp",            "func(f float64) (frac float64, exp int)") \
    X(MathLdexp,            "math.Ldexp",            "func(frac float64, exp int) float64")   \
    X(MathModf,             "math.Modf",                                                      \
      "func(f float64) (int float64, frac float64)")                                             \
    X(MathRemainder,        "math.Remainder",        "func(x, y float64) float64")            \
    X(MathDim,              "math.Dim",              "func(x, y float64) float64")            \
    X(MathNextafter,        "math.Nextafter",        "func(x, y float64) (r float64)")        \
    X(MathLogb,             "math.Logb",             "func(x float64) float64")               \
    X(MathIlogb,            "math.Ilogb",            "func(x float64) int")                   \
    X(MathFloat64bits,      "math.Float64bits",      "func(f float64) uint64")                \
    X(MathFloat64frombits,  "math.Float64frombits",  "func(b uint64) float64")                \
    X(MathFloat32bits,      "math.Float32bits",      "func(f float32) uint32")                \
    X(MathFloat32frombits,  "math.Float32frombits",  "func(b uint32) float32")                \
    X(Utf8RuneLen,          "unicode/utf8.RuneLen",  "func(r rune) int")                      \
    X(Utf8RuneCountInString, "unicode/utf8.RuneCountInString", "func(s string) (n int)")      \
    X(Utf8DecodeRuneInString, "unicode/utf8.DecodeRuneInString",                              \
      "func(s string) (r rune, size int)")                                                       \
    X(Utf8ValidString,      "unicode/utf8.ValidString", "func(s string) bool")                \
    X(SortInts,             "sort.Ints",             "func(x []int)")                         \
    X(SortStrings,          "sort.Strings",          "func(x []string)")                      \
    X(SortFloat64s,         "sort.Float64s",         "func(x []float64)")                     \
    X(SortIntsAreSorted,    "sort.IntsAreSorted",    "func(x []int) bool")                    \
    X(SortStringsAreSorted, "sort.StringsAreSorted", "func(x []string) bool")                 \
    X(SortFloat64sAreSorted, "sort.Float64sAreSorted", "func(x []float64) bool")              \
    X(SortSearchStrings,    "sort.SearchStrings",    "func(a []string, x string) int")        \
    X(SortSearchFloat64s,   "sort.SearchFloat64s",   "func(a []float64, x float64) int")
// clang-format on

enum class LibraryId : int32_t {
#define GOLAB_LIBRARY_ENUM(name, go_name, signature) name,
    GOLAB_LIBRARY(GOLAB_LIBRARY_ENUM)
#undef GOLAB_LIBRARY_ENUM
        Count_
};

// Returns the NativeId a CallNative instruction carries for a library function.
inline int32_t library_native_id(LibraryId id) {
    return static_cast<int32_t>(NativeId::Count_) + static_cast<int32_t>(id);
}

// Returns whether a NativeId names a library function, and which one.
inline bool is_library_native(NativeId id) {
    return id >= NativeId::Count_;
}
inline LibraryId library_id(NativeId id) {
    return static_cast<LibraryId>(static_cast<int32_t>(id) -
                                  static_cast<int32_t>(NativeId::Count_));
}

// Returns the Go name ("strings.Contains") or the signature text of a library function.
const char* library_go_name(LibraryId id);
const char* library_signature(LibraryId id);

class RuntimeHooks;

// One call of a library function: its arguments in, its results or its panic out.
struct LibraryCall {
    std::span<const Value> args;
    RuntimeHooks& hooks;        // for heap objects only
    std::vector<Value> results; // in Go's order
    std::string panic;          // set (and results ignored) when Go would panic

    Value make_string(std::string s) const;
    // Returns a new []string holding items (a non-nil slice even when empty, as Go's
    // strings functions return).
    Value make_string_slice(const std::vector<std::string>& items) const;
    // Returns the elements of a slice argument (none for a nil slice).
    std::span<Value> slice_elems(const Value& v) const;
    std::string_view string_arg(size_t i) const;
};

// Runs a library function: its results or its panic end up in call.
void call_library(LibraryId id, LibraryCall& call);

// Per-package halves of call_library; each returns false for an id it does not own.
bool call_strings(LibraryId id, LibraryCall& call);
bool call_strconv(LibraryId id, LibraryCall& call);
bool call_unicode(LibraryId id, LibraryCall& call);
bool call_math(LibraryId id, LibraryCall& call);

} // namespace golab
