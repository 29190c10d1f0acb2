// vm.cpp: the bytecode interpreter loop and the library natives it calls.
//
// [SECTION] helpers      small value and object helpers
// [SECTION] interpreter  Vm::execute, one goroutine for one budget
// [SECTION] natives      fmt, time, math/rand, sync
#include "vm/vm.h"

#if !defined(GOLAB_OPCODE_PAIRS)
#define GOLAB_OPCODE_PAIRS 0 // see [SECTION] interpreter
#endif
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cassert>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#if GOLAB_OPCODE_PAIRS
#include <algorithm>
#include <atomic>
#include <vector>
#endif
#include <utility>

#include "vm/data.h"
#include "vm/format.h"
#include "vm/go_time.h"
#include "vm/library.h"
#include "vm/method_caller.h"

namespace golab {

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

const char* op_name(Op op) {
    static const char* const kNames[] = {
#define GOLAB_OP_NAME(name, doc) #name,
        GOLAB_OPCODES(GOLAB_OP_NAME)
#undef GOLAB_OP_NAME
    };
    auto i = static_cast<size_t>(op);
    return i < sizeof kNames / sizeof kNames[0] ? kNames[i] : "?";
}

const char* native_go_name(NativeId id) {
    static const char* const kNames[] = {
#define GOLAB_NATIVE_NAME(name, go_name, signature) go_name,
        GOLAB_NATIVES(GOLAB_NATIVE_NAME)
#undef GOLAB_NATIVE_NAME
    };
    if (is_library_native(id)) {
        return library_go_name(library_id(id));
    }
    auto i = static_cast<size_t>(id);
    return i < sizeof kNames / sizeof kNames[0] ? kNames[i] : "?";
}

const char* wait_reason_name(WaitReason r) {
    switch (r) {
    case WaitReason::None:
        return "";
    case WaitReason::Sleep:
        return "sleep";
    case WaitReason::WaitGroup:
    case WaitReason::Mutex:
    case WaitReason::RWMutexRead:
    case WaitReason::RWMutexWrite:
        return "semacquire"; // what Go 1.19's dumps say for WaitGroup.Wait and the mutexes
    case WaitReason::CondWait:
        return "sync.Cond.Wait";
    case WaitReason::ChanSend:
        return "chan send";
    case WaitReason::ChanRecv:
        return "chan receive";
    case WaitReason::Select:
        return "select";
    case WaitReason::SelectNoCases:
        return "select (no cases)";
    case WaitReason::NilChanSend:
        return "chan send (nil chan)";
    case WaitReason::NilChanRecv:
        return "chan receive (nil chan)";
    }
    return "";
}

int32_t Goroutine::current_line() const {
    if (frames.empty()) {
        return line.load(std::memory_order_relaxed);
    }
    const Frame& f = frames.back();
    int32_t pc = jumped_from >= 0 ? jumped_from : f.pc > 0 ? f.pc - 1 : 0;
    if (pc < static_cast<int32_t>(f.function->lines.size())) {
        return f.function->lines[pc];
    }
    return f.function->line;
}

namespace {

// Wraps an integer to the width and signedness of kind, as Go's conversions do.
// NOTE: shifts, not a switch: the compiler made the switch a jump table, an indirect jump
// in every arithmetic instruction of the interpreter loop.
int64_t wrap(int64_t v, IntKind kind) {
    // How far the value's bits sit from the top of 64: Int8 and Uint8 keep 8, and so on.
    static constexpr uint8_t kUnusedBits[] = {0, 56, 48, 32, 0, 0, 56, 48, 32, 0};
    static_assert(sizeof kUnusedBits == static_cast<size_t>(IntKind::Uint64) + 1);
    unsigned unused = kUnusedBits[static_cast<size_t>(kind)];
    uint64_t top = static_cast<uint64_t>(v) << unused;
    return kind >= IntKind::Uint ? static_cast<int64_t>(top >> unused)
                                 : static_cast<int64_t>(top) >> unused;
}

bool is_unsigned(IntKind k) {
    return k >= IntKind::Uint;
}

// Integer arithmetic in unsigned 64 bits, where overflow wraps instead of being undefined.
int64_t add_wrapping(int64_t x, int64_t y) {
    return static_cast<int64_t>(static_cast<uint64_t>(x) + static_cast<uint64_t>(y));
}
int64_t sub_wrapping(int64_t x, int64_t y) {
    return static_cast<int64_t>(static_cast<uint64_t>(x) - static_cast<uint64_t>(y));
}
int64_t mul_wrapping(int64_t x, int64_t y) {
    return static_cast<int64_t>(static_cast<uint64_t>(x) * static_cast<uint64_t>(y));
}

// The AddInt, SubInt or MulInt at the end of a superinstruction, wrapped to its kind.
int64_t plain_int_op(const Instr& in, int64_t x, int64_t y) {
    int64_t r = in.op == Op::AddInt   ? add_wrapping(x, y)
                : in.op == Op::SubInt ? sub_wrapping(x, y)
                                      : mul_wrapping(x, y);
    return wrap(r, IntKind(in.b));
}

// The AddFloat, SubFloat, MulFloat or DivFloat at the end of a superinstruction, rounded to
// float32 when its b says so.
double plain_float_op(const Instr& in, double x, double y) {
    double r = in.op == Op::AddFloat   ? x + y
               : in.op == Op::SubFloat ? x - y
               : in.op == Op::MulFloat ? x * y
                                       : x / y;
    return in.b == 1 ? static_cast<float>(r) : r;
}

// The LtFloat, LeFloat, GtFloat or GeFloat at the end of a superinstruction (false for NaN).
bool plain_float_compare(const Instr& in, double x, double y) {
    return in.op == Op::LtFloat   ? x < y
           : in.op == Op::LeFloat ? x <= y
           : in.op == Op::GtFloat ? x > y
                                  : x >= y;
}

// Go's shifts: a count of 64 or more shifts every bit out (spec "Arithmetic operators").
int64_t shift_left(int64_t x, uint64_t n, IntKind kind) {
    return n >= 64 ? 0 : wrap(static_cast<int64_t>(static_cast<uint64_t>(x) << n), kind);
}
int64_t shift_right(int64_t x, uint64_t n, IntKind kind) {
    if (is_unsigned(kind)) {
        // Unsigned values are stored zero-extended, so a logical shift of the bits is right.
        return n >= 64 ? 0 : static_cast<int64_t>(static_cast<uint64_t>(x) >> n);
    }
    return x >> (n >= 64 ? 63 : n);
}

int64_t slice_len(const Value& v) {
    if (v.kind != ValueKind::Object || !v.obj) {
        return 0;
    }
    if (v.obj->kind == ObjectKind::String) {
        return static_cast<int64_t>(static_cast<StringObject*>(v.obj)->bytes.size());
    }
    if (v.obj->kind == ObjectKind::Array) {
        return static_cast<int64_t>(static_cast<ArrayObject*>(v.obj)->elems.size());
    }
    return static_cast<SliceObject*>(v.obj)->len;
}

} // namespace

Value Vm::make_string(std::string s) {
    if (s.empty()) {
        return Value{}; // the VM reads a nil string as ""
    }
    return Value::make_object(hooks_.adopt(new StringObject(std::move(s))));
}

Value Vm::zero_value(TypeId t) {
    const TypeInfo& info = program_.types[t];
    switch (info.kind) {
    case TypeKind::Bool:
        return Value::make_bool(false);
    case TypeKind::Int:
        return Value::make_int(0);
    case TypeKind::Time:
        return Value{}; // the zero Time (vm/go_time.h)
    case TypeKind::Float32:
    case TypeKind::Float64:
        return Value::make_float(0);
    case TypeKind::WaitGroup:
        return Value::make_object(hooks_.adopt(new WaitGroupObject()));
    case TypeKind::Mutex:
        return Value::make_object(hooks_.adopt(new MutexObject()));
    case TypeKind::RWMutex:
        return Value::make_object(hooks_.adopt(new RWMutexObject()));
    case TypeKind::Atomic:
    case TypeKind::AtomicBool: {
        auto* a = new AtomicObject();
        a->width = info.int_kind;
        a->is_bool = info.kind == TypeKind::AtomicBool;
        return Value::make_object(hooks_.adopt(a));
    }
    case TypeKind::Timer:
        return Value::make_object(hooks_.adopt(new TimerObject()));
    case TypeKind::Struct: {
        auto* s = new StructObject();
        for (const StructField& f : info.fields) {
            s->fields.push_back(zero_value(f.type));
        }
        return Value::make_object(hooks_.adopt(s));
    }
    case TypeKind::Array: {
        auto* a = new ArrayObject();
        a->elems.reserve(static_cast<size_t>(info.len));
        for (int64_t i = 0; i < info.len; i++) {
            a->elems.push_back(zero_value(info.elem));
        }
        return Value::make_object(hooks_.adopt(a));
    }
    default:
        return Value{};
    }
}

Value Vm::copy_value(TypeId t, const Value& v) {
    const TypeInfo& info = program_.types[t];
    if (v.kind != ValueKind::Object || !v.obj) {
        return v;
    }
    switch (info.kind) {
    case TypeKind::WaitGroup: {
        // Copying a WaitGroup copies its counter, not its waiters: Go's vet
        // warns about it, and the lesson on passing one by value shows why.
        auto* src = static_cast<WaitGroupObject*>(v.obj);
        auto* copy = new WaitGroupObject();
        copy->counter = src->counter;
        Value r = Value::make_object(hooks_.adopt(copy));
        r.type = v.type;
        return r;
    }
    case TypeKind::Mutex: {
        // A copied Mutex keeps the locked bit, as copying Go's struct does.
        auto* copy = new MutexObject();
        copy->locked = static_cast<MutexObject*>(v.obj)->locked;
        // A copied sync.Once (the same object) remembers whether Do has run.
        copy->once_state.store(static_cast<MutexObject*>(v.obj)->once_state.load());
        Value r = Value::make_object(hooks_.adopt(copy));
        r.type = v.type;
        return r;
    }
    case TypeKind::RWMutex: {
        // Like Mutex: the copy holds what the original held, with nobody waiting.
        auto* src = static_cast<RWMutexObject*>(v.obj);
        auto* copy = new RWMutexObject();
        copy->readers = src->readers;
        copy->writer_held = copy->writer_inside = src->writer_inside;
        copy->writer_id = src->writer_inside ? src->writer_id : 0;
        Value r = Value::make_object(hooks_.adopt(copy));
        r.type = v.type;
        return r;
    }
    case TypeKind::Atomic:
    case TypeKind::AtomicBool: {
        auto* src = static_cast<AtomicObject*>(v.obj);
        auto* copy = new AtomicObject();
        copy->width = src->width;
        copy->is_bool = src->is_bool;
        copy->value.store(src->value.load());
        Value r = Value::make_object(hooks_.adopt(copy));
        r.type = v.type;
        return r;
    }
    case TypeKind::Struct: {
        auto* src = static_cast<StructObject*>(v.obj);
        auto* copy = new StructObject();
        for (size_t i = 0; i < src->fields.size(); i++) {
            copy->fields.push_back(copy_value(info.fields[i].type, src->fields[i]));
        }
        Value r = Value::make_object(hooks_.adopt(copy));
        r.type = v.type;
        return r;
    }
    case TypeKind::Array: {
        auto* src = static_cast<ArrayObject*>(v.obj);
        auto* copy = new ArrayObject();
        copy->elems.reserve(src->elems.size());
        for (const Value& e : src->elems) {
            copy->elems.push_back(copy_value(info.elem, e));
        }
        Value r = Value::make_object(hooks_.adopt(copy));
        r.type = v.type;
        return r;
    }
    default:
        return v;
    }
}

void Vm::start(Goroutine& g, int32_t fn, std::span<const Value> args) const {
    const Function& f = program_.functions[fn];
    g.function_name = f.name;
    g.stack.clear();
    g.frames.clear();
    // NOTE: a parked goroutine must stay small (100,000 of them fit in 100 MB):
    // its stack starts at what the function needs and grows on demand.
    g.stack.reserve(static_cast<size_t>(f.num_locals) + 8);
    for (const Value& a : args) {
        g.stack.push_back(a);
    }
    g.stack.resize(f.num_locals);
    g.frames.push_back(Frame{&f, 0, 0});
    g.line.store(f.line, std::memory_order_relaxed);
}

std::string Vm::unhashable_map_key(const Value& m, const Value& k) const {
    if (m.kind == ValueKind::Object) {
        TypeId key_type = static_cast<MapObject*>(m.obj)->key_type;
        TypeKind kind = program_.types[static_cast<size_t>(key_type)].kind;
        // Only an interface somewhere in the key can hold an unhashable value.
        if (kind != TypeKind::Interface && kind != TypeKind::Struct && kind != TypeKind::Array) {
            return "";
        }
        return unhashable_key(program_, key_type, k);
    }
    // A nil map still hashes the key first; its boxed dynamic type is all there is to check.
    return unhashable_boxed(program_, k);
}

//-----------------------------------------------------------------------------
// [SECTION] interpreter
//-----------------------------------------------------------------------------

// NOTE: GCC and Clang can jump through a table of label addresses, which gives every handler
// its own indirect jump (each one predicted on its own) instead of the switch's single shared
// one. WebAssembly has no indirect jump, so the Emscripten builds keep the switch.
// GOLAB_OPCODE_PAIRS=1 (a debugging build: -DGOLAB_OPCODE_PAIRS=1 in CMAKE_CXX_FLAGS) counts
// how often each opcode is dispatched right after each other one, with the switch as in the
// WebAssembly build, and prints the most frequent pairs to stderr when the process ends: the
// measure for choosing superinstructions (see fuse.cpp).
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__) && !GOLAB_OPCODE_PAIRS
#define GOLAB_THREADED_DISPATCH 1
#else
#define GOLAB_THREADED_DISPATCH 0
#endif

