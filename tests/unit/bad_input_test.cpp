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

TEST(BadInput, DeepChainsCompileAsGoDoes) {
    // Parentheses, unary operators, left-deep binary operators and blocks are parsed,
    // checked and compiled without recursion: Go builds these, and so do we.
    for (int depth : {10000, 100000}) {
        const std::string head = "package main\n\nfunc main() {\n";
        std::string parens = head + "\tx := " + std::string(depth, '(') + "1" +
                             std::string(depth, ')') + "\n\t_ = x\n}\n";
        std::string negations = head + "\tv := 2\n\tx := ";
        for (int i = 0; i < depth; i++)
            negations += "-(";
        negations += "v" + std::string(depth, ')') + "\n\t_ = x\n}\n";
        std::string sum = head + "\tv := 1\n\tx := v";
        for (int i = 0; i < depth; i++)
            sum += "+v";
        sum += "\n\t_ = x\n}\n";
        std::string blocks =
            head + std::string(depth, '{') + "x := 1\n_ = x\n" + std::string(depth, '}') + "\n}\n";
        for (const std::string* source : {&parens, &negations, &sum, &blocks}) {
            CompileResult r = compile(*source);
            EXPECT_TRUE(r.errors.empty()) << depth << ": " << first_error(r);
            EXPECT_TRUE(r.program) << depth;
        }
    }
}

TEST(BadInput, DeepNestingThatRecursesIsAnErrorNotACrash) {
    // Shapes the checker and compiler still recurse over are refused cleanly.
    const std::string head = "package main\n\nfunc f(x int) int { return x }\n\nfunc main() {\n";
    auto nest = [](const char* open, const char* inner, const char* close, int depth) {
        std::string s;
        for (int i = 0; i < depth; i++)
            s += open;
        s += inner;
        for (int i = 0; i < depth; i++)
            s += close;
        return s;
    };
    const std::string cases[] = {
        head + "\tx := " + nest("f(", "0", ")", 10000) + "\n\t_ = x\n}\n",
        head + "\ta := []int{0}\n\tx := " + nest("a[", "0", "]", 10000) + "\n\t_ = x\n}\n",
        head + "\tx := " + nest("1+(", "1", ")", 10000) + "\n\t_ = x\n}\n",
        head + "\tx := 0\n" + nest("if x >= 0 { x++\n", "", "}\n", 10000) + "}\n",
        head + "\tx := 0\n" + nest("{ x++\n", "", "}\n", 100000) + "}\n",
        head + "\tx := " + nest("func() int { return ", "1", " }()", 10000) + "\n\t_ = x\n}\n",
    };
    for (const std::string& source : cases) {
        CompileResult r = compile(source);
        ASSERT_FALSE(r.errors.empty()) << source.substr(0, 120);
        EXPECT_NE(r.errors.front().message.find("not supported yet: nesting deeper than"),
                  std::string::npos)
            << first_error(r);
    }
    std::string unclosed = "package main\n\nfunc main() {\n\tx := " + std::string(100000, '[');
    EXPECT_FALSE(compile(unclosed).errors.empty());
    std::string unclosed_parens =
        "package main\n\nfunc main() {\n\tx := " + std::string(100000, '(') + "1\n}\n";
    EXPECT_FALSE(compile(unclosed_parens).errors.empty());
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
