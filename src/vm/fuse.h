// fuse.h: the peephole pass that gives the VM superinstructions.
//
// The compiler's bytecode stays as it is (tests and the disassembler read it);
// the pass writes Function::fused, a copy in which the first instruction of a
// hot sequence (load two locals, compare and branch, add a constant to a local)
// becomes one opcode that does the whole sequence with one dispatch.
#pragma once

#include "vm/program.h"

namespace golab {

// Fills Function::fused for every function of program.
void fuse_instructions(Program& program);

} // namespace golab