// The opcodes the loop below handles with the operand stack's top in a register. Every other
// opcode, and a hot one in an unusual case (a panic, a deferred frame), takes the cold path:
// the top is written back to the goroutine and the opcode runs as a switch case.
// clang-format off
#define GOLAB_HOT_OPS(X)                                                                           \
    X(Const) X(Pop) X(Dup) X(LoadLocal) X(StoreLocal) X(LoadGlobal) X(StoreGlobal) X(AddInt)       \
    X(SubInt) X(MulInt) X(DivInt) X(RemInt) X(NegInt) X(AddFloat) X(SubFloat) X(MulFloat)          \
    X(DivFloat) X(NegFloat) X(EqInt) X(NeInt) X(LtInt) X(LeInt) X(GtInt) X(GeInt) X(EqFloat)       \
    X(NeFloat) X(LtFloat) X(LeFloat) X(GtFloat) X(GeFloat) X(Not) X(IntToFloat) X(WrapInt) X(Box)  \
    X(Jump) X(JumpIfFalse) X(JumpIfTrue) X(Call) X(Return) X(Index) X(StoreIndex) X(Len) X(Field)  \
    X(SetField) X(LoadCell) X(StoreCell) X(Nop) X(LocalLocal) X(LocalConst) X(MoveLocal)           \
    X(LocalField) X(IncLocal) X(LtLocalConstJump) X(LtLocalLocalJump) X(IntOpStore)                \
    X(LocalConstOp) X(LocalLocalOp) X(ConstOp) X(LoopConst) X(LoopLocal) X(ConstFloatOp)         \
    X(ConstFloatJump)
// clang-format on

namespace {

#if GOLAB_OPCODE_PAIRS
constexpr size_t kOps = static_cast<size_t>(Op::Count_);
std::atomic<uint64_t> opcode_pairs[kOps][kOps];
thread_local size_t previous_op = 0;

// Prints the 40 most frequent pairs of opcodes and their share of all dispatches.
struct OpcodePairReport {
    ~OpcodePairReport() {
        std::vector<std::pair<uint64_t, size_t>> counts;
        uint64_t total = 0;
        for (size_t i = 0; i < kOps * kOps; i++) {
            uint64_t n = opcode_pairs[i / kOps][i % kOps].load(std::memory_order_relaxed);
            total += n;
            if (n > 0) {
                counts.emplace_back(n, i);
            }
        }
        std::sort(counts.begin(), counts.end(), std::greater<>());
        std::fprintf(stderr, "opcode pairs: %llu dispatches\n",
                     static_cast<unsigned long long>(total));
        for (size_t k = 0; k < counts.size() && k < 40; k++) {
            auto [n, i] = counts[k];
            std::fprintf(stderr, "%6.2f%% %12llu  %s %s\n", 100.0 * double(n) / double(total),
                         static_cast<unsigned long long>(n), op_name(Op(i / kOps)),
                         op_name(Op(i % kOps)));
        }
    }
} opcode_pair_report;

void count_dispatch(Op op) {
    auto i = static_cast<size_t>(op);
    opcode_pairs[previous_op][i].fetch_add(1, std::memory_order_relaxed);
    previous_op = i;
}
#else
[[maybe_unused]] void count_dispatch(Op) {}
#endif

// The opcodes that may leave pc somewhere other than past themselves within one frame.
bool is_jump(Op op) {
    switch (op) {
    case Op::Jump:
    case Op::JumpIfFalse:
    case Op::JumpIfTrue:
    case Op::LtLocalConstJump:
    case Op::LtLocalLocalJump:
    case Op::LoopConst:
    case Op::LoopLocal:
        return true;
    default:
        return false;
    }
}

const Instr* fused_code(const Function& f) {
    return f.fused.empty() ? f.code.data() : f.fused.data();
}

// Returns the value at index i of a slice, array or string, or false when i is out of range
// or s is nil (the cold path then raises Go's panic).
bool index_value(const Value& s, int64_t i, Value& out) {
    if (s.kind != ValueKind::Object) {
        return false;
    }
    switch (s.obj->kind) {
    case ObjectKind::Slice: {
        auto* slice = static_cast<SliceObject*>(s.obj);
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(slice->len)) {
            return false;
        }
        out = slice->array->elems[static_cast<size_t>(slice->offset + i)];
        return true;
    }
    case ObjectKind::Array: {
        auto& elems = static_cast<ArrayObject*>(s.obj)->elems;
        if (static_cast<uint64_t>(i) >= elems.size()) {
            return false;
        }
        out = elems[static_cast<size_t>(i)];
        return true;
    }
    case ObjectKind::String: {
        const std::string& bytes = static_cast<StringObject*>(s.obj)->bytes;
        if (static_cast<uint64_t>(i) >= bytes.size()) {
            return false;
        }
        out = Value::make_int(static_cast<uint8_t>(bytes[static_cast<size_t>(i)]));
        return true;
    }
    default:
        return false;
    }
}

// Returns where element i of slice or array s lives, or null when i is out of range or s is
// nil.
Value* element_slot(const Value& s, int64_t i) {
    if (s.kind != ValueKind::Object) {
        return nullptr;
    }
    if (s.obj->kind == ObjectKind::Slice) {
        auto* slice = static_cast<SliceObject*>(s.obj);
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(slice->len)) {
            return nullptr;
        }
        return &slice->array->elems[static_cast<size_t>(slice->offset + i)];
    }
    if (s.obj->kind == ObjectKind::Array) {
        auto& elems = static_cast<ArrayObject*>(s.obj)->elems;
        return static_cast<uint64_t>(i) < elems.size() ? &elems[static_cast<size_t>(i)] : nullptr;
    }
    return nullptr;
}

// NOTE: the hot paths write a number as one 16-byte store. Written field by field (kind,
// type, payload), the next instruction's 16-byte copy of the value cannot be forwarded from
// those stores and waits for them to reach the cache: perf showed that stall as a sixth of
// structs.go.
#if defined(__SSE2__)
void put_bits(Value* dst, ValueKind kind, uint64_t payload) {
    static_assert(offsetof(Value, kind) == 0 && offsetof(Value, type) == 4 &&
                  offsetof(Value, i) == 8 && kNoType == 0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst),
                     _mm_set_epi64x(static_cast<long long>(payload),
                                    static_cast<long long>(static_cast<uint8_t>(kind))));
}
void put_int(Value* dst, int64_t v) {
    put_bits(dst, ValueKind::Int, static_cast<uint64_t>(v));
}
void put_float(Value* dst, double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    put_bits(dst, ValueKind::Float, bits);
}
void put_bool(Value* dst, bool v) {
    put_bits(dst, ValueKind::Bool, v ? 1 : 0);
}
#else
void put_int(Value* dst, int64_t v) {
    *dst = Value::make_int(v);
}
void put_float(Value* dst, double v) {
    *dst = Value::make_float(v);
}
void put_bool(Value* dst, bool v) {
    *dst = Value::make_bool(v);
}
#endif

// Go's copyChecker: a Cond's checker field takes the Cond's own address at its first Wait,
// Signal or Broadcast; a copy made after that holds the original's, and Go panics when it is
// used. Returns false for such a copy.
bool cond_checked(StructObject& cond) {
    constexpr size_t kChecker = 3; // sync.Cond's fields: noCopy, L, notify, checker
    const auto self = static_cast<int64_t>(reinterpret_cast<uintptr_t>(&cond));
    // NOTE: a builtin rather than std::atomic_ref, which Emscripten's libc++ does not have.
    int64_t seen = 0;
    return __atomic_compare_exchange_n(&cond.fields[kChecker].i, &seen, self, false,
                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) ||
           seen == self;
}

bool is_struct(const Value& v) {
    return v.kind == ValueKind::Object && v.obj && v.obj->kind == ObjectKind::Struct;
}

} // namespace

