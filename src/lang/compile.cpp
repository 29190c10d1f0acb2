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
#include "lang/loader.h"
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
        // cmd/compile drops an error that repeats the last one on its line (syntax errors
        // are limited to one per line by the parser itself).
        if (msg.rfind("syntax error", 0) != 0) {
            if (p.line == last_other_.line && msg == last_other_message_)
                return;
            last_other_ = p;
            last_other_message_ = msg;
        }
        if (!leaves_tree_whole(msg))
            tree_damaged_ = true;
        errors_.push_back(CompileError{file_, p.line, p.col, std::move(msg)});
        if (errors_.size() >= kMaxErrors) {
            stopped_ = true;
            last_ = p;
        }
    }
    bool empty() const { return errors_.empty(); }
    // Returns whether an error so far leaves the syntax tree unfit for checking. cmd/compile
    // checks types after any error that is not a syntax error; we do so only after the errors
    // of characters the source reader drops, which leave the tokens as they were.
    bool tree_damaged() const { return tree_damaged_; }

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
        return out;
    }

  private:
    // Also the parser's complaints about go and defer, after which cmd/compile checks the
    // statement as the call it should have been, and the lexer's complaints about what is
    // inside a literal: the literal is still one token (marked bad, so the checker says
    // nothing more about it), and cmd/compile checks the rest ('hello' for "hello" comes with
    // the file's other mistakes).
    static bool leaves_tree_whole(const std::string& msg) {
        auto starts = [&](std::string_view prefix) { return msg.rfind(prefix, 0) == 0; };
        auto ends = [&](std::string_view suffix) {
            return msg.size() >= suffix.size() &&
                   msg.compare(msg.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        return msg == "invalid NUL character" || msg == "invalid UTF-8 encoding" ||
               msg == "invalid BOM in the middle of the file" || starts("expression in go must ") ||
               starts("expression in defer must ") ||
               // rune and string literals
               msg == "more than one character in rune literal" ||
               msg == "empty rune literal or unescaped '" || msg == "newline in rune literal" ||
               msg == "newline in string" || msg == "unknown escape" ||
               starts("octal escape value ") || starts("escape is invalid Unicode code point") ||
               (starts("invalid character '") && ends(" escape")) ||
               // number literals
               ends(" literal has no digits") || msg == "exponent has no digits" ||
               starts("invalid digit '") || msg == "'_' must separate successive digits" ||
               starts("invalid radix point in ") || ends(" exponent requires decimal mantissa") ||
               ends(" exponent requires hexadecimal mantissa") ||
               msg == "hexadecimal mantissa requires a 'p' exponent";
    }

    std::string file_;
    std::vector<CompileError> errors_;
    bool stopped_ = false;
    bool tree_damaged_ = false;
    Pos last_;
    Pos last_other_; // the last error that is not a syntax error, and its message
    std::string last_other_message_;
};

// Returns the loader's errors for source: its first complaint about the header, else a
// package other than main and the imports Go does not have (in the order go run prints them).
std::vector<CompileError> loader_errors(std::string_view file_name, std::string_view source,
                                        const Universe& universe) {
    // NOTE: the loader names the file without the "./" the compiler adds.
    std::string file(file_name.substr(file_name.rfind("./", 0) == 0 ? 2 : 0));
    LoadedHeader header = load_header(file, source);
    if (!header.errors.empty())
        return header.errors;

    std::vector<CompileError> errors;
    if (header.package_name != "main")
        errors.push_back(
            CompileError{"", 0, 0, "package command-line-arguments is not a main package"});
    std::stable_sort(header.imports.begin(), header.imports.end(),
                     [](const HeaderImport& a, const HeaderImport& b) { return a.path < b.path; });
    for (size_t i = 0; i < header.imports.size(); i++) {
        const HeaderImport& im = header.imports[i];
        if (universe.package(im.path) || (i > 0 && header.imports[i - 1].path == im.path))
            continue;
        errors.push_back(CompileError{
            file, im.pos.line, im.pos.col,
            "package " + im.path + " is not in GOROOT (/usr/lib/go-1.19/src/" + im.path + ")"});
    }
    return errors;
}

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
    TypeTable types;
    Universe universe(types);

    // 1. What go run's package loader refuses never reaches the compiler.
    result.errors = loader_errors(file_name, source, universe);
    if (!result.errors.empty()) {
        result.load_failed = true;
        return result;
    }

    // 2. Lex and parse.
    Ast ast;
    parse_file(source, ast, [&](Pos p, std::string msg) { errors.add(p, std::move(msg)); });
    if (errors.tree_damaged()) {
        result.errors = errors.finish();
        return result;
    }

    // 3. Check.
    Checker checker(ast, types, universe, file,
                    [&](Pos p, std::string msg) { errors.add(p, std::move(msg)); });
    CheckResult checked = checker.check();
    if (!errors.empty()) {
        result.errors = errors.finish();
        return result;
    }

    // 4. Generate code.
    auto prog = std::make_shared<Program>();
    prog->file_name = file;
    prog->source = std::string(source);
    generate_program(ast, checked, types, *prog);
    fuse_instructions(*prog);
    result.program = std::move(prog);
    return result;
}

} // namespace golab
