// disasm.h: a readable listing of compiled bytecode, for tests and debugging.
#pragma once

#include <string>

#include "vm/program.h"

namespace golab {

// Returns one line per instruction, grouped by function:
//   func main.main (params 0, locals 2)
//     0  line 12  Const 0
std::string disassemble(const Program& program);

} // namespace golab
