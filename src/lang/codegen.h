// codegen.h: turns a checked Ast into bytecode, as program.h and opcodes.h
// describe it.
//
// Runs only on a file the checker accepted without errors, so it trusts
// every type and constant the checker wrote into the tree.
#pragma once

#include "lang/ast.h"
#include "lang/checker.h"
#include "vm/program.h"

namespace golab {

// Fills prog (functions, types, constants, globals, init and main) from the
// checked file.
void generate_program(const Ast& ast, const CheckResult& checked, TypeTable& types, Program& prog);

} // namespace golab
