// program.h: what the compiler hands the VM, a checked and compiled Go program.
//
// A Program is immutable once built and is shared by every goroutine of every
// run of it, on every worker thread, without locks.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vm/natives.h"
#include "vm/opcodes.h"
#include "vm/value.h"

namespace golab {

// The run-time view of a Go type: enough for zero values, copies, fmt's
// printing (%v, %T) and the dynamic type of interface values.
enum class TypeKind : uint8_t {
    Invalid,
    Bool,
    Int, // with int_kind saying which size and signedness
    Float32,
    Float64,
    String,
    Slice,     // elem
    Interface, // empty or not; the dynamic type lives in the Value
    Func,
    Struct,     // fields
    WaitGroup,  // sync.WaitGroup
    Time,       // time.Time, held as the program clock in nanoseconds (payload.i)
    Chan,       // elem; the value is a ChanObject*, nil for a nil channel
    Mutex,      // sync.Mutex (value semantics, like WaitGroup)
    RWMutex,    // sync.RWMutex (likewise)
    Atomic,     // sync/atomic.Int32, Int64, Uint32, Uint64, with int_kind saying which
    AtomicBool, // sync/atomic.Bool
    Timer,      // time.Timer and time.Ticker: a TimerObject
    Map,        // key, elem (the value type); the value is a MapObject*, nil for a nil map
    Pointer,    // elem; a struct or array object itself, or a CellObject / RefObject
    Array,      // elem, len; an ArrayObject with value semantics
};

// A method of a type, for calls through interfaces and for fmt.
struct MethodEntry {
    int32_t name = 0;     // index into Program::method_names
    int32_t function = 0; // index into Program::functions
    // The method has a value receiver and the type is a pointer: the receiver
    // is loaded through the pointer (and copied) before the call.
    bool deref = false;
};

struct StructField {
    std::string name;
    TypeId type = kNoType;
};

struct TypeInfo {
    TypeKind kind = TypeKind::Invalid;
    IntKind int_kind = IntKind::Int; // for TypeKind::Int
    // The name %T prints: "int", "string", "[]string", "time.Duration", "main.point".
    std::string name;
    TypeId elem = kNoType; // Slice, Chan, Map (the value type), Pointer, Array
    TypeId key = kNoType;  // Map
    int64_t len = 0;       // Array
    std::vector<StructField> fields;
    // Named types and pointers to them: the method set, for interface calls.
    std::vector<MethodEntry> methods;
    // Interfaces: the names (Program::method_names) of the methods it requires.
    std::vector<int32_t> interface_methods;
    // The Error() string method fmt must call; -1 when there is none.
    int32_t error_function = -1;
    // A String() method that fmt must call for %v: a native (time.Duration) or
    // a compiled function index; -1 when the type has none.
    int32_t string_native = -1;
    int32_t string_function = -1;
    // A GoString() string method (fmt.GoStringer), which %#v calls; -1 when there is none.
    int32_t go_string_function = -1;
    // == is defined on the type: false for slices, maps, funcs and the structs and arrays
    // holding one. An interface holding such a value panics when compared or hashed.
    bool comparable = true;
};

// A place where the program reaches a WaitGroup, Mutex, RWMutex or channel: the instruction
// at pc (a library method call, a send, a receive, a close, or a select whose case number
// `operand` it is), and the expression written there ("c.mu", "results"). The page names the
// object by the first of these it goes through.
struct SyncSite {
    int32_t pc = 0;
    int32_t operand = 0;
    std::string name;
};

struct Function {
    std::string name; // as Go's stack traces print it: "main.dbCall", "main.main"
    int32_t num_params = 0;
    int32_t num_results = 0;
    int32_t num_locals = 0; // including the parameters
    std::vector<Instr> code;
    // What the VM runs: code with superinstructions written over the first instruction of each
    // sequence they replace (vm/fuse.h); same length and pcs. Empty: the VM runs code.
    std::vector<Instr> fused;
    std::vector<int32_t> lines; // lines[pc] = source line of code[pc]
    int32_t line = 0;           // line of the func keyword
    // Closures: their captured variables go to locals [capture_base, +num_captures).
    int32_t capture_base = 0;
    int32_t num_captures = 0;
    // Where a call that recovered from a panic carries on: the function's epilogue, which
    // runs its remaining deferred calls and returns its results. -1 without defer.
    int32_t recover_pc = -1;
    // Made by the compiler for a library function (fmt.Fprint*), not from the program.
    bool library = false;
    std::vector<SyncSite> sync_sites; // in the order of pc

