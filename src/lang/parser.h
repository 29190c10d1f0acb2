// parser.h: Go's grammar (the spec's productions) from tokens to an Ast.
//
// The parser accepts all of Go 1.19's syntax, including what the checker
// later refuses as "not supported yet", so the tree is ready for the whole
// language. Syntax errors use Go's wording; like go build, at most one
// syntax error is kept per line, and an error at EOF after an earlier error
// is dropped as a follow-on.
#pragma once

#include <string_view>

#include "lang/ast.h"
#include "lang/lexer.h"

namespace golab {

// Parses one source file into ast. Errors go to on_error (lexical ones too).
void parse_file(std::string_view source, Ast& ast, const ErrorSink& on_error);

} // namespace golab
