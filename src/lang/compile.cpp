// compile.cpp: compile_program, the front end's one entry point.
//
// Runs lexer and parser, then (only if they found nothing, as go build does)
// the checker, then the code generator. Errors are limited and sorted the
// way cmd/compile prints them.

#include "lang/compile.h"

#include <algorithm>

#include "lang/ast.h"
#include "lang/checker.h"
#include "lang/codegen.h"
#include "lang/parser.h"
#include "lang/types.h"
#include "vm/fuse.h"

namespace golab {

namespace {

// go build stops at the 10th error: it prints the errors so far sorted by
// position, then "too many errors" at the position of that 10th error.
constexpr size_t kMaxErrors = 10;

class ErrorList {
  public:
    explicit ErrorList(std::string file) : file_(std::move(file)) {}

    void add(Pos p, std::string msg) {
        if (stopped_)
            return;
        errors_.push_back(CompileError{file_, p.line, p.col, std::move(msg)});
        if (errors_.size() >= kMaxErrors) {
            stopped_ = true;
            last_ = p;
        }
    }
    bool empty() const { return errors_.empty(); }

    std::vector<CompileError> finish() {
        std::stable_sort(errors_.begin(), errors_.end(),
                         [](const CompileError& a, const CompileError& b) {
                             return a.line != b.line ? a.line < b.line : a.col < b.col;
                         });
        // Identical lines are printed once.
        std::vector<CompileError> out;
        for (auto& e : errors_)
            if (out.empty() || out.back().text() != e.text())
                out.push_back(e);
        if (stopped_)
            out.push_back(CompileError{file_, last_.line, last_.col, "too many errors"});
        // NOTE: go build's package loader, not the compiler, reports a missing
        // package, and it names the file without the "./" the compiler adds.
        for (auto& e : out)
            if ((e.message.find(" is not in GOROOT") != std::string::npos ||
                 e.message.rfind("expected 'package'", 0) == 0) &&
                e.file.rfind("./", 0) == 0)

                e.file = e.file.substr(2);
        return out;
    }

  private:
    std::string file_;
    std::vector<CompileError> errors_;
    bool stopped_ = false;
    Pos last_;
};

} // namespace

std::string CompileError::text() const {
    if (line <= 0)
        return message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + message;
}

CompileResult compile_program(std::string_view file_name, std::string_view source) {
    CompileResult result;
    std::string file(file_name);
    ErrorList errors(file);

    // 1. Lex and parse.
    Ast ast;
    parse_file(source, ast, [&](Pos p, std::string msg) { errors.add(p, std::move(msg)); });
    if (!errors.empty()) {
        result.errors = errors.finish();
        return result;
    }

    // 2. Check.
    TypeTable types;
    Universe universe(types);
    Checker checker(ast, types, universe, file,
                    [&](Pos p, std::string msg) { errors.add(p, std::move(msg)); });
    CheckResult checked = checker.check();
    if (!errors.empty()) {
        result.errors = errors.finish();
        return result;
    }

    // 3. Generate code.
    auto prog = std::make_shared<Program>();
    prog->file_name = file;
    prog->source = std::string(source);
    generate_program(ast, checked, types, *prog);
    fuse_instructions(*prog);
    result.program = std::move(prog);
    return result;
}

} // namespace golab
