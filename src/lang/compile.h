// compile.h: the front end's one entry point, Go source text in, Program out.
//
// Lexing, parsing, checking and code generation all happen behind this call.
// It knows nothing of threads and never prints: errors come back as values in
// Go's own wording and order.
//
// What runs today: package main with imports of fmt, time, math/rand and sync
// (the members natives.h lists); package-level var and const (iota, typed and
// untyped constants with exact arithmetic) initialised in Go's dependency
// order, func init; functions with parameters, variadic and named results;
// var, :=, =, op=, ++/--, tuple assignment; if/else, for (all three forms),
// switch with fallthrough, range over slices and channels, labeled
// break/continue; bool, all integer sizes, float32/64, string, []T, any;
// channels, select, sync.WaitGroup and sync.Mutex (values and pointers), go.
// The parser reads all of Go 1.19; the rest (maps, structs, methods, closures,
// pointers, defer, panic, type switches, generics...) is refused with
// "prog.go:line:col: not supported yet: <what>", never compiled wrongly.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vm/program.h"

namespace golab {

struct CompileError {
    std::string file; // "prog.go"
    int line = 0;     // 1-based
    int col = 0;      // 1-based, in bytes, as Go counts columns
    std::string message;

    // Returns the error as Go prints it: "prog.go:19:2: undefined: t0".
    std::string text() const;
};

struct CompileResult {
    std::shared_ptr<const Program> program; // null when there are errors
    // In source order, at most 10; when go build would stop, an 11th entry
    // reads "too many errors" at the position of the 10th error reported
    // (Go 1.19 prints "prog.go:12:2: too many errors"). An error with line 0
    // has no position and text() prints the message alone.
    std::vector<CompileError> errors;
    // The errors are the package loader's, not the compiler's (see loader.h): go run prints
    // them without the "# command-line-arguments" line and exits with 1.
    bool load_failed = false;
};

// Compiles one Go source file (package main) into a Program.
CompileResult compile_program(std::string_view file_name, std::string_view source);

} // namespace golab
