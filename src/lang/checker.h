// checker.h: Go's type checker for one file of package main.
//
// Resolves names through the scopes (universe, package, file imports,
// function, blocks), gives every expression a type and, for constants, an
// exact value, and reports Go 1.19's errors with its text and position.
// What the VM cannot run yet is refused as "not supported yet: <what>".
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/types.h"

namespace golab {

// Receives each error in the order the checker finds it (go build's limit
// and sorting happen in compile_program).
using CheckErrorSink = std::function<void(Pos, std::string)>;

struct CheckResult {
    std::vector<Entity*> globals;       // package-level variables; slot = index
    std::vector<ValueSpec*> init_order; // package-level var specs, in Go's init order
    std::vector<FuncDecl*> functions;   // functions to compile; Entity::function = index
    std::vector<FuncDecl*> init_funcs;  // func init() bodies, in source order
    FuncDecl* main = nullptr;
    Entity* os_args = nullptr; // os.Args, a global of its own once the program names it
};

class Checker {
  public:
    Checker(Ast& ast, TypeTable& types, Universe& universe, std::string file_name,
            CheckErrorSink sink);
    ~Checker();

    // Checks the whole file; returns what the compiler needs.
    CheckResult check();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace golab
