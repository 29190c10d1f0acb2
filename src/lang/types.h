// types.h: the checker's view of Go types and of the objects names denote.
//
// Types are created once and compared with identical(); the universe block
// and the library packages (fmt, time, math/rand, sync) are built here too.
// The compiler maps these onto run-time TypeInfo entries (program.h).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/constant.h"
#include "lang/token.h"
#include "vm/natives.h"
#include "vm/opcodes.h"

namespace golab {

enum class Kind : uint8_t {
    Invalid,
    // Basic types (spec "Numeric types", "String types", "Boolean types").
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    // The types of untyped constants and of nil.
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    // Composite types.
    Array,
    Slice,
    Struct,
    Pointer,
    Func,
    Interface,
    Map,
    Chan,
    Named,
    Tuple, // the results of a call with several
};

// Library types the VM implements natively.
enum class Special : uint8_t {
    None,
    Duration,
    Time,
    WaitGroup,
    Mutex,
    Error,
    RWMutex,
    AtomicInt32,
    AtomicInt64,
    AtomicUint32,
    AtomicUint64,
    AtomicBool,
    Timer,  // time.Timer
    Ticker, // time.Ticker
    Once,   // sync.Once: a mutex object that also records whether Do has run
};

struct Type;

struct Field {
    std::string name;
    const Type* type = nullptr;
    bool embedded = false;
};

struct Method {
    std::string name;
    const Type* sig = nullptr; // Func type without the receiver
    int native = -1;           // NativeId for library methods
    bool pointer_receiver = false;
    // A library struct field read through a native (time.Timer's C): sig is
    // func() T, and `x.Name` calls it with x as the receiver.
    bool field = false;
    int function = -1; // methods declared in the program: index in Program::functions
};

struct Type {
    Kind kind = Kind::Invalid;
    std::string name;                      // basic and named types: "int", "time.Duration"
    const Type* elem = nullptr;            // Array, Slice, Pointer, Map (value), Chan
    const Type* key = nullptr;             // Map
    int64_t len = 0;                       // Array
    const Type* underlying = nullptr;      // Named
    std::vector<const Type*> params;       // Func
    std::vector<const Type*> results;      // Func, Tuple
    std::vector<std::string> param_names;  // Func: "" when unnamed
    std::vector<std::string> result_names; // Func, Tuple
    bool variadic = false;                 // Func: the last param is ...T (held as []T)
    std::vector<Field> fields;             // Struct
    std::vector<Method> methods;           // Named, Interface
    int chan_dir = 0;                      // Chan: 0 both, 1 send-only, 2 receive-only
    // Named library types: every method Go's type has (we run only `methods`).
    std::vector<std::string> go_methods;

    Special special = Special::None;
    bool declared = false; // Named: declared in the program (%T says "main.T")
    // Named instances of generic types: the generic type's name and the type arguments, which
    // %T names in full ("main.Box[main.point]").
    std::string generic_name;
    std::vector<const Type*> type_args;
    // Named: a type parameter, while a generic body is checked once against its constraints.
    // Its underlying type is the constraint's core type when it has one term, else the
    // constraint's interface; terms are the underlying types of its type set (none: every
    // type). A type set we do not model (several unions) is unknown and allows everything.
    bool type_param = false;
    bool type_set_known = false;
    bool constraint_comparable = false;
    bool constraint_invalid = false; // undefined: only comparisons are checked, as in Go
    std::string constraint;          // as Go prints it: "any", "Number", "int|string"
    std::vector<const Type*> terms;
};

// Returns whether t is one of the library types the VM holds in an object of
// its own (sync.WaitGroup, Mutex, RWMutex, the sync/atomic values, time.Timer
// and Ticker): value semantics, and methods that take the object itself as
// the pointer receiver.
inline bool is_sync_object(const struct Type* t);

// Returns the underlying type (the type itself unless Named).

const Type* under(const Type* t);
bool is_invalid(const Type* t);
bool is_untyped(const Type* t);
bool is_integer(const Type* t); // typed or untyped integers and runes
bool is_unsigned(const Type* t);
bool is_float(const Type* t); // float32/float64/untyped float
bool is_numeric(const Type* t);
bool is_string(const Type* t);
bool is_boolean(const Type* t);
bool is_interface(const Type* t);
bool is_ordered(const Type* t);
bool identical(const Type* a, const Type* b);
// Returns the type as Go's checker prints it: "int", "[]string", "func(i int)".
std::string type_string(const Type* t);
// Returns the IntKind the VM uses for an integer type.
IntKind int_kind(const Type* t);
// Returns the type's comparability (spec "Comparison operators").
bool is_comparable(const Type* t);

// Owns every type made while checking one program.
class TypeTable {
  public:
    TypeTable();
    const Type* basic(Kind k) const { return basics_[int(k)]; }
    const Type* invalid() const { return basic(Kind::Invalid); }
    const Type* slice_of(const Type* elem);
    const Type* pointer_to(const Type* elem);
    const Type* array_of(const Type* elem, int64_t len);
    const Type* map_of(const Type* key, const Type* value);
    const Type* chan_of(const Type* elem, int dir);
    const Type* tuple(std::vector<const Type*> results);
    Type* make(Kind k); // a fresh type the caller fills in
    // Returns the default type of an untyped type (spec "Constants").
    const Type* default_type(const Type* t) const;
    const Type* empty_interface() const { return empty_interface_; }
    const Type* error_type() const { return error_; }
    const Type* duration() const { return duration_; }
    const Type* time() const { return time_; }
    const Type* wait_group() const { return wait_group_; }
    const Type* mutex() const { return mutex_; }
    // byte and rune: identical to uint8 and int32, but named as written in messages.
    const Type* byte_type() const { return byte_; }
    const Type* rune_type() const { return rune_; }
    // The library's own named types by name ("errors.errorString", "strings.Builder"), for
    // the natives that make their values; null when there is none of that name.
    const Type* library_type(const std::string& name) const {
        auto it = library_types_.find(name);
        return it == library_types_.end() ? nullptr : it->second;
    }
    void add_library_type(const Type* t) { library_types_[t->name] = t; }

