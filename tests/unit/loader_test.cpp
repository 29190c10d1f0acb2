// loader_test.cpp: go run's package loader, as compile_program imitates it (lang/loader.h).
//
// Every expected text below is what `go run prog.go` of Go 1.19 printed for the same file
// (module mode, the default); the conformance suite holds the cases whose output does not
// depend on the mode or on the directory the file is in.
#include <gtest/gtest.h>

#include <string>

#include "lang/compile.h"

namespace golab {
namespace {

struct LoaderCase {
    const char* name;
    std::string source;
    const char* errors; // every line go run prints, "" when the loader takes the file
};

std::string all_errors(const CompileResult& r) {
    std::string all;
    for (const CompileError& e : r.errors) {
        all += (all.empty() ? "" : "\n") + e.text();
    }
    return all;
}

TEST(Loader, RefusesWhatGoRunsLoaderRefuses) {
    using namespace std::string_literals; // for the NUL bytes
    const std::string main_body = "func main() {}\n";
    const LoaderCase cases[] = {
        {"empty file", "", "prog.go:1:1: expected 'package', found 'EOF'"},
        {"only a comment", "// c\n", "prog.go:1:6: expected 'package', found 'EOF'"},
        {"no package name", "package\n", "prog.go:1:9: expected 'IDENT', found 'EOF'"},
        {"a name before package", "pack age main\n", "prog.go:1:1: expected 'package', found pack"},
        {"NUL in the header", "package main\n\x00import \"fmt\"\n"s + main_body,
         "go: reading prog.go: unexpected NUL in input"},
        {"NUL in an import path", "package main\nimport \"f\x00mt\"\n"s + main_body,
         "go: reading prog.go: unexpected NUL in input"},
        {"bad UTF-8 in a header comment", "// \xff\xfe x\npackage main\n" + main_body,
         "prog.go:1:4: illegal UTF-8 encoding"},
        {"bad UTF-8 in the package name", "package ma\xffin\n" + main_body,
         "prog.go:1:11: illegal UTF-8 encoding"},
        {"comment after the imports", "package main\nimport \"fmt\"\n\n/* \xff */ func main(){}\n",
         "prog.go:4:4: illegal UTF-8 encoding"},
        {"unterminated comment", "package main /* x\n", "prog.go:1:14: comment not terminated"},
        {"import without a path", "package main; import fmt\n" + main_body,
         "prog.go:1:25: expected 'STRING', found newline"},
        {"import group left open", "package main\nimport (\"fmt\"; \"os\"\n" + main_body,
         "prog.go:3:1: expected 'STRING', found 'func'"},
        {"unterminated import path", "package main\nimport \"fmt\n" + main_body,
         "prog.go:2:8: string literal not terminated"},
        {"unknown packages, by path",
         "package main\nimport \"foo\"\nimport \"bar/x\"\n" + main_body,
         "prog.go:3:8: package bar/x is not in GOROOT (/usr/lib/go-1.19/src/bar/x)\n"
         "prog.go:2:8: package foo is not in GOROOT (/usr/lib/go-1.19/src/foo)"},
        {"not package main", "package foo\nimport \"bar/x\"\n" + main_body,
         "package command-line-arguments is not a main package\n"
         "prog.go:2:8: package bar/x is not in GOROOT (/usr/lib/go-1.19/src/bar/x)"},
        {"a number for a name after a BOM", "\xef\xbb\xbfpackage 1main\n" + main_body,
         "prog.go:1:9: expected 'IDENT', found 1"},
    };
    for (const LoaderCase& c : cases) {
        CompileResult r = compile_program("./prog.go", c.source);
        EXPECT_EQ(all_errors(r), c.errors) << c.name;
        EXPECT_TRUE(r.load_failed) << c.name;
        EXPECT_EQ(r.program, nullptr) << c.name;
    }
}

TEST(Loader, LeavesTheRestToTheCompiler) {
    const LoaderCase cases[] = {
        {"BOM at the start", "\xef\xbb\xbfpackage main\nfunc main(){}\n", ""},
        {"BOM later",
         "\xef\xbb\xbfpackage main\n\xef\xbb\xbfimport \"fmt\"\nfunc main(){fmt.Println()}\n",
         "./prog.go:2:1: invalid BOM in the middle of the file"},
        {"bad UTF-8 in a comment in a body", "package main\nfunc main(){}\n/* \xff */\n",
         "./prog.go:3:4: invalid UTF-8 encoding"},
        {"syntax error in a body", "package main\nimport \"fmt\"\nfunc main(){\n",
         "./prog.go:4:1: syntax error: unexpected EOF, expecting }"},
        {"imports on one line",
         "package main\nimport \"fmt\"; import \"os\"; func main(){ "
         "fmt.Println(); os.Exit(0) }\n",
         ""},
    };
    for (const LoaderCase& c : cases) {
        CompileResult r = compile_program("./prog.go", c.source);
        EXPECT_EQ(all_errors(r), c.errors) << c.name;
        EXPECT_FALSE(r.load_failed) << c.name;
    }
}

} // namespace
} // namespace golab
