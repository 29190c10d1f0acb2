// value.h: the one value representation the bytecode VM moves around.
//
// The checker knows every static type, so a Value carries only what the VM
// needs at run time: a small kind tag for dispatch-free debugging, the
// program's type id when the value sits in an interface (so fmt and type
// switches can see the dynamic type), and an 8-byte payload. Anything bigger
// than 8 bytes (strings, slices, structs, sync objects) lives in a heap Object.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace golab {

// Index into Program::types. 0 is reserved for "no type" (the nil interface).
using TypeId = int32_t;
inline constexpr TypeId kNoType = 0;

enum class ValueKind : uint8_t {
    Nil,    // nil interface, nil slice, nil pointer: payload.obj == nullptr
    Bool,   // payload.b
    Int,    // payload.i: every signed and unsigned integer type, already wrapped
    Float,  // payload.f: float32 values are kept rounded to float32 precision
    Object, // payload.obj: string, slice, struct, WaitGroup, ...
};

struct Object;

struct Value {
    ValueKind kind = ValueKind::Nil;
    // The dynamic type when this value is stored in an interface, else kNoType.
    TypeId type = kNoType;
    union {
        bool b;
        int64_t i;
        double f;
        Object* obj;
    };

    Value() : i(0) {}

    static Value make_bool(bool v) {
        Value r;
        r.kind = ValueKind::Bool;
        r.b = v;
        return r;
    }
    static Value make_int(int64_t v) {
        Value r;
        r.kind = ValueKind::Int;
        r.i = v;
        return r;
    }
    static Value make_float(double v) {
        Value r;
        r.kind = ValueKind::Float;
        r.f = v;
        return r;
    }
    static Value make_object(Object* o) {
        Value r;
        r.kind = o ? ValueKind::Object : ValueKind::Nil;
        r.obj = o;
        return r;
    }
};

static_assert(sizeof(Value) == 16, "Value should stay two words");

// Heap objects. Every object a run allocates is owned by that run's heap
// (RuntimeHooks::adopt); the collector (vm/gc.h) frees those no Value can reach
// any more, and the run's end frees the rest. Objects the compiler makes
// (constant strings, library sentinels) are never adopted and never freed.
enum class ObjectKind : uint8_t {
    String,
    Array,
    Slice,
    Struct,
    WaitGroup,
    Closure,
    Chan,
    Mutex,
    RWMutex,
    Atomic,
    Timer,
    Map,
    Cell,    // a variable that outlives its frame (vm.h)
    Ref,     // a pointer into a struct field, an array element or a global (vm.h)
    Rand,    // math/rand's generator state behind a rand.NewSource (vm_stdlib.cpp)
    Time,    // a time.Time without a monotonic reading (vm/go_time.h)
    Sorter,  // sort.Slice under way (vm.h)
    Printer, // a fmt call that stopped at a String or Error method (vm.h)
    Context, // a context.Context of package context's own types (vm.h)
};

struct Object {
    ObjectKind kind;
    // Set by adopt: the run's collector owns it (else it belongs to the Program, immutable).
    bool gc_owned = false;
    // Set while a collection marks it reachable; cleared again by the sweep.
    bool gc_marked = false;
    // Where fmt says the object lives, in units of 16 bytes from the start of Go's heap
    // (0xc000000000): adopt hands these out in allocation order, so a run under the virtual
    // executor prints the same addresses every time. 0 for objects the Program owns.
    uint32_t address = 0;
    explicit Object(ObjectKind k) : kind(k) {}
    virtual ~Object() = default;
};

// NOTE: on 64-bit hosts the address sits in what was padding; in 32-bit WebAssembly it adds 4
// bytes to every object.
static_assert(sizeof(Object) == (sizeof(void*) == 8 ? 16 : 12), "Object's header grew");

// Go strings are immutable byte sequences.
struct StringObject final : Object {
    std::string bytes;
    explicit StringObject(std::string s) : Object(ObjectKind::String), bytes(std::move(s)) {}
};

// Backing store shared by slices.
struct ArrayObject final : Object {
    std::vector<Value> elems;
    ArrayObject() : Object(ObjectKind::Array) {}
};

// A slice header is immutable once made: append and reslicing make new
// headers, element stores write through to the shared ArrayObject.
struct SliceObject final : Object {
    ArrayObject* array = nullptr;
    int64_t offset = 0;
    int64_t len = 0;
    int64_t cap = 0;
    SliceObject() : Object(ObjectKind::Slice) {}
};

// A time.Time read from a calendar (time.Date, time.Unix, t.UTC()): Unix seconds and
// nanoseconds, immutable. The zero Time is the nil Value, and a time from time.Now (which
// has a monotonic reading) is the integer program clock that it read (vm/go_time.h).
struct TimeObject final : Object {
    int64_t sec = 0;
    int32_t nsec = 0;
    TimeObject(int64_t s, int32_t ns) : Object(ObjectKind::Time), sec(s), nsec(ns) {}
};

} // namespace golab