  private:
    std::unordered_map<std::string, const Type*> library_types_;
    std::vector<std::unique_ptr<Type>> owned_;
    const Type* basics_[int(Kind::UntypedNil) + 1] = {};
    const Type* empty_interface_ = nullptr;
    const Type* error_ = nullptr;
    const Type* duration_ = nullptr;
    const Type* time_ = nullptr;
    const Type* wait_group_ = nullptr;
    const Type* mutex_ = nullptr;

    const Type* byte_ = nullptr;
    const Type* rune_ = nullptr;
};

// What a name denotes (spec "Declarations and scope").
enum class ObjKind : uint8_t { Bad, PkgName, Const, TypeName, Var, Func, Builtin, Nil };

enum class Builtin : uint8_t {
    None,
    Append,
    Cap,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
};

struct Package;
struct Node;

struct Entity {
    ObjKind kind = ObjKind::Bad;
    std::string name;
    Pos pos;
    const Type* type = nullptr;
    Constant value; // Const
    Builtin builtin = Builtin::None;
    const Package* package = nullptr; // PkgName: the imported package
    int native = -1;                  // Func: a library function (NativeId)
    // Var: where it lives.
    bool is_global = false;
    bool is_param = false;
    int slot = -1;     // local slot or global index
    int function = -1; // Func: index in Program::functions
    bool used = false;
    // Var: the function declaring it (a FuncDecl), for closures' captures;
    // boxed: it lives in a heap cell (its address is taken or it is captured).
    const void* owner = nullptr;
    bool boxed = false;
    // Package-level: the declaration, for ordering and cycles.
    Node* decl = nullptr;
    int decl_state = 0; // 0 unchecked, 1 in progress, 2 done
};

struct Package {
    std::string path;                                 // "math/rand"
    std::string name;                                 // "rand"
    std::unordered_map<std::string, Entity*> members; // what we implement
    // Every exported name Go's package has (empty when we do not know them).
    std::vector<std::string> go_names;
    bool has_go_name(const std::string& n) const;
};

struct Scope {
    Scope* parent = nullptr;
    std::unordered_map<std::string, Entity*> names;
    bool is_function = false; // the outermost block of a function
    int order = 0;            // checker: blocks are numbered as they open (a preorder walk)
    Entity* lookup_local(const std::string& n) const {
        auto it = names.find(n);
        return it == names.end() ? nullptr : it->second;
    }
    Entity* lookup(const std::string& n) const {
        for (const Scope* s = this; s; s = s->parent)
            if (Entity* o = s->lookup_local(n))
                return o;
        return nullptr;
    }
};

// The universe block and the library packages, built once per check.
class Universe {
  public:
    explicit Universe(TypeTable& types);
    Scope* scope() { return &scope_; }
    const Package* package(const std::string& path) const;
    Entity* make_object(ObjKind k, std::string name);

  private:
    void add_fmt();
    void add_time();
    void add_rand();
    void add_sync();
    void add_os();
    void add_atomic();
    Type* add_object_type(Package& p, const std::string& name, Special special);
    // The pure library functions and constants (strings, strconv, math, ...): library_decls.cpp.
    void add_library();
    void add_library_types();
    void add_context(); // context_decls.cpp
    Package& library_package(const std::string& path);
    Entity* add_native(Package& p, const std::string& name, NativeId id);

    TypeTable& types_;
    Scope scope_;
    std::vector<std::unique_ptr<Package>> packages_;
    std::vector<std::unique_ptr<Entity>> objects_;
};

} // namespace golab

namespace golab {
inline bool is_sync_object(const Type* t) {
    if (!t)
        return false;
    switch (t->special) {
    case Special::WaitGroup:
    case Special::Mutex:
    case Special::RWMutex:
    case Special::AtomicInt32:
    case Special::AtomicInt64:
    case Special::AtomicUint32:
    case Special::AtomicUint64:
    case Special::AtomicBool:
    case Special::Timer:
    case Special::Ticker:
    case Special::Once:
        return true;
    default:
        return false;
    }
}
} // namespace golab