ExecOutcome Vm::run(Goroutine& g, int64_t budget, int64_t executed_before) {
    ExecOutcome outcome;
    ValueStack& stack = g.stack;
    Frame* frame = &g.frames.back();
    const Instr* code = frame->function->code.data(); // the plain instructions
    const Instr* fast = fused_code(*frame->function); // the same with superinstructions
    const Instr* ip = nullptr;                        // the instruction being run
    const Value* constants = program_.constants.data();
    int32_t pc = frame->pc;
    // Counted from the start of the slice, so the clock hooks see is exact.
    int64_t executed = executed_before;
    // The hot paths work on these; stack.top() is only right after SYNC().
    Value* sp = nullptr;
    Value* limit = nullptr;
    Value* locals = nullptr;

    g.jumped_from = -1;

    // Hand-overs from whoever woke g: received values, a select's case.
    if (!g.resume_values.empty()) {
        stack.insert(stack.end(), g.resume_values.begin(), g.resume_values.end());
        g.resume_values.clear();
    }
    if (!g.resume_panic.empty()) {
        g.panic_message = std::exchange(g.resume_panic, std::string{});
        g.panic_line = g.current_line();
        outcome.result = ExecResult::Panic;
        return outcome;
    }

// Writes the cached top back, and reads everything cached again (the frame may have changed).
#define SYNC() stack.set_top(sp)
#define RELOAD()                                                                                   \
    do {                                                                                           \
        frame = &g.frames.back();                                                                  \
        code = frame->function->code.data();                                                       \
        fast = fused_code(*frame->function);                                                       \
        sp = stack.top();                                                                          \
        limit = stack.limit();                                                                     \
        locals = stack.data() + frame->base;                                                       \
    } while (0)
// Makes room for n more values above sp.
#define RESERVE(n)                                                                                 \
    do {                                                                                           \
        if (__builtin_expect(limit - sp < (n), 0)) {                                               \
            SYNC();                                                                                \
            stack.grow(static_cast<size_t>(n));                                                    \
            RELOAD();                                                                              \
        }                                                                                          \
    } while (0)
#define PUSH(expr)                                                                                 \
    do {                                                                                           \
        Value pushed_ = (expr);                                                                    \
        RESERVE(1);                                                                                \
        *sp++ = pushed_;                                                                           \
    } while (0)
// Pushes two values read after the room is made (making room may move the locals).
#define PUSH_PAIR(first, second)                                                                   \
    do {                                                                                           \
        RESERVE(2);                                                                                \
        sp[0] = (first);                                                                           \
        sp[1] = (second);                                                                          \
        sp += 2;                                                                                   \
        ADVANCE(2);                                                                                \
    } while (0)
// Counts n instructions as run and moves past them.
#define ADVANCE(n) (pc += (n), executed += (n))
#if GOLAB_THREADED_DISPATCH
    static const void* dispatch_table[static_cast<size_t>(Op::Count_) + 1];
    static std::atomic<bool> dispatch_ready{false};
    if (!dispatch_ready.load(std::memory_order_acquire)) {
        static std::mutex dispatch_mu;
        std::lock_guard lock(dispatch_mu);
        for (const void*& target : dispatch_table) {
            target = &&cold;
        }
#define GOLAB_TABLE_ENTRY(name) dispatch_table[static_cast<size_t>(Op::name)] = &&op_##name;
        GOLAB_HOT_OPS(GOLAB_TABLE_ENTRY)
#undef GOLAB_TABLE_ENTRY
        dispatch_ready.store(true, std::memory_order_release);
    }
#define DISPATCH() goto* dispatch_table[static_cast<size_t>(ip->op)]
#define NEXT()                                                                                     \
    do {                                                                                           \
        if (__builtin_expect(executed >= budget, 0)) {                                             \
            goto out_of_budget;                                                                    \
        }                                                                                          \
        ip = fast + pc;                                                                            \
        DISPATCH();                                                                                \
    } while (0)
#else
#define DISPATCH() goto dispatch_ip
#define NEXT() goto next
#endif
// A superinstruction that stands for n instructions: when fewer are left in the budget, the
// plain first instruction runs instead.
#define FUSED(n)                                                                                   \
    do {                                                                                           \
        if (__builtin_expect(budget - executed < (n), 0)) {                                        \
            ip = code + pc;                                                                        \
            DISPATCH();                                                                            \
        }                                                                                          \
    } while (0)
// IncLocal's work: locals[in[3].a] = wrap(locals[in[0].a] + the constant in[1].a).
#define INC_LOCAL()                                                                                \
    put_int(&locals[ip[3].a],                                                                      \
            wrap(add_wrapping(locals[ip[0].a].i, constants[ip[1].a].i), IntKind(ip[2].b)))
// LocalConstOp and LocalLocalOp: push locals[in[0].a] op y, the op being in[2]'s.
#define LOCAL_INT_OP(y)                                                                            \
    do {                                                                                           \
        FUSED(3);                                                                                  \
        int64_t r = plain_int_op(code[pc + 2], locals[ip[0].a].i, (y));                            \
        RESERVE(1);                                                                                \
        put_int(sp++, r);                                                                          \
        ADVANCE(3);                                                                                \
        NEXT();                                                                                    \
    } while (0)
// LoopConst and LoopLocal, the back edge of `for ...; i < n; i++`: the step, the jump, and
// the test at the jump's target (t, its plain instructions; y is n) in one dispatch.
#define LOOP_BACK_EDGE(y)                                                                          \
    do {                                                                                           \
        FUSED(9);                                                                                  \
        INC_LOCAL();                                                                               \
        int32_t test = ip[4].a;                                                                    \
        const Instr* t = code + test;                                                              \
        pc = locals[t[0].a].i < (y) ? test + 4 : t[3].a;                                           \
        executed += 9;                                                                             \
        NEXT();                                                                                    \
    } while (0)
#define BINARY_INT(expr)                                                                           \
    do {                                                                                           \
        int64_t y = sp[-1].i, x = sp[-2].i;                                                        \
        sp--;                                                                                      \
        put_int(&sp[-1], wrap((expr), IntKind(ip->b)));                                            \
    } while (0)
#define BINARY_FLOAT(expr)                                                                         \
    do {                                                                                           \
        double y = sp[-1].f, x = sp[-2].f;                                                         \
        double r = (expr);                                                                         \
        sp--;                                                                                      \
        put_float(&sp[-1], ip->b == 1 ? static_cast<float>(r) : r);                                \
    } while (0)
#define COMPARE(type, field, expr)                                                                 \
    do {                                                                                           \
        type y = sp[-1].field, x = sp[-2].field;                                                   \
        sp--;                                                                                      \
        put_bool(&sp[-1], expr);                                                                   \
    } while (0)
// Integer comparisons: unsigned kinds compare their bits as unsigned numbers.
#define COMPARE_INT(op)                                                                            \
    do {                                                                                           \
        int64_t y = sp[-1].i, x = sp[-2].i;                                                        \
        bool r = is_unsigned(IntKind(ip->b)) ? static_cast<uint64_t>(x)                            \
                                                   op static_cast<uint64_t>(y)                     \
                                             : x op y;                                             \
        sp--;                                                                                      \
        put_bool(&sp[-1], r);                                                                      \
    } while (0)

    RELOAD();
#if !GOLAB_THREADED_DISPATCH
next:
    if (executed >= budget) {
        goto out_of_budget;
    }
    ip = fast + pc;
dispatch_ip:
    count_dispatch(ip->op);
    switch (ip->op) {
#define GOLAB_SWITCH_ENTRY(name)                                                                   \
    case Op::name:                                                                                 \
        goto op_##name;
        GOLAB_HOT_OPS(GOLAB_SWITCH_ENTRY)
#undef GOLAB_SWITCH_ENTRY
    default:
        goto cold;
    }
#else
    NEXT();
#endif

    // [1] Constants, locals, globals
op_Const:
    PUSH(constants[ip->a]);
    ADVANCE(1);
    NEXT();
op_Pop:
    sp--;
    ADVANCE(1);
    NEXT();
op_Dup:
    PUSH(sp[-1]);
    ADVANCE(1);
    NEXT();
op_LoadLocal:
    PUSH(locals[ip->a]);
    ADVANCE(1);
    NEXT();
op_StoreLocal:
    locals[ip->a] = *--sp;
    ADVANCE(1);
    NEXT();
op_LoadGlobal:
    PUSH(globals_[static_cast<size_t>(ip->a)]);
    ADVANCE(1);
    NEXT();
op_StoreGlobal:
    globals_[static_cast<size_t>(ip->a)] = *--sp;
    ADVANCE(1);
    NEXT();
op_Nop:
    ADVANCE(1);
    NEXT();

    // [2] Arithmetic and comparisons
op_AddInt:
    BINARY_INT(add_wrapping(x, y));
    ADVANCE(1);
    NEXT();
op_SubInt:
    BINARY_INT(sub_wrapping(x, y));
    ADVANCE(1);
    NEXT();
op_MulInt:
    BINARY_INT(mul_wrapping(x, y));
    ADVANCE(1);
    NEXT();
op_DivInt:
op_RemInt : {
    // Division by zero panics and x / -1 may overflow: both take the cold path.
    int64_t y = sp[-1].i, x = sp[-2].i;
    if (y == 0 || y == -1) {
        goto cold;
    }
    bool div = ip->op == Op::DivInt;
    int64_t r;
    if (is_unsigned(IntKind(ip->b))) {
        auto ux = static_cast<uint64_t>(x), uy = static_cast<uint64_t>(y);
        r = static_cast<int64_t>(div ? ux / uy : ux % uy);
    } else {
        r = div ? x / y : x % y;
    }
    sp--;
    put_int(&sp[-1], wrap(r, IntKind(ip->b)));
    ADVANCE(1);
    NEXT();
}
op_NegInt:
    put_int(&sp[-1], wrap(sub_wrapping(0, sp[-1].i), IntKind(ip->b)));
    ADVANCE(1);
    NEXT();
op_AddFloat:
    BINARY_FLOAT(x + y);
    ADVANCE(1);
    NEXT();
op_SubFloat:
    BINARY_FLOAT(x - y);
    ADVANCE(1);
    NEXT();
op_MulFloat:
    BINARY_FLOAT(x * y);
    ADVANCE(1);
    NEXT();
op_DivFloat:
    BINARY_FLOAT(x / y);
    ADVANCE(1);
    NEXT();
op_NegFloat:
    put_float(&sp[-1], -sp[-1].f);
    ADVANCE(1);
    NEXT();
op_EqInt:
    COMPARE(int64_t, i, x == y);
    ADVANCE(1);
    NEXT();
op_NeInt:
    COMPARE(int64_t, i, x != y);
    ADVANCE(1);
    NEXT();
op_LtInt:
    COMPARE_INT(<);
    ADVANCE(1);
    NEXT();
op_LeInt:
    COMPARE_INT(<=);
    ADVANCE(1);
    NEXT();
op_GtInt:
    COMPARE_INT(>);
    ADVANCE(1);
    NEXT();
op_GeInt:
    COMPARE_INT(>=);
    ADVANCE(1);
    NEXT();
op_EqFloat:
    COMPARE(double, f, x == y);
    ADVANCE(1);
    NEXT();
op_NeFloat:
    COMPARE(double, f, x != y);
    ADVANCE(1);
    NEXT();
op_LtFloat:
    COMPARE(double, f, x < y);
    ADVANCE(1);
    NEXT();
op_LeFloat:
    COMPARE(double, f, x <= y);
    ADVANCE(1);
    NEXT();
op_GtFloat:
    COMPARE(double, f, x > y);
    ADVANCE(1);
    NEXT();
op_GeFloat:
    COMPARE(double, f, x >= y);
    ADVANCE(1);
    NEXT();
op_Not:
    put_bool(&sp[-1], !sp[-1].b);
    ADVANCE(1);
    NEXT();

    // [3] Conversions
op_IntToFloat : {
    int64_t x = sp[-1].i;
    double r = is_unsigned(IntKind(ip->b)) ? static_cast<double>(static_cast<uint64_t>(x))
                                           : static_cast<double>(x);
    put_float(&sp[-1], ip->a == 1 ? static_cast<float>(r) : r);
    ADVANCE(1);
    NEXT();
}
op_WrapInt:
    put_int(&sp[-1], wrap(sp[-1].i, IntKind(ip->b)));
    ADVANCE(1);
    NEXT();
op_Box:
    sp[-1].type = ip->a;
    ADVANCE(1);
    NEXT();

    // [4] Jumps, calls and returns
op_Jump:
    pc = ip->a;
    executed++;
    NEXT();
op_JumpIfFalse:
    pc = (--sp)->b ? pc + 1 : ip->a;
    executed++;
    NEXT();
op_JumpIfTrue:
    pc = (--sp)->b ? ip->a : pc + 1;
    executed++;
    NEXT();
op_Call : {
    const Function& callee = program_.functions[static_cast<size_t>(ip->a)];
    if (g.frames.size() >= kMaxFrames) {
        goto cold; // Go's stack overflow
    }
    RESERVE(callee.num_locals);
    Value* args = sp - ip->b;
    for (Value* p = sp; p < args + callee.num_locals; p++) {
        *p = Value{};
    }
    sp = args + callee.num_locals;
    frame->pc = pc + 1;
    g.frames.push_back(Frame{&callee, 0, static_cast<int32_t>(args - stack.data())});
    frame = &g.frames.back();
    code = callee.code.data();
    fast = fused_code(callee);
    locals = args;
    pc = 0;
    executed++;
    NEXT();
}
op_Return : {
    if (frame->deferred != DeferredBy::None) {
        goto cold;
    }
    Value* results = sp - ip->a;
    for (int32_t k = 0; k < ip->a; k++) {
        locals[k] = results[k];
    }
    sp = locals + ip->a;
    executed++;
    g.frames.pop_back();
    if (g.frames.size() <= g.stop_depth) {
        SYNC();
        outcome.result = ExecResult::Exit;
        outcome.instructions = executed;
        return outcome;
    }
    frame = &g.frames.back();
    code = frame->function->code.data();
    fast = fused_code(*frame->function);
    locals = stack.data() + frame->base;
    pc = frame->pc;
    NEXT();
}

    // [5] Slices, structs, cells (their panics go the cold way)
op_Index : {
    Value v;
    if (!index_value(sp[-2], sp[-1].i, v)) {
        goto cold;
    }
    sp--;
    sp[-1] = v;
    ADVANCE(1);
    NEXT();
}
op_StoreIndex : {
    Value* slot = element_slot(sp[-3], sp[-2].i);
    if (!slot) {
        goto cold;
    }
    *slot = sp[-1];
    sp -= 3;
    ADVANCE(1);
    NEXT();
}
op_Len : {
    const Value& v = sp[-1];
    if (v.kind == ValueKind::Object &&
        (v.obj->kind == ObjectKind::Slice || v.obj->kind == ObjectKind::String)) {
        put_int(&sp[-1], slice_len(v));
    } else if (v.kind == ValueKind::Nil) {
        put_int(&sp[-1], 0);
    } else {
        goto cold;
    }
    ADVANCE(1);
    NEXT();
}
op_Field:
    if (!is_struct(sp[-1])) {
        goto cold;
    }
    sp[-1] = static_cast<StructObject*>(sp[-1].obj)->fields[static_cast<size_t>(ip->a)];
    ADVANCE(1);
    NEXT();
op_SetField:
    if (!is_struct(sp[-2])) {
        goto cold;
    }
    static_cast<StructObject*>(sp[-2].obj)->fields[static_cast<size_t>(ip->a)] = sp[-1];
    sp -= 2;
    ADVANCE(1);
    NEXT();
op_LoadCell:
    sp[-1] = static_cast<CellObject*>(sp[-1].obj)->value;
    ADVANCE(1);
    NEXT();
op_StoreCell:
    static_cast<CellObject*>(sp[-1].obj)->value = sp[-2];
    sp -= 2;
    ADVANCE(1);
    NEXT();

    // [6] Superinstructions (fuse.cpp): ip[k] is the k-th instruction of the sequence
op_LocalLocal:
    FUSED(2);
    PUSH_PAIR(locals[ip[0].a], locals[ip[1].a]);
    NEXT();
op_LocalConst:
    FUSED(2);
    PUSH_PAIR(locals[ip[0].a], constants[ip[1].a]);
    NEXT();
op_MoveLocal:
    FUSED(2);
    locals[ip[1].a] = locals[ip[0].a];
    ADVANCE(2);
    NEXT();
op_LocalField : {
    FUSED(2);
    const Value& s = locals[ip[0].a];
    if (!is_struct(s)) {
        ip = code + pc; // the plain LoadLocal, then Field panics as Go does
        DISPATCH();
    }
    PUSH(static_cast<StructObject*>(s.obj)->fields[static_cast<size_t>(ip[1].a)]);
    ADVANCE(2);
    NEXT();
}
op_IncLocal:
    FUSED(4);
    INC_LOCAL();
    ADVANCE(4);
    NEXT();
op_LtLocalConstJump:
    FUSED(4);
    pc = locals[ip[0].a].i < constants[ip[1].a].i ? pc + 4 : ip[3].a;
    executed += 4;
    NEXT();
op_LtLocalLocalJump:
    FUSED(4);
    pc = locals[ip[0].a].i < locals[ip[1].a].i ? pc + 4 : ip[3].a;
    executed += 4;
    NEXT();
op_IntOpStore : {
    FUSED(2);
    int64_t r = plain_int_op(code[pc], sp[-2].i, sp[-1].i);
    sp -= 2;
    put_int(&locals[ip[1].a], r);
    ADVANCE(2);
    NEXT();
}
op_LocalConstOp:
    LOCAL_INT_OP(constants[ip[1].a].i);
op_LocalLocalOp:
    LOCAL_INT_OP(locals[ip[1].a].i);
op_ConstOp:
    FUSED(2);
    put_int(&sp[-1], plain_int_op(code[pc + 1], sp[-1].i, constants[ip[0].a].i));
    ADVANCE(2);
    NEXT();
op_LoopConst:
    LOOP_BACK_EDGE(constants[t[1].a].i);
op_LoopLocal:
    LOOP_BACK_EDGE(locals[t[1].a].i);
op_ConstFloatOp:
    FUSED(2);
    put_float(&sp[-1], plain_float_op(code[pc + 1], sp[-1].f, constants[ip[0].a].f));
    ADVANCE(2);
    NEXT();
op_ConstFloatJump:
    FUSED(3);
    pc = plain_float_compare(code[pc + 1], (--sp)->f, constants[ip[0].a].f) ? pc + 3 : ip[2].a;
    executed += 3;
    NEXT();

    // [7] Everything else: the top goes back to the goroutine and the opcode runs below
cold : {
    SYNC();
    ColdStep step{pc, executed, {}};
    if (!run_cold(g, *ip, step)) {
        return step.outcome;
    }
    pc = step.pc;
    executed = step.executed;
    RELOAD();
    NEXT();
}

out_of_budget:
    SYNC();
    frame->pc = pc;
    // ip is the last instruction dispatched; a jump never changes frames, so it is one of
    // this frame's, in its plain or fused code (the same indexes).
    if (ip != nullptr && is_jump(ip->op)) {
        const Instr* base = ip >= fast && ip < fast + frame->function->code.size() ? fast : code;
        g.jumped_from = static_cast<int32_t>(ip - base);
    }
    outcome.result = ExecResult::Yield;
    outcome.instructions = executed;
    return outcome;
#undef SYNC
#undef RELOAD
#undef RESERVE
#undef PUSH
#undef PUSH_PAIR
#undef ADVANCE
#undef DISPATCH
#undef NEXT
#undef FUSED
#undef INC_LOCAL
#undef LOCAL_INT_OP
#undef LOOP_BACK_EDGE
#undef BINARY_INT
#undef BINARY_FLOAT
#undef COMPARE
#undef COMPARE_INT
}

