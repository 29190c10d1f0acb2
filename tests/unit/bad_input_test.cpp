// bad_input_test.cpp: sources of any size and content through the front end.
//
// Whatever a learner pastes, compile_program must come back with a Program or with errors in
// Go's shape, quickly and without crashing the page. Expected texts are what Go 1.19 prints
// for the same input (the conformance suite's bad_*.go hold the small cases with Go's full
// output). Inputs the fuzzer (./build.sh fuzz) found are kept at the end.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "lang/compile.h"

namespace golab {
namespace {

// Compiles source and checks the one-of-two outcome every input must have.
CompileResult compile(const std::string& source) {
    CompileResult r = compile_program("prog.go", source);
    EXPECT_NE(r.program == nullptr, r.errors.empty());
    for (const CompileError& e : r.errors) {
        EXPECT_FALSE(e.message.empty());
    }
    return r;
}

std::string first_error(const CompileResult& r) {
    return r.errors.empty() ? std::string("(no errors)") : r.errors.front().text();
}

TEST(BadInput, OneMegabyteSourceCompilesQuickly) {
    // 40,000 statements in one function, over 1 MB in all.
    std::string source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ttotal := 0\n";
    int lines = 0;
    while (source.size() < (1u << 20)) {
        source += "\ttotal += " + std::to_string(lines % 7) + " // filler to widen the line\n";
        lines++;
    }
    source += "\tfmt.Println(total)\n}\n";

    auto t0 = std::chrono::steady_clock::now();
    CompileResult r = compile(source);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_TRUE(r.errors.empty()) << first_error(r);
    EXPECT_LT(seconds, 20.0) << "a 1 MB source took " << seconds << " s";
}

TEST(BadInput, DeepNestingIsAnErrorNotACrash) {
    // 10,000 parentheses (Go compiles it; we refuse it cleanly), and far deeper ones.
    for (int depth : {10000, 100000}) {
        std::string source = "package main\n\nfunc main() {\n\tx := " + std::string(depth, '(') +
                             "1" + std::string(depth, ')') + "\n\t_ = x\n}\n";
        CompileResult r = compile(source);
        ASSERT_FALSE(r.errors.empty()) << depth;
        EXPECT_NE(r.errors.front().message.find("not supported yet: nesting deeper than"),
                  std::string::npos)
            << first_error(r);
    }
    std::string blocks = "package main\n\nfunc main() {\n" + std::string(100000, '{') +
                         std::string(100000, '}') + "\n}\n";
    EXPECT_FALSE(compile(blocks).errors.empty());
    std::string unclosed = "package main\n\nfunc main() {\n\tx := " + std::string(100000, '[');
    EXPECT_FALSE(compile(unclosed).errors.empty());
}

TEST(BadInput, StrayCharactersByTheMillionAreHandledInALoop) {
    // Each stray character is reported and skipped; a recursive skip overflowed the stack.
    for (char stray : {'@', '\0', '\xff'}) {
        std::string source =
            "package main\n\nfunc main() {\n" + std::string(1000000, stray) + "\n}\n";
        EXPECT_FALSE(compile(source).errors.empty()) << int(stray);
    }
}

struct BadCase {
    const char* name;
    std::string source;
    const char* errors; // every error, as Go 1.19 prints them for this file
};

TEST(BadInput, BrokenSourcesGetGosErrors) {
    const std::string head = "package main\n\nfunc main() {\n";
    const BadCase cases[] = {
        {"NUL", head + "\t_ = 1 " + std::string(1, '\0') + "\n}\n",
         "prog.go:4:8: invalid NUL character"},
        {"invalid UTF-8", head + "\t_ = 1 \xff\n}\n", "prog.go:4:8: invalid UTF-8 encoding"},
        {"unterminated string", head + "\t_ = \"abc\n}\n", "prog.go:4:10: newline in string"},
        {"unterminated raw string", head + "\t_ = `abc\n}\n", "prog.go:4:6: string not terminated"},
        {"unterminated comment", head + "}\n/* open", "prog.go:5:1: comment not terminated"},
        {"unterminated rune", head + "\t_ = 'a\n}\n", "prog.go:4:8: newline in rune literal"},
    };
    for (const BadCase& c : cases) {
        std::string all;
        for (const CompileError& e : compile(c.source).errors) {
            all += (all.empty() ? "" : "\n") + e.text();
        }
        EXPECT_EQ(all, c.errors) << c.name;
    }
}

TEST(BadInput, EveryByteValueAndRandomBytesAreHandled) {
    for (int b = 0; b < 256; b++) {
        std::string source = "package main\n\nfunc main() {\n\t";
        source += static_cast<char>(b);
        source += "\n}\n";
        compile(source);
    }
    // Fixed seeds: the same inputs every run.
    std::mt19937 rng(20261204);
    for (int i = 0; i < 200; i++) {
        std::string source(rng() % 4096, '\0');
        for (char& c : source) {
            c = static_cast<char>(rng() & 0xFF);
        }
        compile(source);
        compile("package main\n\nfunc main() {\n" + source + "\n}\n");
    }
}

} // namespace
} // namespace golab
