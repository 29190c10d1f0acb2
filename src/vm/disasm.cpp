// disasm.cpp: bytecode listing (see disasm.h). Names come from the opcode list.
#include "vm/disasm.h"

#include <cstdio>

namespace golab {

std::string disassemble(const Program& program) {
    std::string out;
    char buf[160];
    for (size_t f = 0; f < program.functions.size(); f++) {
        const Function& fn = program.functions[f];
        std::snprintf(buf, sizeof buf, "func %s (#%zu, params %d, results %d, locals %d)\n",
                      fn.name.c_str(), f, fn.num_params, fn.num_results, fn.num_locals);
        out += buf;
        for (size_t pc = 0; pc < fn.code.size(); pc++) {
            const Instr& in = fn.code[pc];
            int line = pc < fn.lines.size() ? fn.lines[pc] : 0;
            std::snprintf(buf, sizeof buf, "  %4zu  line %-4d %-12s %d %d", pc, line,
                          op_name(in.op), in.a, in.b);
            out += buf;
            if (in.op == Op::CallNative) {
                out += "  ; ";
                out += native_go_name(static_cast<NativeId>(in.a));
            } else if ((in.op == Op::Call || in.op == Op::Go) && in.a >= 0 &&
                       in.a < static_cast<int32_t>(program.functions.size())) {
                out += "  ; ";
                out += program.functions[in.a].name;
            } else if ((in.op == Op::Box || in.op == Op::Zero) && in.a > 0 &&
                       in.a < static_cast<int32_t>(program.types.size())) {
                out += "  ; ";
                out += program.types[in.a].name;
            }
            out += '\n';
        }
    }
    return out;
}

} // namespace golab