bool Vm::run_cold(Goroutine& g, const Instr& in, ColdStep& step) {
    ValueStack& stack = g.stack;
    Frame* frame = &g.frames.back();
    int32_t& pc = step.pc;
    int64_t& executed = step.executed;
    ExecOutcome& outcome = step.outcome;
    pc++;
    executed++;

    // Raises a Go panic in g with Go's message; the loop then returns Panic (or Fatal for
    // running out of memory, which no recover catches).
    auto raise = [&](std::string message) {
        outcome.result = message == kOutOfMemory ? ExecResult::Fatal : ExecResult::Panic;
        g.panic_message = std::move(message);
        frame->pc = pc;
        g.panic_line = g.current_line();
    };
    // Returns true, having raised Go's fatal "stack overflow" (no recover catches it), when
    // one more call would nest deeper than kMaxFrames.
    auto too_deep = [&]() {
        if (g.frames.size() < kMaxFrames) {
            return false;
        }
        raise("stack overflow");
        outcome.result = ExecResult::Fatal;
        outcome.instructions = executed;
        return true;
    };
    auto pop = [&]() {
        Value v = stack.back();
        stack.pop_back();
        return v;
    };

    // NOTE: the switch keeps the indentation it had inside run()'s loop, so that its history
    // (git blame) stays with each case.
    do {
        switch (in.op) {
        case Op::Zero:
            stack.push_back(zero_value(in.a));
            break;
        case Op::CopyValue:
            stack.back() = copy_value(in.a, stack.back());
            break;
        case Op::AddInt:
        case Op::SubInt:
        case Op::MulInt:
        case Op::DivInt:
        case Op::RemInt: {
            int64_t y = pop().i;
            int64_t x = stack.back().i;
            auto kind = static_cast<IntKind>(in.b);
            int64_t r = 0;
            if (in.op == Op::AddInt) {
                r = add_wrapping(x, y);
            } else if (in.op == Op::SubInt) {
                r = sub_wrapping(x, y);
            } else if (in.op == Op::MulInt) {
                r = mul_wrapping(x, y);
            } else {
                if (y == 0) {
                    raise("runtime error: integer divide by zero");
                    return outcome.instructions = executed, false;
                }
                if (is_unsigned(kind)) {
                    auto ux = static_cast<uint64_t>(x), uy = static_cast<uint64_t>(y);
                    r = static_cast<int64_t>(in.op == Op::DivInt ? ux / uy : ux % uy);
                } else if (y == -1) {
                    // The one overflowing division: Go wraps it (x / -1 == -x).
                    r = in.op == Op::DivInt ? sub_wrapping(0, x) : 0;
                } else {
                    r = in.op == Op::DivInt ? x / y : x % y;
                }
            }
            stack.back() = Value::make_int(wrap(r, kind));
            break;
        }
        case Op::Concat: {
            Value y = pop();
            std::string s(string_bytes(stack.back()));
            s += string_bytes(y);
            stack.back() = make_string(std::move(s));
            break;
        }

        case Op::EqString:
        case Op::NeString:
        case Op::LtString:
        case Op::LeString:
        case Op::GtString:
        case Op::GeString: {
            Value yv = pop();
            int c = string_bytes(stack.back()).compare(string_bytes(yv));
            bool r = in.op == Op::EqString   ? c == 0
                     : in.op == Op::NeString ? c != 0
                     : in.op == Op::LtString ? c < 0
                     : in.op == Op::LeString ? c <= 0
                     : in.op == Op::GtString ? c > 0
                                             : c >= 0;
            stack.back() = Value::make_bool(r);
            break;
        }
        case Op::EqBool:
        case Op::NeBool: {
            bool y = pop().b;
            bool x = stack.back().b;
            stack.back() = Value::make_bool(in.op == Op::EqBool ? x == y : x != y);
            break;
        }
        case Op::FloatToInt: {
            double x = stack.back().f;
            // NOTE: out-of-range conversions are implementation-defined in Go;
            // clamp instead of invoking C++ undefined behaviour.
            int64_t r;
            if (x != x) {
                r = INT64_MIN;
            } else if (x >= 9.2233720368547758e18) {
                r = is_unsigned(IntKind(in.b)) && x < 1.8446744073709552e19
                        ? static_cast<int64_t>(static_cast<uint64_t>(x))
                        : INT64_MIN;
            } else if (x < -9.2233720368547758e18) {
                r = INT64_MIN;
            } else {
                r = static_cast<int64_t>(x);
            }
            stack.back() = Value::make_int(wrap(r, IntKind(in.b)));
            break;
        }
        case Op::FloatToF32:
            stack.back() = Value::make_float(static_cast<float>(stack.back().f));
            break;
        case Op::Call: {
            const Function& callee = program_.functions[in.a];
            frame->pc = pc;
            if (too_deep()) {
                return false;
            }
            auto base = static_cast<int32_t>(stack.size()) - in.b;
            stack.resize(base + callee.num_locals);
            g.frames.push_back(Frame{&callee, 0, base});
            frame = &g.frames.back();
            pc = 0;
            break;
        }
        case Op::Return: {
            int32_t nresults = in.a;
            int32_t base = frame->base;
            auto first = static_cast<int32_t>(stack.size()) - nresults;
            for (int32_t k = 0; k < nresults; k++) {
                stack[base + k] = stack[first + k];
            }
            stack.resize(base + nresults);
            DeferredBy deferred = frame->deferred;
            g.frames.pop_back();
            if (deferred == DeferredBy::Fmt) {
                // A method fmt's loop called: its text, and that it did not panic.
                g.fmt_frames--;
                stack.push_back(Value::make_bool(false));
                stack.push_back(Value{});
                frame = &g.frames.back();
                pc = frame->pc;
                break;
            }
            if (deferred != DeferredBy::None) {
                stack.resize(base); // a deferred call's results are dropped
                if (!deferred_returned(g, deferred)) {
                    outcome.result = g.goexited ? ExecResult::Exit : ExecResult::Panic;
                    outcome.instructions = executed;
                    return false;
                }
                frame = &g.frames.back();
                pc = frame->pc;
                break;
            }
            if (g.frames.size() <= g.stop_depth) {
                outcome.result = ExecResult::Exit;
                outcome.instructions = executed;
                return false;
            }
            frame = &g.frames.back();
            pc = frame->pc;
            break;
        }
        case Op::CallNative: {
            frame->pc = pc;
            g.slice_executed = executed;
            ExecResult stop = ExecResult::Yield;
            size_t depth = g.frames.size();
            if (!call_native(g, NativeId(in.a), in.b, stop)) {
                // Parked or panicked: the frame already points past the call.
                // (A panic inside a String method keeps that method's line.)
                // NOTE: frame may dangle here (a String method may have grown g.frames).
                if (stop == ExecResult::Panic && g.frames.size() == depth) {
                    g.panic_line = g.frames.back().function->lines[pc - 1];
                }
                outcome.result = stop;
                outcome.instructions = executed;
                return false;
            }
            // A String method may have grown g.frames; FmtInvoke calls one here.
            frame = &g.frames.back();
            pc = frame->pc;
            break;
        }
        case Op::Go: {
            frame->pc = pc;
            g.slice_executed = executed;
            auto first = stack.size() - in.b;
            hooks_.spawn(g, in.a, std::span<const Value>(stack.data() + first, in.b));
            stack.resize(first);
            break;
        }

        case Op::MakeSlice: {
            auto* array = new ArrayObject();
            auto first = stack.size() - in.b;
            array->elems.assign(stack.begin() + first, stack.end());
            stack.resize(first);
            hooks_.adopt(array);
            auto* slice = new SliceObject();
            slice->array = array;
            slice->len = slice->cap = in.b;
            stack.push_back(Value::make_object(hooks_.adopt(slice)));
            break;
        }
        case Op::Index: {
            int64_t i = pop().i;
            Value s = stack.back();
            int64_t n = slice_len(s);
            if (i < 0 || i >= n) {
                raise(index_error(i, n));
                return outcome.instructions = executed, false;
            }
            if (s.obj->kind == ObjectKind::String) {
                stack.back() = Value::make_int(
                    static_cast<uint8_t>(static_cast<StringObject*>(s.obj)->bytes[i]));
            } else if (s.obj->kind == ObjectKind::Array) {
                stack.back() = static_cast<ArrayObject*>(s.obj)->elems[i];
            } else {
                auto* slice = static_cast<SliceObject*>(s.obj);
                stack.back() = slice->array->elems[slice->offset + i];
            }
            break;
        }
        case Op::StoreIndex: {
            Value v = pop();
            int64_t i = pop().i;
            Value s = pop();
            int64_t n = slice_len(s);
            if (i < 0 || i >= n) {
                raise(index_error(i, n));
                return outcome.instructions = executed, false;
            }
            if (s.obj->kind == ObjectKind::Array) {
                static_cast<ArrayObject*>(s.obj)->elems[i] = v;
                break;
            }
            auto* slice = static_cast<SliceObject*>(s.obj);
            slice->array->elems[slice->offset + i] = v;
            break;
        }
        case Op::Len: {
            Value& v = stack.back();
            if (v.kind == ValueKind::Object && v.obj->kind == ObjectKind::Chan) {
                v = Value::make_int(hooks_.chan_len(*static_cast<ChanObject*>(v.obj)));
            } else if (v.kind == ValueKind::Object && v.obj->kind == ObjectKind::Map) {
                v = Value::make_int(static_cast<MapObject*>(v.obj)->live);
            } else {
                v = Value::make_int(slice_len(v));
            }
            break;
        }
        case Op::MakeChan: {
            int64_t n = pop().i;
            if (n < 0 || n > (int64_t{1} << 40)) {
                raise("makechan: size out of range");
                return outcome.instructions = executed, false;
            }
            auto* ch = new ChanObject();
            ch->elem = in.a;
            ch->cap = n;
            stack.push_back(Value::make_object(hooks_.adopt(ch)));
            break;
        }
        case Op::Send:
        case Op::Recv:
        case Op::Close:
        case Op::Select: {
            frame->pc = pc;
            g.slice_executed = executed;
            RuntimeHooks::OpResult r;
            if (in.op == Op::Send) {
                Value v = pop();
                Value ch = pop();
                r = hooks_.chan_send(g, static_cast<ChanObject*>(ch.obj), v);
            } else if (in.op == Op::Recv) {
                Value ch = pop();
                r = hooks_.chan_recv(g, static_cast<ChanObject*>(ch.obj), in.a == 1);
            } else if (in.op == Op::Close) {
                Value ch = pop();
                r = hooks_.chan_close(g, static_cast<ChanObject*>(ch.obj));
            } else {
                std::vector<RuntimeHooks::SelectCase> cases(in.a);
                size_t first = stack.size() - 3 * static_cast<size_t>(in.a);
                for (int32_t k = 0; k < in.a; k++) {
                    cases[k].send = stack[first + 3 * k].i == 1;
                    cases[k].ch = static_cast<ChanObject*>(stack[first + 3 * k + 1].obj);
                    cases[k].value = stack[first + 3 * k + 2];
                }
                stack.resize(first);
                r = hooks_.select(g, cases, in.b == 1);
            }
            ExecResult stop = ExecResult::Yield;
            if (!finish_op(g, r, stop)) {
                if (stop == ExecResult::Panic || stop == ExecResult::Fatal) {
                    g.panic_line = frame->function->lines[pc - 1];
                }
                outcome.result = stop;
                outcome.instructions = executed;
                return false;
            }
            break;
        }
        case Op::AndInt:
        case Op::OrInt:
        case Op::XorInt:
        case Op::AndNotInt: {
            int64_t y = pop().i;
            int64_t x = stack.back().i;
            int64_t r = in.op == Op::AndInt   ? x & y
                        : in.op == Op::OrInt  ? x | y
                        : in.op == Op::XorInt ? x ^ y
                                              : x & ~y;
            stack.back() = Value::make_int(wrap(r, IntKind(in.b)));
            break;
        }
        case Op::ComplInt:
            stack.back() = Value::make_int(wrap(~stack.back().i, IntKind(in.b)));
            break;
        case Op::ShlInt:
        case Op::ShrInt: {
            int64_t n = pop().i;
            if (in.a == 0 && n < 0) {
                raise("runtime error: negative shift amount");
                return outcome.instructions = executed, false;
            }
            int64_t x = stack.back().i;
            auto kind = IntKind(in.b);
            stack.back() = Value::make_int(in.op == Op::ShlInt ? shift_left(x, uint64_t(n), kind)
                                                               : shift_right(x, uint64_t(n), kind));
            break;
        }
        case Op::MakeSliceCap: {
            int64_t cap = pop().i;
            int64_t len = pop().i;
            Value r;
            std::string err = make_slice(in.a, len, cap, r);
            if (err == kOutOfMemory && g.stop_depth == 0 && hooks_.collection_may_help()) {
                // Garbage may be in the way: leave the instruction undone, its operands back
                // in place, so that it runs again once the scheduler has collected.
                stack.push_back(Value::make_int(len));
                stack.push_back(Value::make_int(cap));
                hooks_.request_collection();
                frame->pc = --pc;
                outcome.result = ExecResult::Yield;
                outcome.instructions = --executed;
                return false;
            }
            if (!err.empty()) {
                raise(std::move(err));
                return outcome.instructions = executed, false;
            }
            stack.push_back(r);
            break;
        }
        case Op::Cap: {
            Value& v = stack.back();
            int64_t n = 0;
            if (v.kind == ValueKind::Object && v.obj->kind == ObjectKind::Chan) {
                n = static_cast<ChanObject*>(v.obj)->cap;
            } else if (v.kind == ValueKind::Object) {
                n = static_cast<SliceObject*>(v.obj)->cap;
            }
            v = Value::make_int(n);
            break;
        }
        case Op::SliceExpr: {
            int64_t max = (in.a & 2) ? pop().i : 0;
            int64_t high = (in.a & 1) ? pop().i : 0;
            int64_t low = pop().i;
            Value r;
            if (in.b == 2 && stack.back().kind == ValueKind::Nil) {
                raise(kNilDereference); // a nil *[N]T
                return outcome.instructions = executed, false;
            }
            std::string err = slice_of(stack.back(), in.a, in.b == 1, low, high, max, r);
            if (!err.empty()) {
                raise(std::move(err));
                return outcome.instructions = executed, false;
            }
            stack.back() = r;
            break;
        }
        case Op::IsNil: {
            // An interface (b = 1) is nil only without a dynamic type.
            const Value& v = stack.back();
            stack.back() =
                Value::make_bool(v.kind == ValueKind::Nil && (in.b == 0 || v.type == kNoType));
            break;
        }
        case Op::Append: {
            size_t first = stack.size() - static_cast<size_t>(in.b);
            Value r =
                append(in.a, stack[first - 1], std::span<const Value>(stack.data() + first, in.b));
            stack.resize(first);
            stack.back() = r;
            break;
        }
        case Op::AppendSpread: {
            Value xs = pop();
            stack.back() = append_spread(in.a, stack.back(), xs);
            break;
        }
        case Op::Copy: {
            Value src = pop();
            stack.back() = Value::make_int(copy_slice(stack.back(), src));
            break;
        }
        case Op::MakeMap: {
            stack.back() = make_map(in.a);
            break;
        }
        case Op::MapIndex: {
            Value k = pop();
            Value m = stack.back();
            if (std::string bad = unhashable_map_key(m, k); !bad.empty()) {
                raise("runtime error: hash of unhashable type " + bad);
                return outcome.instructions = executed, false;
            }
            MapEntry* e = m.kind == ValueKind::Object
                              ? map_find(program_, *static_cast<MapObject*>(m.obj), k)
                              : nullptr;
            stack.back() = e ? e->value : zero_value(in.b);
            if (in.a == 1) {
                stack.push_back(Value::make_bool(e != nullptr));
            }
            break;
        }
        case Op::MapStore: {
            Value v = pop();
            Value k = pop();
            Value m = pop();
            if (std::string bad = unhashable_map_key(m, k); !bad.empty()) {
                raise("runtime error: hash of unhashable type " + bad);
                return outcome.instructions = executed, false;
            }
            if (m.kind != ValueKind::Object) {
                raise("assignment to entry in nil map");
                return outcome.instructions = executed, false;
            }
            map_store(program_, *static_cast<MapObject*>(m.obj), k, v);
            break;
        }
        case Op::MapDelete: {
            Value k = pop();
            Value m = pop();
            if (std::string bad = unhashable_map_key(m, k); !bad.empty()) {
                raise("runtime error: hash of unhashable type " + bad);
                return outcome.instructions = executed, false;
            }
            if (m.kind == ValueKind::Object) {
                map_delete(program_, *static_cast<MapObject*>(m.obj), k);
            }
            break;
        }
        case Op::MapKeys: {
            Value m = stack.back();
            std::vector<Value> keys;
            if (m.kind == ValueKind::Object) {
                keys = map_range_keys(*static_cast<MapObject*>(m.obj));
            }
            stack.back() = Value{};
            if (!keys.empty()) {
                stack.back() = append(kNoType, Value{}, keys);
            }
            break;
        }
        case Op::DeferValue: {
            // A nil function value is deferred as it is: Go panics when the call runs.
            size_t at = stack.size() - static_cast<size_t>(in.b) - 1;
            DeferRecord d;
            d.frame = g.frames.size() - 1;
            d.nil_func = stack[at].kind != ValueKind::Object || !stack[at].obj;
            d.closure = stack[at];
            d.args.assign(stack.begin() + static_cast<std::ptrdiff_t>(at) + 1, stack.end());
            stack.resize(at);
            g.defers.push_back(std::move(d));
            break;
        }
        case Op::Defer:
        case Op::DeferNative: {
            DeferRecord d;
            d.frame = g.frames.size() - 1;
            d.native = in.op == Op::DeferNative;
            d.id = in.a;
            d.args.assign(stack.end() - in.b, stack.end());
            stack.resize(stack.size() - static_cast<size_t>(in.b));
            g.defers.push_back(std::move(d));
            break;
        }
        case Op::RunDefers: {
            if (g.defers.empty() || g.defers.back().frame != g.frames.size() - 1) {
                break;
            }
            DeferRecord d = std::move(g.defers.back());
            g.defers.pop_back();
            frame->pc = pc - 1; // back here for the next one
            if (d.nil_func) {
                raise(kNilDereference);
                return outcome.instructions = executed, false;
            }
            if (!d.native) {
                push_deferred_call(g, d, DeferredBy::Return);
                frame = &g.frames.back();
                pc = 0;
                break;
            }
            size_t before = stack.size();
            stack.insert(stack.end(), d.args.begin(), d.args.end());
            g.slice_executed = executed;
            ExecResult stop = ExecResult::Yield;
            if (!call_native(g, NativeId(d.id), static_cast<int32_t>(d.args.size()), stop)) {
                if (stop == ExecResult::Panic) {
                    g.panic_line = frame->function->lines[pc - 1];
                }
                outcome.result = stop;
                outcome.instructions = executed;
                return false;
            }
            stack.resize(before);
            pc--;
            break;
        }
        case Op::ConvertString:
            stack.back() = convert_string(StringConv(in.a), stack.back());
            break;
        case Op::SliceToArray: {
            std::string err = slice_to_array(stack.back(), in.a);
            if (!err.empty()) {
                raise(err);
                return outcome.instructions = executed, false;
            }
            break;
        }
        case Op::DecodeRune: {
            int64_t i = pop().i;
            int32_t rune;
            int width;
            decode_rune(string_bytes(stack.back()), static_cast<size_t>(i), rune, width);
            stack.back() = Value::make_int(rune);
            stack.push_back(Value::make_int(width));
            break;
        }
        // Pointers, structs, arrays, closures, interfaces (see vm_objects.cpp).
        case Op::NewCell:
            stack.back() = Value::make_object(hooks_.adopt(new CellObject(stack.back())));
            break;
        case Op::Field:
        case Op::FieldRef: {
            Value& s = stack.back();
            if (s.kind != ValueKind::Object || !s.obj) {
                raise(kNilDereference);
                return outcome.instructions = executed, false;
            }
            auto* st = static_cast<StructObject*>(s.obj);
            s = in.op == Op::Field ? st->fields[in.a]
                                   : Value::make_object(hooks_.adopt(new RefObject(st, in.a)));
            break;
        }
        case Op::SetField: {
            Value v = pop();
            Value s = pop();
            if (s.kind != ValueKind::Object || !s.obj) {
                raise(kNilDereference);
                return outcome.instructions = executed, false;
            }
            static_cast<StructObject*>(s.obj)->fields[in.a] = v;
            break;
        }
        case Op::IndexRef: {
            int64_t i = pop().i;
            Value s = stack.back();
            int64_t n = slice_len(s);
            if (i < 0 || i >= n) {
                raise("runtime error: index out of range [" + std::to_string(i) + "] with length " +
                      std::to_string(n));
                return outcome.instructions = executed, false;
            }
            Object* container = s.obj;
            if (s.obj->kind == ObjectKind::Slice) {
                auto* slice = static_cast<SliceObject*>(s.obj);
                container = slice->array;
                i += slice->offset;
            }
            stack.back() = Value::make_object(hooks_.adopt(new RefObject(container, i)));
            break;
        }
        case Op::GlobalRef:
            stack.push_back(Value::make_object(hooks_.adopt(new RefObject(nullptr, in.a))));
            break;
        case Op::Deref: {
            Value p = stack.back();
            std::string err = load_through(p, stack.back());
            if (!err.empty()) {
                raise(err);
                return outcome.instructions = executed, false;
            }
            break;
        }
        case Op::StoreDeref: {
            Value p = pop();
            Value v = pop();
            std::string err;
            if (in.b == 1) {
                if (p.kind != ValueKind::Object || !p.obj) {
                    err = kNilDereference;
                } else {
                    copy_into(in.a, p.obj, v);
                }
            } else {
                err = store_through(p, v);
            }
            if (!err.empty()) {
                raise(err);
                return outcome.instructions = executed, false;
            }
            break;
        }
        case Op::MakeClosure: {
            auto* c = new ClosureObject();
            c->function = in.a;
            auto first = stack.size() - in.b;
            c->captures.assign(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
            stack.resize(first);
            stack.push_back(Value::make_object(hooks_.adopt(c)));
            break;
        }
        case Op::MakeBound: {
            auto* c = new ClosureObject();
            c->function = in.a;
            c->bound = true;
            c->captures.push_back(stack.back());
            stack.back() = Value::make_object(hooks_.adopt(c));
            break;
        }
        case Op::CallValue:
        case Op::GoValue: {
            if (in.op == Op::CallValue && too_deep()) {
                return false;
            }
            size_t at = stack.size() - in.b - 1;
            Value f = stack[at];
            if (f.kind != ValueKind::Object || !f.obj) {
                raise(kNilDereference);
                return outcome.instructions = executed, false;
            }
            auto* c = static_cast<ClosureObject*>(f.obj);
            stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(at));
            const Function* callee = nullptr;
            if (in.op == Op::GoValue) {
                // Lay the new goroutine's first locals out here, then hand them over.
                enter_closure(stack, at, in.b, *c, callee);
                frame->pc = pc;
                g.slice_executed = executed;
                hooks_.spawn(g, c->function,
                             std::span<const Value>(stack.data() + at, stack.size() - at));
                stack.resize(at);
                break;
            }
            enter_closure(stack, at, in.b, *c, callee);
            frame->pc = pc;
            g.frames.push_back(Frame{callee, 0, static_cast<int32_t>(at)});
            frame = &g.frames.back();
            pc = 0;
            break;
        }
        case Op::CallIface: {
            if (too_deep()) {
                return false;
            }
            size_t at = stack.size() - in.b - 1;
            Value& recv = stack[at];
            bool deref = false;
            int32_t fn = find_method(recv, in.a, deref);
            if (fn < 0) {
                raise(frame->function->library ? kNilWriterCall : kNilDereference);
                return outcome.instructions = executed, false;
            }
            const Function& callee = program_.functions[fn];
            if (deref) {
                // A value method called through a pointer: the method gets a copy.
                TypeId elem = program_.types[recv.type].elem;
                Value v;
                std::string err = load_through(recv, v);
                if (!err.empty()) {
                    raise(err);
                    return outcome.instructions = executed, false;
                }
                recv = copy_value(elem, v);
            } else {
                TypeKind k = program_.types[recv.type].kind;
                if (k == TypeKind::Struct || k == TypeKind::Array) {
                    recv = copy_value(recv.type, recv);
                }
            }
            frame->pc = pc;
            stack.resize(at + callee.num_locals);
            g.frames.push_back(Frame{&callee, 0, static_cast<int32_t>(at)});
            frame = &g.frames.back();
            pc = 0;
            break;
        }
        case Op::EqValue: {
            Value y = pop();
            std::string err;
            bool eq = values_equal(in.a, stack.back(), y, err);
            if (!err.empty()) {
                raise(err);
                return outcome.instructions = executed, false;
            }
            stack.back() = Value::make_bool(eq);
            break;
        }
        case Op::Assert:
        case Op::AssertOk: {
            Value x = stack.back();
            bool is_iface = program_.types[in.a].kind == TypeKind::Interface;
            bool ok = x.type > kNoType && (is_iface ? implements(x.type, in.a) : x.type == in.a);
            if (in.op == Op::Assert) {
                if (!ok) {
                    raise(assert_failure(x, in.a, in.b));
                    return outcome.instructions = executed, false;
                }
                break;
            }
            if (!ok) {
                stack.back() = zero_value(in.a);
            }
            stack.push_back(Value::make_bool(ok));
            break;
        }
        case Op::TypeIs: {
            const Value& x = stack.back();
            bool r = in.b == 2   ? x.type == kNoType
                     : in.b == 1 ? x.type > kNoType && implements(x.type, in.a)
                                 : x.type == in.a;
            stack.back() = Value::make_bool(r);
            break;
        }
        default:
            assert(false && "a hot opcode reached the cold path");
            break;
        }
    } while (false);

    // Every instruction that allocates is a cold one, so this one check paces the collector
    // and bounds a program's memory, whatever allocated it.
    if (__builtin_expect(hooks_.heap_over_trigger(), 0)) {
        // The instruction is done and the goroutine's state is whole: end the slice here so
        // that the scheduler collects before this goroutine goes on (a slice that went on
        // could make hundreds of MiB first). The virtual executor carries on with the same
        // turn after collecting, so its schedule stays what it would be without. Out of
        // memory is for when the live objects alone are over the limit. NOTE: a native's
        // callback into Go runs to its end without leaving the slice, so inside one there is
        // no collecting.
        if (g.stop_depth == 0 && hooks_.collection_may_help()) {
            hooks_.request_collection();
            frame->pc = pc;
            outcome.result = ExecResult::Yield;
            outcome.instructions = executed;
            return false;
        }
        if (hooks_.heap_exhausted()) {
            raise(kOutOfMemory);
            outcome.instructions = executed;
            return false;
        }
    }
    if (__builtin_expect(hooks_.gc_stress(), 0) && g.stop_depth == 0) {
        frame->pc = pc;
        hooks_.stress_safepoint(g);
    }
    return true;
}

