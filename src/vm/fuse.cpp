// fuse.cpp: the superinstruction pass (see fuse.h).
//
// NOTE: a superinstruction only replaces the opcode of the first instruction of
// its sequence; the others stay in place behind it, unchanged. So jumps into
// the middle of a sequence, the line table and every pc mean what they meant,
// and a slice whose budget ends inside a sequence runs the plain instructions.
#include "vm/fuse.h"

namespace golab {
namespace {

// Integer kinds whose values need no wrapping after an add (64 bits wide) and that compare
// as signed numbers.
bool is_int64(int32_t kind) {
    return IntKind(kind) == IntKind::Int || IntKind(kind) == IntKind::Int64;
}

bool is_int_const(const Program& p, const Instr& in) {
    return in.op == Op::Const && p.constants[static_cast<size_t>(in.a)].kind == ValueKind::Int;
}

// The integer operations whose superinstructions need no panic path.
bool is_plain_int_op(Op op) {
    return op == Op::AddInt || op == Op::SubInt || op == Op::MulInt;
}

bool is_float_const(const Program& p, const Instr& in) {
    return in.op == Op::Const && p.constants[static_cast<size_t>(in.a)].kind == ValueKind::Float;
}

// Float arithmetic never panics (a division by zero gives an infinity or NaN).
bool is_float_op(Op op) {
    return op == Op::AddFloat || op == Op::SubFloat || op == Op::MulFloat || op == Op::DivFloat;
}

bool is_float_order(Op op) {
    return op == Op::LtFloat || op == Op::LeFloat || op == Op::GtFloat || op == Op::GeFloat;
}

// Returns LtLocalConstJump or LtLocalLocalJump when that sequence starts at code[pc], else Nop.
Op compare_jump_at(const Program& p, const std::vector<Instr>& code, size_t pc) {
    if (code.size() - pc < 4 || code[pc].op != Op::LoadLocal) {
        return Op::Nop;
    }
    const Instr &i1 = code[pc + 1], &i2 = code[pc + 2], &i3 = code[pc + 3];
    if (i2.op != Op::LtInt || !is_int64(i2.b) || i3.op != Op::JumpIfFalse) {
        return Op::Nop;
    }
    if (is_int_const(p, i1)) {
        return Op::LtLocalConstJump;
    }
    return i1.op == Op::LoadLocal ? Op::LtLocalLocalJump : Op::Nop;
}

// Returns the superinstruction that can start at code[pc], or the instruction's own opcode.
Op fuse_at(const Program& p, const std::vector<Instr>& code, size_t pc) {
    const Instr& i0 = code[pc];
    size_t left = code.size() - pc;
    if (left >= 4 && i0.op == Op::LoadLocal) {
        const Instr &i1 = code[pc + 1], &i2 = code[pc + 2], &i3 = code[pc + 3];
        if (is_int_const(p, i1) && i2.op == Op::AddInt && i3.op == Op::StoreLocal) {
            // A for loop's i++ that jumps back to its test: the whole back edge at once.
            if (left >= 5 && code[pc + 4].op == Op::Jump) {
                auto target = static_cast<size_t>(code[pc + 4].a);
                switch (compare_jump_at(p, code, target)) {
                case Op::LtLocalConstJump:
                    return Op::LoopConst;
                case Op::LtLocalLocalJump:
                    return Op::LoopLocal;
                default:
                    break;
                }
            }
            return Op::IncLocal;
        }
        if (Op compare = compare_jump_at(p, code, pc); compare != Op::Nop) {
            return compare;
        }
    }
    if (left >= 3 && i0.op == Op::LoadLocal && is_plain_int_op(code[pc + 2].op)) {
        const Instr& i1 = code[pc + 1];
        if (is_int_const(p, i1)) {
            return Op::LocalConstOp;
        }
        if (i1.op == Op::LoadLocal) {
            return Op::LocalLocalOp;
        }
    }
    if (left >= 2 && is_int_const(p, i0) && is_plain_int_op(code[pc + 1].op)) {
        return Op::ConstOp;
    }
    if (left >= 3 && is_float_const(p, i0) && is_float_order(code[pc + 1].op) &&
        code[pc + 2].op == Op::JumpIfFalse) {
        return Op::ConstFloatJump;
    }
    if (left >= 2 && is_float_const(p, i0) && is_float_op(code[pc + 1].op)) {
        return Op::ConstFloatOp;
    }
    if (left >= 2) {
        const Instr& i1 = code[pc + 1];
        switch (i0.op) {
        case Op::LoadLocal:
            switch (i1.op) {
            case Op::LoadLocal:
                return Op::LocalLocal;
            case Op::Const:
                return Op::LocalConst;
            case Op::StoreLocal:
                return Op::MoveLocal;
            case Op::Field:
                return Op::LocalField;
            default:
                break;
            }
            break;
        case Op::AddInt:
        case Op::SubInt:
        case Op::MulInt:
            if (i1.op == Op::StoreLocal) {
                return Op::IntOpStore;
            }
            break;
        default:
            break;
        }
    }
    return i0.op;
}

} // namespace

void fuse_instructions(Program& program) {
    for (Function& f : program.functions) {
        f.fused = f.code;
        for (size_t pc = 0; pc < f.code.size(); pc++) {
            f.fused[pc].op = fuse_at(program, f.code, pc);
        }
    }
}

} // namespace golab
