// fuzz_frontend.cpp: a libFuzzer target that compiles arbitrary bytes as a Go source file.
//
// Lexer, parser, checker and code generator must turn any input into either a Program or a
// list of Go-style errors: no crash, no hang, no sanitizer report. ./build.sh fuzz runs it,
// seeded with the golden and conformance programs; what it finds becomes a test in
// tests/unit/bad_input_test.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lang/compile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    golab::CompileResult result = golab::compile_program("prog.go", source);

    // Exactly one of the two outcomes, and every error has Go's shape.
    if ((result.program == nullptr) == result.errors.empty()) {
        __builtin_trap();
    }
    for (const golab::CompileError& e : result.errors) {
        if (e.message.empty() || e.text().empty()) {
            __builtin_trap();
        }
    }
    return 0;
}