bool Vm::call_sync(Goroutine& g, int32_t fn, std::span<const Value> args,
                   std::vector<Value>& results, const ClosureObject* closure, bool* parked) {
    // Each nested call runs a fresh execute() on the host stack, under the native that made
    // it: a String method that prints its own receiver would nest until the host crashed.
    // Go's stack gives out too for such a program, so it ends with Go's fatal error.
    if (g.host_nesting + kMethodCallNesting >= kMaxHostNesting) {
        g.panic_message = "stack overflow";
        g.panic_line = g.current_line();
        g.native_fatal = true;
        return false;
    }
    const Function* f = &program_.functions[fn];
    size_t saved_depth = g.stop_depth;
    size_t depth = g.frames.size();
    auto base = static_cast<int32_t>(g.stack.size());
    g.stack.insert(g.stack.end(), args.begin(), args.end());
    if (closure) {
        enter_closure(g.stack, static_cast<size_t>(base), static_cast<int32_t>(args.size()),
                      *closure, f);
    } else {
        g.stack.resize(static_cast<size_t>(base) + f->num_locals);
    }
    g.frames.push_back(Frame{f, 0, base});
    g.stop_depth = depth;
    // The nested run counts its instructions from zero; the virtual clock
    // must not see the outer slice's count go backwards.
    int64_t outer_executed = g.slice_executed, outer_accounted = g.slice_accounted;
    g.slice_executed = g.slice_accounted = 0;
    // NOTE: the call runs to its end in this one slice; Go code that would
    // block here (a channel, a lock) cannot park from inside a native.
    ExecOutcome r;
    int outer_nesting = g.host_nesting;
    g.host_nesting += kMethodCallNesting;
    do {
        r = execute(g, int64_t{1} << 40);
    } while (r.result == ExecResult::Yield);
    g.host_nesting = outer_nesting;
    g.stop_depth = saved_depth;
    if (r.result == ExecResult::Fatal) {
        g.native_fatal = true; // passed up through the native that called (see call_native)
    }
    g.slice_executed = outer_executed;
    g.slice_accounted = outer_accounted;
    if (r.result == ExecResult::Park && parked) {
        *parked = true;
        return false;
    }
    if (r.result == ExecResult::Park) {
        g.panic_message = "not supported yet: blocking inside a function the library calls "
                          "(a String or Error method, a sort less function)";
        return false;
    }
    if (r.result != ExecResult::Exit) {
        return false;
    }
    results.assign(g.stack.begin() + base, g.stack.end());
    g.stack.resize(static_cast<size_t>(base));
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] natives
//-----------------------------------------------------------------------------