    // Returns the expression written at the sync site (pc, operand), or nullptr.
    const std::string* sync_site_name(int32_t pc, int32_t operand) const {
        for (const SyncSite& s : sync_sites) {
            if (s.pc == pc && s.operand == operand) {
                return &s.name;
            }
        }
        return nullptr;
    }
};

// Returns os.Args[0] of a run of file_name ("./prog.go"): as with `go run`, a binary named
// after the file in a build folder (Go's has a random name; ours is always the same).
inline std::string command_name(std::string_view file_name) {
    std::string_view base = file_name.substr(file_name.rfind('/') + 1);
    if (base.size() > 3 && base.substr(base.size() - 3) == ".go")
        base.remove_suffix(3);
    return "/tmp/go-build/b001/exe/" + std::string(base);
}

struct Program {
    std::string file_name; // "prog.go"
    std::string source;

    // types[0] is the reserved "no type" entry (kNoType).
    std::vector<TypeInfo> types;
    std::vector<Function> functions;
    // Strings in constants point at objects owned here.
    std::vector<Value> constants;
    std::vector<std::unique_ptr<StringObject>> constant_strings;
    std::vector<TypeId> global_types;
    std::vector<std::string> global_names;
    // Method names, for calls through interfaces (CallIface's operand).
    std::vector<std::string> method_names;

    // Runs package-level variable initialisers in Go's dependency order,
    // then returns. -1 when there is nothing to initialise.
    int32_t init_function = -1;
    int32_t main_function = -1;
    // The types recover() gives a runtime error, named as Go's runtime names them (%T shows
    // them): kRuntimeErrorTypes string types from runtime_error_type on, each printing its
    // message; kNoType when the program never recovers.
    static constexpr int kRuntimeErrorTypes = 4;
    TypeId runtime_error_type = kNoType;
    TypeId string_type = kNoType; // what a library's panic value is
    bool is_runtime_error(TypeId t) const {
        return runtime_error_type != kNoType && t >= runtime_error_type &&
               t < runtime_error_type + kRuntimeErrorTypes;
    }

    // The library types natives make values of (errors.New's "*errors.errorString"), by
    // their %T name; the compiler registers them when the program calls such a native.
    std::vector<std::pair<std::string, TypeId>> library_types;
    // strconv.ErrSyntax and strconv.ErrRange (boxed errors), one object each per program, and
    // the objects behind them.
    Value err_syntax, err_range;
    // io.EOF, made like strconv's sentinels when the program names it.
    Value io_eof;
    // os.Args as the run will see them, the command's name first; the session that loads the
    // program sets them (empty: os.Args is just a name made from file_name).
    std::vector<std::string> os_args;
    // time.UTC (a *time.Location), one object per program.
    Value time_utc;
    // os.Stdin, os.Stdout and os.Stderr (of type *os.File), one object each per program.
    Value os_stdin, os_stdout, os_stderr;
    // Package context, made when the program uses it: Background and TODO (of type
    // *context.emptyCtx), Canceled and DeadlineExceeded (boxed errors, one object each), and
    // the functions a CancelFunc and a deadline's timer run, bound to their context (-1: none).
    Value context_background, context_todo;
    Value context_canceled, context_deadline_exceeded;
    int32_t context_cancel_function = -1;
    int32_t context_expire_function = -1;
    std::vector<std::unique_ptr<Object>> library_objects;

    // Returns the TypeId of a library type by its %T name; kNoType when not registered.
    TypeId library_type(std::string_view name) const {
        for (const auto& [n, id] : library_types)
            if (n == name)
                return id;
        return kNoType;
    }
};

} // namespace golab
