// loader.h: what `go run`'s package loader finds wrong before the compiler sees a file.
//
// go run first reads the top of a file (the package clause and the imports) through go/build
// and go/parser, and only then hands the file to the compiler. What the loader refuses is
// worded as go/parser words it ("expected 'package', found 'EOF'", "illegal UTF-8 encoding"),
// is printed without the "# command-line-arguments" line and without the "./" before the file
// name, only the first error shows, and go run exits with 1 instead of 2. This file imitates
// that first step; compile_program runs it before the lexer and parser of lexer.cpp and
// parser.cpp, which word their errors as the compiler does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/compile.h"
#include "lang/token.h"

namespace golab {

struct HeaderImport {
    std::string path; // unquoted
    Pos pos;          // of the quoted path
};

struct LoadedHeader {
    std::vector<CompileError> errors; // at most one: go run shows the loader's first error only
    std::string package_name;
    std::vector<HeaderImport> imports;
};

// Reads the package clause and imports of source as go run's loader does; file is the name
// its errors print ("prog.go").
LoadedHeader load_header(std::string_view file, std::string_view source);

} // namespace golab