bool Vm::finish_op(Goroutine& g, RuntimeHooks::OpResult r, ExecResult& stop) {
    switch (r) {
    case RuntimeHooks::OpResult::Done:
        g.stack.insert(g.stack.end(), g.resume_values.begin(), g.resume_values.end());
        g.resume_values.clear();
        return true;
    case RuntimeHooks::OpResult::Park:
        g.line.store(g.current_line(), std::memory_order_relaxed);
        stop = ExecResult::Park;
        return false;
    case RuntimeHooks::OpResult::Panic:
        stop = ExecResult::Panic;
        return false;
    case RuntimeHooks::OpResult::Fatal:
        stop = ExecResult::Fatal;
        return false;
    }
    return true;
}

std::span<const Value> variadic(const Value& v) {
    if (v.kind != ValueKind::Object || !v.obj) {
        return {};
    }
    auto* slice = static_cast<SliceObject*>(v.obj);
    return std::span<const Value>(slice->array->elems.data() + slice->offset,
                                  static_cast<size_t>(slice->len));
}

bool Vm::call_native(Goroutine& g, NativeId id, int32_t argc, ExecResult& stop) {
    if (call_native_body(g, id, argc, stop)) {
        return true;
    }
    // Go code the native ran died of a fatal error (natives report it as a panic): no
    // deferred call may recover it, and it ends the program as Go's fatal error does.
    if (g.native_fatal && stop == ExecResult::Panic) {
        g.native_fatal = false;
        stop = ExecResult::Fatal;
    }
    return false;
}

