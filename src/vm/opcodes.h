// opcodes.h: the bytecode instruction set, listed once.
//
// Each entry is X(Name, stack effect, meaning of operands a and b). The enum,
// the names used by the disassembler and the VM's dispatch table are all
// generated from this list, so an opcode cannot exist in one place only.
//
// The VM is a stack machine. A frame's locals (parameters first, then the
// function's own variables) are slots [0, num_locals); the operand stack sits
// above them. "push x" / "pop x" below refer to that operand stack; the rightmost
// name in a "pops" list is the top of the stack.
#pragma once

#include <cstdint>

namespace golab {

// clang-format off
#define GOLAB_OPCODES(X)                                                                          \
    /* constants and stack */                                                                     \
    X(Const,        "push constants[a]")                                                          \
    X(Zero,         "push the zero value of type a (allocates for structs and sync types)")      \
    X(Pop,          "pop 1")                                                                      \
    X(Dup,          "push a copy of the top")                                                     \
    X(CopyValue,    "pop v; push a copy of v when v's type a has value semantics held in an "      \
                    "object (structs, arrays, sync.WaitGroup); other values pass through")        \
    /* variables */                                                                               \
    X(LoadLocal,    "push locals[a]")                                                             \
    X(StoreLocal,   "pop v; locals[a] = v")                                                       \
    X(LoadGlobal,   "push globals[a]")                                                            \
    X(StoreGlobal,  "pop v; globals[a] = v")                                                      \
    /* integer arithmetic on payload.i; b = IntKind of the result type for wrap-around */         \
    X(AddInt,       "pop x y; push wrap_b(x + y)")                                                \
    X(SubInt,       "pop x y; push wrap_b(x - y)")                                                \
    X(MulInt,       "pop x y; push wrap_b(x * y)")                                                \
    X(DivInt,       "pop x y; panic if y == 0; push wrap_b(x / y) (truncated, unsigned if b says)")\
    X(RemInt,       "pop x y; panic if y == 0; push wrap_b(x % y)")                               \
    X(NegInt,       "pop x; push wrap_b(-x)")                                                     \
    /* float arithmetic on payload.f; b = 1 rounds the result to float32 */                        \
    X(AddFloat,     "pop x y; push x + y")                                                        \
    X(SubFloat,     "pop x y; push x - y")                                                        \
    X(MulFloat,     "pop x y; push x * y")                                                        \
    X(DivFloat,     "pop x y; push x / y (IEEE: no panic)")                                       \
    X(NegFloat,     "pop x; push -x")                                                             \
    /* strings */                                                                                 \
    X(Concat,       "pop x y (strings); push x + y")                                              \
    /* comparisons push a bool; b = IntKind for the integer ones (unsigned compare) */            \
    X(EqInt,        "pop x y; push x == y")                                                       \
    X(NeInt,        "pop x y; push x != y")                                                       \
    X(LtInt,        "pop x y; push x < y")                                                        \
    X(LeInt,        "pop x y; push x <= y")                                                       \
    X(GtInt,        "pop x y; push x > y")                                                        \
    X(GeInt,        "pop x y; push x >= y")                                                       \
    X(EqFloat,      "pop x y; push x == y")                                                       \
    X(NeFloat,      "pop x y; push x != y")                                                       \
    X(LtFloat,      "pop x y; push x < y")                                                        \
    X(LeFloat,      "pop x y; push x <= y")                                                       \
    X(GtFloat,      "pop x y; push x > y")                                                        \
    X(GeFloat,      "pop x y; push x >= y")                                                       \
    X(EqString,     "pop x y; push x == y")                                                       \
    X(NeString,     "pop x y; push x != y")                                                       \
    X(LtString,     "pop x y; push x < y (bytewise)")                                             \
    X(LeString,     "pop x y; push x <= y")                                                       \
    X(GtString,     "pop x y; push x > y")                                                        \
    X(GeString,     "pop x y; push x >= y")                                                       \
    X(EqBool,       "pop x y; push x == y")                                                       \
    X(NeBool,       "pop x y; push x != y")                                                       \
    X(Not,          "pop x; push !x")                                                             \
    /* conversions */                                                                             \
    X(IntToFloat,   "pop x (int, b = IntKind of x); push float64(x), rounded to float32 if a == 1")\
    X(FloatToInt,   "pop x (float); push int truncated toward zero, wrapped to IntKind b")        \
    X(FloatToF32,   "pop x; push float64(float32(x))")                                            \
    X(WrapInt,      "pop x; push x wrapped to IntKind b (integer conversions)")                   \
    X(Box,          "top.type = a: the concrete value on top becomes an interface value")         \
    /* control flow: a is an absolute pc */                                                       \
    X(Jump,         "pc = a")                                                                     \
    X(JumpIfFalse,  "pop c; if !c, pc = a")                                                       \
    X(JumpIfTrue,   "pop c; if c, pc = a")                                                        \
    /* calls */                                                                                   \
    X(Call,         "call functions[a]; its b arguments are on the stack (first pushed first); "  \
                    "they become its first locals; on return the results are pushed in order")    \
    X(CallNative,   "call native a with the top b values as arguments (popped); it pushes "       \
                    "its results, or parks / panics the goroutine")                              \
    X(Return,       "pop the function's a results, drop the frame, push them in the caller")     \
    X(Go,           "pop b arguments; start a new goroutine running functions[a] with them")      \
    /* slices and strings */                                                                      \
    X(MakeSlice,    "pop b values; push a new slice of them (element type a)")                     \
    X(Index,        "pop s i; push s[i] (slice, or string byte as int); panics out of range")    \
    X(StoreIndex,   "pop s i v; s[i] = v; panics out of range")                                   \
    X(Len,          "pop s (slice, string or chan; nil counts as 0); push len(s)")                \
    /* channels (the runtime parks and wakes; see RuntimeHooks) */                                \
    X(MakeChan,     "pop n (int); push a new chan with element type a and buffer n "              \
                    "(panics: makechan: size out of range)")                                      \
    X(Send,         "pop ch v; send v on ch; may park; panics on a closed channel; "              \
                    "a nil ch blocks forever")                                                    \
    X(Recv,         "pop ch; receive; may park; push v, then ok when a == 1 (false once ch is "   \
                    "closed and drained, with v the zero value of element type b)")               \
    X(Close,        "pop ch; close it; panics on nil or already closed")                           \
    X(Select,       "a cases, b = 1 when there is a default. The stack holds 3 values per case, " \
                    "in source order: dir (int: 0 recv, 1 send), ch, v (the value to send; any "  \
                    "placeholder for a recv). Pops them; may park; pushes the chosen case index " \
                    "(-1 for default), the received value (nil for sends and default) and ok")     \
    /* integer bits (payload.i; b = IntKind of x, for wrap-around and signedness) */              \
    X(AndInt,       "pop x y; push x & y")                                                        \
    X(OrInt,        "pop x y; push x | y")                                                        \
    X(XorInt,       "pop x y; push x ^ y")                                                        \
    X(AndNotInt,    "pop x y; push x &^ y")                                                       \
    X(ComplInt,     "pop x; push wrap_b(^x)")                                                     \
    X(ShlInt,       "pop x n; push wrap_b(x << n), 0 once n >= 64; a = 1 when n is unsigned, "    \
                    "else a negative n panics (negative shift amount)")                           \
    X(ShrInt,       "pop x n; push x >> n (logical when b is unsigned, else arithmetic); "        \
                    "a as for ShlInt")                                                            \
    /* slices (beyond literals and indexing above) */                                              \
    X(MakeSliceCap, "pop len cap; push make([]T, len, cap) for element type a (panics: "          \
                    "makeslice: len/cap out of range)")                                           \
    X(Cap,          "pop s (slice or chan); push cap(s)")                                        \
    X(SliceExpr,    "pop x low, then high when a & 1, then max when a & 2; push x[low:high:max] " \
                    "(x a string when b == 1, a *[N]T when b == 2, else a slice or an array); "  \
                    "panics: slice bounds out of range, nil dereference")                         \
    X(Append,       "pop s and b values; push append(s, values...) (slice type a)")              \
    X(AppendSpread, "pop s xs; push append(s, xs...) (slice type a; xs a slice or a string)")    \
    X(Copy,         "pop dst src (a slice or a string); push copy(dst, src)")                    \
    X(IsNil,        "pop x (slice, map, chan, pointer, func); push x == nil (b = 1: x is an "     \
                    "interface, nil only without a dynamic type)")                                \
    /* maps (a nil map reads as empty) */                                                         \
    X(MakeMap,      "pop hint; push a new map of map type a")                                     \
    X(MapIndex,     "pop m k; push m[k], the zero value of type b when absent; then ok if a == 1")\
    X(MapStore,     "pop m k v; m[k] = v; panics: assignment to entry in nil map")               \
    X(MapDelete,    "pop m k; delete(m, k)")                                                      \
    X(MapKeys,      "pop m; push a slice of its keys in this range loop's order")                 \
    /* defer: a frame's deferred calls run (LIFO) at RunDefers, or when a panic unwinds */     \
    X(Defer,        "pop b arguments; defer a call of functions[a] with them")                   \
    X(DeferNative,  "pop b arguments; defer a call of native a with them")                       \
    X(DeferValue,   "pop the closure below the top b arguments, and them; defer calling it")      \
    X(RunDefers,    "run this frame's next deferred call, coming back here until none is left")  \
    /* strings */                                                                                 \
    X(ConvertString, "pop x; push it converted as StringConv a says ([]byte(s), string(r), ...)") \
    X(DecodeRune,   "pop s i; push the rune at byte i of string s and its width (U+FFFD, 1 "      \
                    "when invalid), as for range over a string")                                  \
    X(SliceToArray, "pop s; push (*[a]T)(s): s's own array object, which a *[a]T is; panics when "\
                    "len(s) < a, and (not supported yet) when s does not span its whole array")   \
    /* pointers, structs, arrays, closures, interfaces (language part A; vm_objects.cpp) */   \
    X(NewCell,      "pop v; push a new cell holding v (a variable that escapes its frame)")      \
    X(LoadCell,     "pop c; push the value in cell c")                                            \
    X(StoreCell,    "pop v c; store v in cell c")                                                 \
    X(Field,        "pop s; push field a of struct s; a nil s (through a pointer) panics")       \
    X(SetField,     "pop s v; field a of struct s = v; a nil s panics")                            \
    X(FieldRef,     "pop s; push a pointer to field a of s; a nil s panics")                     \
    X(IndexRef,     "pop s i; push a pointer to element i of array or slice s; panics out of "   \
                    "range")                                                                      \
    X(GlobalRef,    "push a pointer to globals[a]")                                                \
    X(Deref,        "pop p; push *p; b = 1: p points at a struct or array (pushed as is); a nil " \
                    "p panics")                                                                   \
    X(StoreDeref,   "pop v p; *p = v; b = 1: copy the struct or array v (type a) into p's "       \
                    "object, so pointers to it see the new value")                                \
    X(MakeClosure,  "pop b captured cells; push a closure of functions[a] holding them")         \
    X(MakeBound,    "pop r; push functions[a] bound to receiver r (a method value)")              \
    X(CallValue,    "call the closure below the top b arguments (popped with them); a nil "       \
                    "function panics")                                                            \
    X(GoValue,      "like CallValue, in a new goroutine")                                         \
    X(CallIface,    "call method_names[a] of the interface value below the top b arguments, "     \
                    "which becomes the receiver; a nil interface panics")                         \
    X(EqValue,      "pop x y; push x == y for values of type a (struct, array, pointer, "         \
                    "interface; uncomparable dynamic types panic)")                               \
    X(Assert,       "pop x; push x.(T) for type a (b: x's static type, for the panic text)")      \
    X(AssertOk,     "pop x; push x.(T) (or T's zero value) for type a, then ok")                  \
    X(TypeIs,       "pop x; push whether x's dynamic type is a (b = 1: x implements interface "   \
                    "a; b = 2: x is the nil interface)")                                          \
    /* debugging */                                                                               \
    X(Nop,          "nothing")                                                                    \
    /* superinstructions: only vm/fuse.cpp writes them, into Function::fused, over the first of  \
       the instructions they stand for; those stay behind them and give the operands (in[k] is    \
       the k-th of them). Each counts as all of its instructions for the budget. */               \
    X(LocalLocal,   "LoadLocal; LoadLocal")                                                       \
    X(LocalConst,   "LoadLocal; Const")                                                           \
    X(MoveLocal,    "LoadLocal; StoreLocal")                                                      \
    X(LocalField,   "LoadLocal; Field (a local that holds a struct)")                            \
    X(IncLocal,     "LoadLocal; Const (an int); AddInt; StoreLocal: locals[in[3].a] = "           \
                    "wrap(locals[a] + c)")                                                        \
    X(LtLocalConstJump, "LoadLocal; Const (an int); LtInt (signed); JumpIfFalse")                 \
    X(LtLocalLocalJump, "LoadLocal; LoadLocal; LtInt (signed); JumpIfFalse")                      \
    X(IntOpStore,   "AddInt, SubInt or MulInt; StoreLocal")                                      \
    X(LocalConstOp, "LoadLocal; Const (an int); AddInt, SubInt or MulInt")                        \
    X(LocalLocalOp, "LoadLocal; LoadLocal; AddInt, SubInt or MulInt")                             \
    X(ConstOp,      "Const (an int); AddInt, SubInt or MulInt")                                   \
    X(LoopConst,    "IncLocal's four; Jump to an LtLocalConstJump's four: a for loop's step and " \
                    "test, nine instructions")                                                    \
    X(LoopLocal,    "IncLocal's four; Jump to an LtLocalLocalJump's four")                        \
    X(ConstFloatOp, "Const (a float); AddFloat, SubFloat, MulFloat or DivFloat")                  \
    X(ConstFloatJump, "Const (a float); LtFloat, LeFloat, GtFloat or GeFloat; JumpIfFalse")
// clang-format on

enum class Op : uint8_t {
#define GOLAB_OP_ENUM(name, doc) name,
    GOLAB_OPCODES(GOLAB_OP_ENUM)
#undef GOLAB_OP_ENUM
        Count_
};

// Integer kinds for wrap-around and unsigned arithmetic (operand b of the
// integer opcodes). Int and Uint are 64 bits, as in Go on 64-bit targets.
enum class IntKind : uint8_t {
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64
};

// Operand a of ConvertString.
enum class StringConv : uint8_t {
    StringToBytes,
    StringToRunes,
    BytesToString,
    RunesToString,
    RuneToString, // string(r) for any integer r: "\uFFFD" when r is not a valid rune
};

struct Instr {
    Op op = Op::Nop;
    int32_t a = 0;
    int32_t b = 0;
};

// Returns the opcode's name as the disassembler prints it.
const char* op_name(Op op);

} // namespace golab
