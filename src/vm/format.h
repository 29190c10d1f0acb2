// format.h: Go's text forms of values, as fmt, strconv and time print them.
//
// Every function here is pure: it takes values with their run-time types and
// returns bytes, exactly what Go 1.19 would produce. fmt's natives and the
// runtime's panic messages are built on it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "vm/program.h"
#include "vm/value.h"

namespace golab {

// Returns d as time.Duration.String does: "1.881202669s", "523.1ms", "0s", "1h2m3s".
std::string format_duration(int64_t d);

// Returns v as strconv.FormatFloat(v, fmt, prec, bits) does, for fmt 'e', 'f',
// 'g' (and 'E', 'G'); prec -1 means the shortest text that reads back exactly.
std::string format_float(double v, char fmt, int prec, int bits);
// strconv.FormatFloat's 'b' and 'x'/'X' forms of a finite f (lib_strconv.cpp).
std::string format_float_binary(double f, int bits);
std::string format_float_hex(double f, char fmt, int64_t prec, int bits);

// Returns s as strconv.Quote does.
std::string quote_string(std::string_view s);

// Returns the bytes of a string value (a nil string value is "").
std::string_view string_bytes(const Value& v);

// Natives that nest (fmt running a String method that prints again, sort calling a less
// function that sorts) run on the host's stack, which a browser worker keeps small: 2 MB of
// WebAssembly stack per thread, about 1 MB of V8's. Measured under node, one String method
// that fmt runs costs about 2.2 KB of it (a worker died between 900 and 1,000 such calls),
// counted here as 14 units of 160 bytes. A goroutine may nest 2,500 units, about 400 KB;
// deeper, the run ends with Go's stack overflow fatal error, as Go's own stack runs out for
// the programs that get there. (fmt's walk of a value itself keeps its levels on the heap.)
constexpr int kMaxHostNesting = 2500;
constexpr int kMethodCallNesting = 14;

// How many levels of a nested value fmt follows before the run ends with Go's stack
// overflow fatal error. Go's walk costs about 1 KB of its 1 GB goroutine stack per level of
// nested []interface{} (measured with Go 1.19: a 64 MB stack held 65,000 levels but not
// 70,000), so Go overflows past 1,000,000 levels; ours costs about 100 bytes of heap a
// level. Only a value that holds itself gets that deep.
constexpr size_t kMaxPrintDepth = 1000000;

// Runs a compiled String() or Error() method for fmt (the VM implements it).
class MethodCaller {
  public:
    virtual ~MethodCaller() = default;
    // Calls functions[fn] on receiver recv and returns its string result in
    // out; false when the call panicked (then formatting stops).
    virtual bool call_string_method(const Value& recv, int32_t fn, std::string& out) = 0;
    // What a String or Error method that fmt ran did.
    enum class Outcome {
        Returned, // out holds its result
        Panicked, // fmt caught its panic: out holds the panic value as %v prints it
        Failed,   // the run ends (a fatal error, or a panic fmt does not catch)
        Stopped,  // the method parked or the host stack is full: printing stops, to go again
    };
    // Calls functions[fn] on recv as fmt does, which catches a panic in the method. By
    // default no panic is caught.
    // depth: how many levels of nesting the printer calling has open (see kMaxHostNesting).
    virtual Outcome call_format_method(const Value& recv, int32_t fn, int depth, std::string& out) {
        (void)depth;
        return call_string_method(recv, fn, out) ? Outcome::Returned : Outcome::Failed;
    }
    // Returns the levels of nesting already open below the printer about to start.
    virtual int nesting() const { return 0; }
    // Whether the run has room for `bytes` more of memory (a deep walk's work list).
    virtual bool has_room(int64_t bytes) const {
        (void)bytes;
        return true;
    }
    // Told when a value nests deeper than printing follows (a map that holds itself): Go's
    // own walk runs out of stack there, so the caller ends the run with that fatal error.
    virtual void value_too_deep() {}
    // Returns the Unix time in ns when the program clock read 0, to print time.Now's
    // readings as dates (vm/go_time.h).
    virtual int64_t wall_epoch_ns() const { return 0; }
};

// fmt.Sprint, fmt.Sprintln and fmt.Sprintf over interface values (each
// Value's type field says its dynamic type). Without a caller, String and
// Error methods written in Go are not called.
std::string go_sprint(const Program& program, std::span<const Value> args,
                      MethodCaller* caller = nullptr);
std::string go_sprintln(const Program& program, std::span<const Value> args,
                        MethodCaller* caller = nullptr);
// What fmt.Errorf's %w found: the index of the operand it wraps, -1 for none.
struct ErrorfWrap {
    bool allowed = true;
    int index = -1;
};
std::string go_sprintf(const Program& program, std::string_view format, std::span<const Value> args,
                       MethodCaller* caller = nullptr, ErrorfWrap* wrap = nullptr);

// Returns the address fmt prints for a pointer, channel, map, slice or function value (0 for
// nil), or for a struct or array object: a stand-in of the shape Go's addresses have.
uint64_t value_address_of(const Value& v);

// Returns the %v text of one interface value.
std::string format_value(const Program& program, const Value& v, MethodCaller* caller = nullptr);

} // namespace golab