bool Vm::call_native_body(Goroutine& g, NativeId id, int32_t argc, ExecResult& stop) {
    ValueStack& stack = g.stack;
    Value* args = stack.data() + (stack.size() - argc);

    // Replaces the arguments on the stack with the results.
    auto finish = [&](std::initializer_list<Value> results) {
        stack.resize(stack.size() - argc);
        for (const Value& r : results) {
            stack.push_back(r);
        }
        return true;
    };
    auto print_result = [&](size_t n) {
        return finish({Value::make_int(static_cast<int64_t>(n)), Value{}});
    };

    GoMethodCaller caller(*this, program_, g);
    // fmt's natives: a String or Error method that panics ends the call.
    auto fmt_result = [&](std::string s, bool print) {
        if (caller.panicked) {
            stop = ExecResult::Panic;
            return false;
        }
        if (!print) {
            return finish({make_string(std::move(s))});
        }
        hooks_.write_output(g, 1, s);
        return print_result(s.size());
    };

    if (is_library_native(id)) {
        LibraryCall call{std::span<const Value>(args, static_cast<size_t>(argc)), hooks_, {}, {}};
        call_library(library_id(id), call);
        if (!call.panic.empty()) {
            g.panic_message = std::move(call.panic);
            stop = ExecResult::Panic;
            return false;
        }
        stack.resize(stack.size() - static_cast<size_t>(argc));
        stack.insert(stack.end(), call.results.begin(), call.results.end());
        return true;
    }

    // A method of a nil *sync.WaitGroup, *Mutex, *RWMutex, *Once, atomic value, *time.Timer
    // or *time.Ticker: Go's method faults on the nil receiver.
    switch (id) {
    case NativeId::WaitGroupAdd:
    case NativeId::WaitGroupDone:
    case NativeId::WaitGroupWait:
    case NativeId::MutexLock:
    case NativeId::MutexUnlock:
    case NativeId::MutexTryLock:
    case NativeId::RWMutexLock:
    case NativeId::RWMutexUnlock:
    case NativeId::RWMutexRLock:
    case NativeId::RWMutexRUnlock:
    case NativeId::RWMutexTryLock:
    case NativeId::RWMutexTryRLock:
    case NativeId::AtomicAdd:
    case NativeId::AtomicLoad:
    case NativeId::AtomicStore:
    case NativeId::AtomicSwap:
    case NativeId::AtomicCompareAndSwap:
    case NativeId::OnceDone:
    case NativeId::OnceTry:
    case NativeId::OnceFinish:
    case NativeId::TimeTimerC:
    case NativeId::TimeTimerStop:
    case NativeId::TimeTickerStop:
    case NativeId::TimeTimerReset:
    case NativeId::TimeTickerReset:
        if (args[0].kind != ValueKind::Object || !args[0].obj) {
            // Go's Reset first reads the timer's function, 0x20 into the Timer.
            const bool reset = id == NativeId::TimeTimerReset || id == NativeId::TimeTickerReset;
            g.panic_message = reset ? nil_dereference_at("0x20") : kNilDereference;
            stop = ExecResult::Panic;
            return false;
        }
        break;
    default:
        break;
    }

    const bool sync_map = id >= NativeId::SyncMapLoad && id <= NativeId::SyncMapSnapshot;
    if (sync_map || (id >= NativeId::ContextBackground && id <= NativeId::TimeAfterFunc)) {
        // NOTE: a copy, since Go code called back (a String method) may move the stack.
        const std::vector<Value> copy(args, args + argc);
        std::vector<Value> results;
        if (!(sync_map ? call_sync_map(g, id, copy, results)
                       : call_context(g, id, copy, results))) {
            stop = ExecResult::Panic;
            return false;
        }
        stack.resize(stack.size() - static_cast<size_t>(argc));
        stack.insert(stack.end(), results.begin(), results.end());
        return true;
    }

    switch (id) {
    case NativeId::FmtPrint:
    case NativeId::FmtPrintln:
    case NativeId::FmtPrintf:
    case NativeId::FmtSprint:
    case NativeId::FmtSprintln:
    case NativeId::FmtSprintf: {
        // Deferred (defer fmt.Println(x)), or called by the library: the host's stack only.
        std::string text =
            fmt_text(id, std::span<const Value>(args, size_t(argc)), caller, nullptr);
        return fmt_result(std::move(text), fmt_result_count(id) == 2);
    }

    case NativeId::RuntimeGosched:
        finish({});
        g.gosched = true;
        stop = ExecResult::Yield;
        return false;
    case NativeId::RuntimeGoexit:
        finish({});
        if (g.stop_depth > 0) {
            g.panic_message = "not supported yet: runtime.Goexit inside a function the library "
                              "calls (a String or Error method, a sort less function)";
            stop = ExecResult::Panic;
            return false;
        }
        g.goexit_requested = true; // execute() unwinds it (vm_defer.cpp)
        stop = ExecResult::Panic;
        return false;
    case NativeId::RuntimeNumGoroutine:
        return finish({Value::make_int(hooks_.num_goroutine())});
    case NativeId::RuntimeNumCPU:
        return finish({Value::make_int(hooks_.num_cpu())});
    case NativeId::RuntimeGOMAXPROCS: {
        const RuntimeHooks::ProcsChange change = hooks_.gomaxprocs(g, args[0].i);
        if (change.fatal) {
            g.native_fatal = true;
            stop = ExecResult::Panic;
            return false;
        }
        finish({Value::make_int(change.previous)});
        if (change.moved) {
            stop = ExecResult::Yield; // its P stopped: it goes on on another
            return false;
        }
        return true;
    }
    case NativeId::TimeSleep: {
        int64_t d = args[0].i;
        finish({});
        if (d <= 0) {
            return true; // Go returns at once for a non-positive duration
        }
        g.line.store(g.current_line(), std::memory_order_relaxed);
        hooks_.sleep(g, d);
        stop = ExecResult::Park;
        return false;
    }
    case NativeId::TimeNow:
        return finish({Value::make_int(hooks_.now_ns(g))});
    case NativeId::TimeSince: {
        GoTime now = time_of(Value::make_int(hooks_.now_ns(g)), wall_epoch_ns_);
        return finish({Value::make_int(time_sub(now, time_of(args[0], wall_epoch_ns_)))});
    }
    case NativeId::TimeTimeSub:
        return finish({Value::make_int(
            time_sub(time_of(args[0], wall_epoch_ns_), time_of(args[1], wall_epoch_ns_)))});
    case NativeId::TimeDurationString:
        return finish({make_string(format_duration(args[0].i))});
    case NativeId::TimeDurationSeconds: {
        int64_t d = args[0].i;
        // Go splits whole and fractional seconds to keep precision.
        double r = static_cast<double>(d / 1000000000) + static_cast<double>(d % 1000000000) / 1e9;
        return finish({Value::make_float(r)});
    }
    case NativeId::TimeDurationMs:
        return finish({Value::make_int(args[0].i / 1000000)});

    case NativeId::RandFloat32:
        return finish({Value::make_float(hooks_.rand_float32())});
    case NativeId::RandFloat64:
        return finish({Value::make_float(hooks_.rand_float64())});
    case NativeId::RandIntn: {
        int64_t n = args[0].i;
        if (n <= 0) {
            g.panic_message = "invalid argument to Intn";
            stop = ExecResult::Panic;
            return false;
        }
        return finish({Value::make_int(hooks_.rand_intn(n))});
    }
    case NativeId::RandSeed:
        hooks_.rand_seed(args[0].i);
        return finish({});

    case NativeId::WaitGroupAdd:
    case NativeId::WaitGroupDone: {
        auto* wg = static_cast<WaitGroupObject*>(args[0].obj);
        int64_t delta = id == NativeId::WaitGroupAdd ? args[1].i : -1;
        finish({});
        if (!hooks_.waitgroup_add(g, *wg, delta)) {
            stop = ExecResult::Panic;
            return false;
        }
        return true;
    }
    case NativeId::WaitGroupWait: {
        auto* wg = static_cast<WaitGroupObject*>(args[0].obj);
        finish({});
        g.line.store(g.current_line(), std::memory_order_relaxed);
        if (hooks_.waitgroup_wait(g, *wg)) {
            stop = ExecResult::Park;
            return false;
        }
        return true;
    }
    case NativeId::MutexLock:
    case NativeId::MutexUnlock: {
        auto* m = static_cast<MutexObject*>(args[0].obj);
        finish({});
        auto r = id == NativeId::MutexLock ? hooks_.mutex_lock(g, *m) : hooks_.mutex_unlock(g, *m);
        return finish_op(g, r, stop);
    }
    case NativeId::SyncNewCond: {
        Value cond = zero_value(program_.types[size_t(program_.library_type("*sync.Cond"))].elem);
        static_cast<StructObject*>(cond.obj)->fields[1] = args[0]; // L
        return finish({cond});
    }
    case NativeId::CondNotifyListAdd:
    case NativeId::CondNotifyListWait:
    case NativeId::CondSignal:
    case NativeId::CondBroadcast: {
        if (args[0].kind != ValueKind::Object || !args[0].obj) {
            // A nil *sync.Cond: Go's method first reads its checker field, at 0x30.
            g.panic_message = nil_dereference_at("0x30");
            stop = ExecResult::Panic;
            return false;
        }
        auto& cond = *static_cast<StructObject*>(args[0].obj);
        if (id != NativeId::CondNotifyListWait && !cond_checked(cond)) {
            g.panic_message = "sync.Cond is copied";
            stop = ExecResult::Panic;
            return false;
        }
        if (id == NativeId::CondNotifyListAdd) {
            const int64_t ticket = hooks_.cond_add(g, cond);
            if (cond.fields[1].type == kNoType) {
                // Wait's c.L.Unlock() on a nil L: Go's call reads Unlock from the nil itab.
                g.panic_message = nil_dereference_at("0x20");
                stop = ExecResult::Panic;
                return false;
            }
            return finish({Value::make_int(ticket)});
        }
        if (id != NativeId::CondNotifyListWait) {
            hooks_.cond_notify(g, cond, id == NativeId::CondBroadcast);
            return finish({});
        }
        const int64_t ticket = args[1].i;
        finish({});
        g.line.store(g.current_line(), std::memory_order_relaxed);
        if (hooks_.cond_wait(g, cond, ticket)) {
            stop = ExecResult::Park;
            return false;
        }
        return true;
    }
    case NativeId::RWMutexRLocker: {
        Value r = args[0];
        r.type = program_.library_type("*sync.rlocker");
        return finish({r});
    }
    case NativeId::MutexTryLock: {
        auto* m = static_cast<MutexObject*>(args[0].obj);
        return finish({Value::make_bool(hooks_.mutex_try_lock(g, *m))});
    }
    case NativeId::TimeAfter: {
        int64_t d = args[0].i;
        return finish({Value::make_object(hooks_.after(g, d))});
    }
    case NativeId::RWMutexLock:
    case NativeId::RWMutexUnlock:
    case NativeId::RWMutexRLock:
    case NativeId::RWMutexRUnlock:
    case NativeId::RWMutexTryLock:
    case NativeId::RWMutexTryRLock: {
        auto* rw = static_cast<RWMutexObject*>(args[0].obj);
        finish({});
        // The natives are listed in RWOp's order.
        auto op = RuntimeHooks::RWOp(int(id) - int(NativeId::RWMutexLock));
        return finish_op(g, hooks_.rwmutex(g, *rw, op), stop);
    }

    case NativeId::AtomicAdd:
    case NativeId::AtomicLoad:
    case NativeId::AtomicStore:
    case NativeId::AtomicSwap:
    case NativeId::AtomicCompareAndSwap: {
        auto* a = static_cast<AtomicObject*>(args[0].obj);
        // Bools travel as payload.b, numbers as payload.i already wrapped to their width.
        auto number = [&](const Value& v) -> int64_t { return a->is_bool ? v.b : v.i; };
        auto boxed = [&](int64_t x) {
            return a->is_bool ? Value::make_bool(x != 0) : Value::make_int(x);
        };
        switch (id) {
        case NativeId::AtomicAdd: {
            int64_t delta = args[1].i;
            int64_t old = a->value.load();
            int64_t sum = 0;
            do {
                sum = wrap(add_wrapping(old, delta), a->width);
            } while (!a->value.compare_exchange_weak(old, sum));
            return finish({Value::make_int(sum)});
        }
        case NativeId::AtomicLoad:
            return finish({boxed(a->value.load())});
        case NativeId::AtomicStore:
            a->value.store(number(args[1]));
            return finish({});
        case NativeId::AtomicSwap:
            return finish({boxed(a->value.exchange(number(args[1])))});
        default: {
            int64_t expected = number(args[1]);
            bool swapped = a->value.compare_exchange_strong(expected, number(args[2]));
            return finish({Value::make_bool(swapped)});
        }
        }
    }

    case NativeId::AtomicAddInt32:
    case NativeId::AtomicLoadInt32:
    case NativeId::AtomicStoreInt32:
    case NativeId::AtomicSwapInt32:
    case NativeId::AtomicCasInt32:
    case NativeId::AtomicAddInt64:
    case NativeId::AtomicLoadInt64:
    case NativeId::AtomicStoreInt64:
    case NativeId::AtomicSwapInt64:
    case NativeId::AtomicCasInt64:
    case NativeId::AtomicAddUint32:
    case NativeId::AtomicLoadUint32:
    case NativeId::AtomicStoreUint32:
    case NativeId::AtomicSwapUint32:
    case NativeId::AtomicCasUint32:
    case NativeId::AtomicAddUint64:
    case NativeId::AtomicLoadUint64:
    case NativeId::AtomicStoreUint64:
    case NativeId::AtomicSwapUint64:
    case NativeId::AtomicCasUint64: {
        static_assert(int(NativeId::AtomicCasUint64) - int(NativeId::AtomicAddInt32) == 19,
                      "natives.h lists five atomic functions per width, widths in this order");
        static constexpr IntKind kWidths[] = {IntKind::Int32, IntKind::Int64, IntKind::Uint32,
                                              IntKind::Uint64};
        int k = int(id) - int(NativeId::AtomicAddInt32);
        IntKind width = kWidths[k / 5];
        Value* slot = pointee_slot(args[0]);
        if (!slot) {
            g.panic_message = kNilDereference;
            stop = ExecResult::Panic;
            return false;
        }
        // NOTE: the compiler builtins, not std::atomic_ref, which Emscripten's libc++ lacks.
        // The number is payload.i, already wrapped to its width; the kind tag stays Int.
        int64_t* cell = &slot->i;
        switch (k % 5) {
        case 0: {
            int64_t delta = args[1].i;
            int64_t old = __atomic_load_n(cell, __ATOMIC_SEQ_CST);
            int64_t sum = 0;
            do {
                sum = wrap(add_wrapping(old, delta), width);
            } while (!__atomic_compare_exchange_n(cell, &old, sum, true, __ATOMIC_SEQ_CST,
                                                  __ATOMIC_SEQ_CST));
            return finish({Value::make_int(sum)});
        }
        case 1:
            return finish({Value::make_int(__atomic_load_n(cell, __ATOMIC_SEQ_CST))});
        case 2:
            __atomic_store_n(cell, args[1].i, __ATOMIC_SEQ_CST);
            return finish({});
        case 3:
            return finish(
                {Value::make_int(__atomic_exchange_n(cell, args[1].i, __ATOMIC_SEQ_CST))});
        default: {
            int64_t expected = args[1].i;
            bool swapped = __atomic_compare_exchange_n(cell, &expected, args[2].i, false,
                                                       __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
            return finish({Value::make_bool(swapped)});
        }
        }
    }

    case NativeId::OnceDo:
        // NOTE: the checker lets Do be called only directly, and codegen compiles that call
        // inline around OnceTry and OnceFinish, so that f runs as an ordinary Go call.
        assert(false && "vm: sync.Once.Do reached as a native");
        return finish({});
    case NativeId::OnceDone:
        return finish(
            {Value::make_bool(static_cast<MutexObject*>(args[0].obj)->once_state.load() == 2)});
    case NativeId::OnceTry: {
        // The first caller takes the Once's mutex and runs f; a caller that finds it held
        // locks and unlocks it (MutexLock, MutexUnlock), which waits for f to finish.
        auto* m = static_cast<MutexObject*>(args[0].obj);
        bool first = hooks_.mutex_try_lock(g, *m);
        if (first && m->once_state.load() != 0) {
            hooks_.mutex_unlock(g, *m); // taken from a waiter after f finished
            first = false;
        }
        if (first) {
            m->once_state.store(1);
            // If f panics, unwinding runs this and marks the Once done, as Go's defer does.
            DeferRecord d;
            d.frame = g.frames.size() - 1;
            d.native = true;
            d.id = int32_t(NativeId::OnceFinish);
            d.args = {args[0]};
            g.defers.push_back(std::move(d));
        }
        return finish({Value::make_bool(first)});
    }
    case NativeId::OnceFinish: {
        auto* m = static_cast<MutexObject*>(args[0].obj);
        // After f returned normally, the record OnceTry left is the newest one: drop it.
        if (!g.defers.empty() && g.defers.back().native &&
            g.defers.back().id == int32_t(NativeId::OnceFinish) &&
            g.defers.back().args[0].obj == m && g.defers.back().frame == g.frames.size() - 1) {
            g.defers.pop_back();
        }
        m->once_state.store(2);
        finish({});
        return finish_op(g, hooks_.mutex_unlock(g, *m), stop);
    }

    case NativeId::TimeNewTimer:
    case NativeId::TimeNewTicker: {
        int64_t d = args[0].i;
        if (id == NativeId::TimeNewTicker && d <= 0) {
            g.panic_message = "non-positive interval for NewTicker";
            stop = ExecResult::Panic;
            return false;
        }
        int64_t period = id == NativeId::TimeNewTicker ? d : 0;
        return finish({Value::make_object(hooks_.new_timer(g, d, period))});
    }
    case NativeId::TimeTick: {
        // Go's Tick gives nil for a non-positive interval instead of panicking.
        int64_t d = args[0].i;
        if (d <= 0) {
            return finish({Value{}});
        }
        return finish({Value::make_object(hooks_.new_timer(g, d, d)->c)});
    }
    case NativeId::TimeTimerC: {
        auto* t = static_cast<TimerObject*>(args[0].obj);
        return finish({Value::make_object(t ? t->c : nullptr)});
    }
    case NativeId::TimeTimerStop:
    case NativeId::TimeTickerStop: {
        auto* t = static_cast<TimerObject*>(args[0].obj);
        bool was_active = hooks_.timer_stop(g, *t);
        if (id == NativeId::TimeTickerStop) {
            return finish({});
        }
        return finish({Value::make_bool(was_active)});
    }
    case NativeId::TimeTimerReset:
    case NativeId::TimeTickerReset: {
        auto* t = static_cast<TimerObject*>(args[0].obj);
        int64_t d = args[1].i;
        if (id == NativeId::TimeTickerReset) {
            if (d <= 0) {
                g.panic_message = "non-positive interval for Ticker.Reset";
                stop = ExecResult::Panic;
                return false;
            }
            hooks_.timer_reset(g, *t, d); // a Ticker takes d as its new period too
            return finish({});
        }
        return finish({Value::make_bool(hooks_.timer_reset(g, *t, d))});
    }

    case NativeId::BuiltinPanic: {
        // As Go's preprintpanics: an error prints its Error(), a Stringer its String().
        Value v = args[0]; // Go code run below may move the stack
        const TypeInfo& t = program_.types[static_cast<size_t>(v.type)];
        int32_t method = t.error_function >= 0 ? t.error_function : t.string_function;
        std::string text;
        if (v.type != kNoType && method >= 0) {
            if (!caller.call_string_method(v, method, text)) {
                stop = ExecResult::Panic;
                return false;
            }
        } else {
            text = panic_text(program_, v);
        }
        g.panic_has_value = true;
        g.panic_value = v;
        g.panic_message = std::move(text);
        finish({});
        stop = ExecResult::Panic;
        return false;
    }
    case NativeId::BuiltinRecover:
        return finish({recover(g)});
    case NativeId::BuiltinPrint:
    case NativeId::BuiltinPrintln: {
        std::string s = print_args(program_, variadic(args[0]), id == NativeId::BuiltinPrintln);
        hooks_.write_output(g, 2, s);
        return finish({});
    }
    case NativeId::BuiltinClose: {
        auto* ch = static_cast<ChanObject*>(args[0].obj);
        finish({});
        return finish_op(g, hooks_.chan_close(g, ch), stop);
    }
    case NativeId::SortSliceStart:
    case NativeId::SortSliceStableStart: {
        Value sorter = sort_slice_start(g, args[0],
                                        id == NativeId::SortSliceStart ? NativeId::SortSlice
                                                                       : NativeId::SortSliceStable);
        if (!sorter.obj) {
            stop = ExecResult::Panic;
            return false;
        }
        return finish({sorter});
    }
    case NativeId::SortSliceStep:
        return sort_slice_steps(g, argc, stop);
    case NativeId::FmtCallPrint:
    case NativeId::FmtCallString:
        return fmt_call(g, argc, stop);
    case NativeId::FmtInvoke:
        return fmt_invoke(g, stop);
    case NativeId::FmtResumePrint:
    case NativeId::FmtResumeString:
        return fmt_resume(g, stop);
    case NativeId::OsExit:
        hooks_.exit_program(g, static_cast<int>(args[0].i));
        finish({});
        stop = ExecResult::Exit;
        return false;
    case NativeId::Count_:
        break;
    default: // the natives from ErrorsNew on
        return call_stdlib(g, id, argc, stop);
    }
    assert(false && "vm: unknown native id");
    return finish({});
}

} // namespace golab
