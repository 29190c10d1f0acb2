// codegen.cpp: the compiler from the checked syntax tree to stack bytecode.
//
// Index: [SECTION] Plumbing, Types and constants, Expressions, Calls,
// Statements, Program. Values that go into interfaces are boxed with their
// TypeId here; untyped constants already carry their final type.

#include "lang/codegen.h"

#include "vm/library.h"
#include "vm/vm.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

namespace golab {

namespace {

Expr* unparen(Expr* e) {
    while (e && e->kind == ExprKind::Paren)
        e = static_cast<ParenExpr*>(e)->x;
    return e;
}

// Returns the expression as the program wrote it when it only names and selects ("mu",
// "c.mu", "*p", "forks[i]"), so the page can call a sync object or channel by it; "" for
// anything that computes (a call, a literal), which the page numbers instead.
std::string access_path(const Expr* e) {
    switch (e ? e->kind : ExprKind::Bad) {
    case ExprKind::Ident:
        return static_cast<const Ident*>(e)->name;
    case ExprKind::Paren:
        return access_path(static_cast<const ParenExpr*>(e)->x);
    case ExprKind::Star: {
        std::string x = access_path(static_cast<const StarExpr*>(e)->x);
        return x.empty() ? x : "*" + x;
    }
    case ExprKind::Selector: {
        auto* s = static_cast<const SelectorExpr*>(e);
        std::string x = access_path(s->x);
        return x.empty() ? x : x + "." + s->sel->name;
    }
    case ExprKind::Index: {
        auto* ix = static_cast<const IndexExpr*>(e);
        std::string x = access_path(ix->x);
        if (x.empty() || ix->indices.size() != 1) {
            return "";
        }
        const Expr* i = ix->indices[0];
        std::string index =
            i->kind == ExprKind::BasicLit ? static_cast<const BasicLit*>(i)->text : access_path(i);
        return x + "[" + (index.empty() ? "..." : index) + "]";
    }
    default:
        return "";
    }
}

class CodeGen {
  public:
    CodeGen(const CheckResult& c, TypeTable& t, Program& p) : checked_(c), types_(t), prog_(p) {}

    void program();

  private:
    // [SECTION] Plumbing
    void emit(Op op, int32_t a = 0, int32_t b = 0) {
        if (op == Op::CallNative || op == Op::DeferNative)
            library_types_for(NativeId(a));
        fn_->code.push_back(Instr{op, a, b});
        fn_->lines.push_back(line_);
    }
    size_t here() const { return fn_->code.size(); }
    // Notes that the next instruction reaches a sync object or channel through x (see
    // SyncSite); operand is the case number in a select.
    void sync_site(const Expr* x, int32_t operand = 0) {
        std::string name = access_path(x);
        if (!name.empty()) {
            fn_->sync_sites.push_back(SyncSite{int32_t(here()), operand, std::move(name)});
        }
    }
    size_t emit_jump(Op op) {
        emit(op, -1);
        return here() - 1;
    }
    void patch(size_t at, size_t target) { fn_->code[at].a = int32_t(target); }
    int temp() { return next_local_++; }
    void set_line(Pos p) {
        if (p.valid())
            line_ = p.line;
    }

    // [SECTION] Types and constants
    TypeId type_id(const Type* t);
    void emit_const(const Constant& c, const Type* t);
    bool needs_copy(const Type* t) const {
        return t && (t->special == Special::WaitGroup ||
                     (under(t) && under(t)->kind == Kind::Struct && t->special != Special::Time) ||
                     (under(t) && under(t)->kind == Kind::Array));
    }
    // A pointer to a value of t is the value's object itself (structs,
    // arrays, sync objects); pointers to anything else are cells or refs.
    static bool pointer_is_object(const Type* t) {
        const Type* u = under(t);
        return u &&
               ((u->kind == Kind::Struct && t->special != Special::Time) || u->kind == Kind::Array);
    }
    // Assigning to a variable of type t copies into its object, so pointers
    // to it and closures sharing it see the new value.
    static bool assigned_in_place(const Type* t) {
        return pointer_is_object(t) && t->special == Special::None;
    }

    // [SECTION] Variables, pointers and fields
    void load_raw(Entity* o);
    void load_var(Entity* o);
    void store_var(Entity* o, bool declaring);
    void predeclare(Expr* v);
    void address_of(Expr* e);
    const Type* walk_fields(const Type* t, const std::vector<int>& path, size_t steps);
    void push_receiver(SelectorExpr* s);
    void sync_site_of_receiver(const SelectorExpr* s);
    void composite(CompositeLit* c);
    void type_switch(TypeSwitchStmt* ts);

    // [SECTION] Expressions
    void expr(Expr* e);
    void value_to(Expr* e, const Type* target);
    void converted_to(Expr* e, const Type* target);
    void chain(Expr* e);
    void convert_top(const Type* from, const Type* to);
    void binary(BinaryExpr* b);
    void binary_rest(BinaryExpr* b);
    void map_literal(CompositeLit* c);
    void arith(Tok op, const Type* t);
    void shift(Tok op, const Type* t, const Type* count);

    // [SECTION] Calls
    // Pushes a call's results; returns how many.
    int call(CallExpr* c);
    void push_args(CallExpr* c, const Type* sig);
    void inline_with_func(SelectorExpr* s, CallExpr* c, const Type* sig,
                          void (CodeGen::*body)(int, int));
    void cond_wait(SelectorExpr* s);
    void cond_wait_body(int cond);
    void sync_map_range_body(int map, int f);
    void spread_to(Expr* call, const std::vector<const Type*>& targets);

    // [SECTION] Statements
    void stmt(Stmt* s);
    void stmts(const std::vector<Stmt*>& list) {
        for (Stmt* s : list)
            stmt(s);
    }
    void store(Expr* target, bool declaring = false);
    void indexed(Expr* x);
    void index_operands(IndexExpr* ix);
    Op store_op(IndexExpr* ix);
    void assign(AssignStmt* a);
    void op_assign(Expr* x, Tok op, Expr* y, const Constant* one);
    void op_assign_arith(Tok op, const Type* t, Expr* y);
    void var_spec(ValueSpec* vs, bool global);
    void function(FuncDecl* fd, int index);
    void function_with_defer(FuncDecl* fd);
    void function_body(FuncDecl* fd);
    std::map<std::string, size_t> label_pc_;            // the function's labels
    std::vector<std::pair<size_t, std::string>> gotos_; // jumps to patch to them
    void defer_stmt(CallExpr* c);
    int builtin_native_args(CallExpr* c, Builtin b);
    std::vector<int> result_slots_;      // a function with defer: its unnamed results
    std::vector<size_t> epilogue_jumps_; // its returns, to patch to the epilogue

    const CheckResult& checked_;
    TypeTable& types_;
    Program& prog_;
    Function* fn_ = nullptr;
    FuncDecl* decl_ = nullptr;
    int line_ = 0;
    int next_local_ = 0;
    int capture_base_ = 0; // closures: the local slot of the first captured variable
    std::vector<std::pair<const Type*, TypeId>> type_ids_;
    // A method promoted from an embedded field, called through an interface:
    // a small function that walks to the field and calls the method, made
    // after the program's own functions (then its entry is patched).
    struct Wrapper {
        TypeId type;
        size_t entry;          // index in types[type].methods
        const Type* recv;      // the type whose method set holds it (T or *T)
        std::vector<int> path; // embedded fields walked from the receiver
        const Method* method;
    };
    std::vector<Wrapper> wrappers_;
    void promoted_methods(const Type* t, TypeInfo& info, TypeId self);
    void wrapper(const Wrapper& w);
    // Library types (strings.Builder, *strconv.NumError): their native methods, called through
    // interfaces and by fmt, each get a small function that calls the native.
    void library_methods(const Type* t, TypeInfo& info, TypeId self);
    void native_method(const Wrapper& w);
    Function& generated_function();
    void patch_method_entry(const Wrapper& w, int32_t index);
    void library_types_for(NativeId id);
    void context_types();
    bool uses_context_ = false; // make the CancelFunc's and the deadline timer's functions
    void register_library_type(const char* name, bool pointer);
    // Library code that runs as a function of its own: fmt.Fprint* (always: they call the
    // writer's Write method, which may be Go code that blocks), and any library function or
    // method, or interface method, used as a value or in a go or defer statement. Each is
    // made once, after the program's functions; the instructions naming it are patched then.
    struct Thunk {
        int32_t native = -1;      // the native it calls, or
        int32_t method_name = -1; // the interface method it calls (receiver first)
        int32_t num_params = 0;   // a receiver included
        int32_t num_results = 0;
        int32_t builtin = -1; // or the built-in (a Builtin) it runs on its parameters
        auto operator<=>(const Thunk&) const = default;
    };
    struct ThunkRef {
        size_t function; // index in prog_.functions of the function that names it
        size_t pc;
        Thunk thunk;
    };
    std::map<Thunk, int32_t> thunks_;
    std::vector<ThunkRef> thunk_refs_;
    static bool runs_as_function(int32_t native) {
        return native == int32_t(NativeId::FmtFprint) || native == int32_t(NativeId::FmtFprintln) ||
               native == int32_t(NativeId::FmtFprintf) || appends_formatted(native) != 0;
    }
    // Returns the library function whose text strconv.Append* (native) appends, or 0.
    static int32_t appends_formatted(int32_t native) {
        switch (NativeId(native)) {
        case NativeId::StrconvAppendInt:
            return library_native_id(LibraryId::StrconvFormatInt);
        case NativeId::StrconvAppendUint:
            return library_native_id(LibraryId::StrconvFormatUint);
        case NativeId::StrconvAppendFloat:
            return library_native_id(LibraryId::StrconvFormatFloat);
        case NativeId::StrconvAppendBool:
            return library_native_id(LibraryId::StrconvFormatBool);
        case NativeId::StrconvAppendQuote:
            return library_native_id(LibraryId::StrconvQuote);
        case NativeId::StrconvAppendQuoteRune:
            return library_native_id(LibraryId::StrconvQuoteRune);
        case NativeId::StrconvAppendQuoteToASCII:
            return library_native_id(LibraryId::StrconvQuoteToASCII);
        case NativeId::StrconvAppendQuoteRuneToASCII:
            return library_native_id(LibraryId::StrconvQuoteRuneToASCII);
        default:
            return 0;
        }
    }
    void emit_thunk(Op op, const Thunk& t, int32_t b);
    void emit_native_function(Op op, int32_t native, const Type* sig, bool method, int32_t b) {
        emit_thunk(op,
                   Thunk{native, -1, int32_t(sig->params.size()) + (method ? 1 : 0),
                         int32_t(sig->results.size())},
                   b);
    }
    int32_t make_thunk(const Thunk& t);
    void make_thunks();
    // The function a library or interface method value calls, its receiver first.
    Thunk method_thunk(SelectorExpr* s);
    void builtin_thunk_body(const Thunk& t);
    void sort_slice(CallExpr* c, const Type* sig, NativeId id);
    void fmt_call(NativeId id, int32_t argc);
    void once_do_body(int once, int f);
    void go_or_defer_builtin(Op op, CallExpr* c);
    void library_receiver(SelectorExpr* s);
    std::unordered_map<std::string, int32_t> constant_index_;
    // Statements break and continue may leave: loops and switches.
    struct Loop {
        std::string label;
        bool is_loop = true;
        std::vector<size_t> breaks;
        std::vector<size_t> continues;
    };
    std::vector<Loop> loops_;
    std::string pending_label_; // label of the statement being compiled
    void switch_stmt(SwitchStmt* sw);
    void range_stmt(RangeStmt* r);
    void range_chan(RangeStmt* r);
    void range_string(RangeStmt* r);
    void range_map(RangeStmt* r);
    void range_body(RangeStmt* r, const std::string& label, size_t top, size_t exit);
    void select_stmt(SelectStmt* s);
    void single_case_select(SelectStmt* s);
    Loop& enter(bool is_loop) {
        loops_.push_back(Loop{pending_label_, is_loop, {}, {}});
        pending_label_.clear();
        return loops_.back();
    }
    void leave(size_t break_to, size_t continue_to) {
        for (size_t j : loops_.back().breaks)
            patch(j, break_to);
        for (size_t j : loops_.back().continues)
            patch(j, continue_to);
        loops_.pop_back();
    }
    std::vector<size_t>* fallthroughs_ = nullptr; // jumps to the next case body
};

// ---------------------------------------------------------------------------
// [SECTION] Types and constants

// Returns the type as the running program names it (%T, panics): "main.T",
// "*main.T", "[]uint8", "struct { X int }", "func(int) string".
std::string runtime_name(const Type* t, TypeTable& types) {
    auto list = [&](const std::vector<const Type*>& ts, bool variadic) {
        std::string s;
        for (size_t i = 0; i < ts.size(); i++) {
            s += i ? ", " : "";
            if (variadic && i + 1 == ts.size() && ts[i]->kind == Kind::Slice)
                s += "..." + runtime_name(ts[i]->elem, types);
            else
                s += runtime_name(ts[i], types);
        }
        return s;
    };
    switch (t->kind) {
    case Kind::Named:
        if (!t->type_args.empty()) {
            std::string s = "main." + t->generic_name + "[";
            for (size_t i = 0; i < t->type_args.size(); i++)
                s += (i ? "," : "") + runtime_name(t->type_args[i], types);
            return s + "]";
        }
        return t->declared ? "main." + t->name : t->name;
    case Kind::Pointer:
        return "*" + runtime_name(t->elem, types);
    case Kind::Slice:
        return "[]" + runtime_name(t->elem, types);
    case Kind::Array:
        return "[" + std::to_string(t->len) + "]" + runtime_name(t->elem, types);
    case Kind::Map:
        return "map[" + runtime_name(t->key, types) + "]" + runtime_name(t->elem, types);
    case Kind::Chan:
        return std::string(t->chan_dir == 2   ? "<-chan "
                           : t->chan_dir == 1 ? "chan<- "
                                              : "chan ") +
               runtime_name(t->elem, types);
    case Kind::Func: {
        std::string s = "func(" + list(t->params, t->variadic) + ")";
        if (t->results.size() == 1)
            s += " " + runtime_name(t->results[0], types);
        else if (!t->results.empty())
            s += " (" + list(t->results, false) + ")";
        return s;
    }
    case Kind::Struct: {
        if (t->fields.empty())
            return "struct {}";
        std::string s = "struct { ";
        for (size_t i = 0; i < t->fields.size(); i++) {
            s += i ? "; " : "";
            if (!t->fields[i].embedded)
                s += t->fields[i].name + " ";
            s += runtime_name(t->fields[i].type, types);
        }
        return s + " }";
    }
    case Kind::Interface: {
        if (t->methods.empty())
            return "interface {}";
        std::string s = "interface { ";
        for (size_t i = 0; i < t->methods.size(); i++) {
            s += i ? "; " : "";
            s += t->methods[i].name + runtime_name(t->methods[i].sig, types).substr(4);
        }
        return s + " }";
    }
    default:
        if (t->kind <= Kind::UntypedNil)
            return types.basic(types.default_type(t)->kind)->name; // uint8, not byte
        return type_string(t);
    }
}

// Returns the index of name in prog.method_names, adding it when new.
int32_t method_name_id(Program& prog, const std::string& name) {
    for (size_t i = 0; i < prog.method_names.size(); i++)
        if (prog.method_names[i] == name)
            return int32_t(i);
    prog.method_names.push_back(name);
    return int32_t(prog.method_names.size() - 1);
}

TypeId CodeGen::type_id(const Type* t) {
    for (auto& [ty, id] : type_ids_)
        if (ty == t || identical(ty, t))
            return id;
    // Register the id first: a struct may hold pointers to itself.
    TypeId self = TypeId(prog_.types.size());
    prog_.types.emplace_back();
    type_ids_.push_back({t, self});
    TypeInfo info;
    info.name = runtime_name(t, types_);
    info.comparable = is_comparable(t);

    const Type* u = under(t);
    switch (u->kind) {
    case Kind::Bool:
    case Kind::UntypedBool:
        info.kind = TypeKind::Bool;
        break;
    case Kind::Float32:
        info.kind = TypeKind::Float32;
        break;
    case Kind::Float64:
    case Kind::UntypedFloat:
        info.kind = TypeKind::Float64;
        break;
    case Kind::String:
    case Kind::UntypedString:
        info.kind = TypeKind::String;
        break;
    case Kind::Slice:
        info.kind = TypeKind::Slice;
        break;
    case Kind::Interface:
        info.kind = TypeKind::Interface;
        break;
    case Kind::Func:
        info.kind = TypeKind::Func;
        break;
    case Kind::Chan:
        info.kind = TypeKind::Chan;
        break;
    case Kind::Pointer:
        // NOTE: a *sync.WaitGroup is the WaitGroup object itself, as a
        // pointer to a struct is the struct's object.
        info.kind = TypeKind::Pointer;
        break;
    case Kind::Array:
        info.kind = TypeKind::Array;
        info.len = u->len;
        break;
    case Kind::Struct:
        info.kind = t->special == Special::Time        ? TypeKind::Time
                    : t->special == Special::WaitGroup ? TypeKind::WaitGroup
                    : t->special == Special::Mutex || t->special == Special::Once ? TypeKind::Mutex
                    : t->special == Special::RWMutex    ? TypeKind::RWMutex
                    : t->special == Special::AtomicBool ? TypeKind::AtomicBool
                    : t->special == Special::Timer || t->special == Special::Ticker
                        ? TypeKind::Timer
                        : TypeKind::Struct;
        switch (t->special) {
        case Special::AtomicInt32:
        case Special::AtomicInt64:
        case Special::AtomicUint32:
        case Special::AtomicUint64:
            info.kind = TypeKind::Atomic;
            info.int_kind = t->special == Special::AtomicInt32    ? IntKind::Int32
                            : t->special == Special::AtomicInt64  ? IntKind::Int64
                            : t->special == Special::AtomicUint32 ? IntKind::Uint32
                                                                  : IntKind::Uint64;
            break;
        default:
            break;
        }
        break;
    default:
        if (is_integer(u)) {
            info.kind = TypeKind::Int;
            info.int_kind = int_kind(u);
        }
        break;
    }
    // Library types that print through a native of their own.
    if (t->special == Special::Duration)
        info.string_native = int32_t(NativeId::TimeDurationString);
    else if (t->special == Special::Time)
        info.string_native = int32_t(NativeId::TimeTimeString);
    else if (t->name == "time.Month")
        info.string_native = int32_t(NativeId::TimeMonthString);
    else if (t->name == "time.Weekday")
        info.string_native = int32_t(NativeId::TimeWeekdayString);
    if (u->kind == Kind::Map) {
        info.kind = TypeKind::Map;
        TypeId key = type_id(u->key);
        TypeId elem = type_id(u->elem);
        info.key = key;
        info.elem = elem;
    }
    if (u->kind == Kind::Slice || u->kind == Kind::Pointer || u->kind == Kind::Array)
        info.elem = type_id(u->elem);
    if (u->kind == Kind::Struct && info.kind == TypeKind::Struct)
        for (const Field& f : u->fields)
            info.fields.push_back(StructField{f.name, type_id(f.type)});
    if (u->kind == Kind::Interface)
        for (const Method& m : u->methods)
            info.interface_methods.push_back(method_name_id(prog_, m.name));

    // The method set: a named type's value methods; a pointer's all of them.
    const Type* named = t->kind == Kind::Pointer ? t->elem : t;
    if (named->kind == Kind::Named && named->declared) {
        for (const Method& m : named->methods) {
            if (m.function < 0 || (m.pointer_receiver && t->kind != Kind::Pointer))
                continue;
            bool deref = t->kind == Kind::Pointer && !m.pointer_receiver;
            info.methods.push_back(MethodEntry{method_name_id(prog_, m.name), m.function, deref});
            bool returns_string = m.sig->params.empty() && m.sig->results.size() == 1 &&
                                  is_string(m.sig->results[0]) &&
                                  under(m.sig->results[0])->kind == Kind::String;
            if (returns_string && m.name == "String")
                info.string_function = m.function;
            if (returns_string && m.name == "Error")
                info.error_function = m.function;
            if (returns_string && m.name == "GoString")
                info.go_string_function = m.function;
        }
    }
    if (named->kind == Kind::Named && named->declared && under(named)->kind == Kind::Struct)
        promoted_methods(t, info, self);
    // NOTE: the sync objects' natives too, so that a *sync.Mutex in a sync.Locker has Lock.
    if (named->kind == Kind::Named && !named->declared &&
        (named->special == Special::None || is_sync_object(named)))
        library_methods(t, info, self);
    prog_.types[size_t(self)] = std::move(info);
    return self;
}

// Adds to info the methods t gets from its embedded fields (breadth first:
// a shallower name hides a deeper one), each through a wrapper.
void CodeGen::promoted_methods(const Type* t, TypeInfo& info, TypeId self) {
    const Type* named = t->kind == Kind::Pointer ? t->elem : t;
    std::set<std::string> taken;
    for (const Method& m : named->methods)
        taken.insert(m.name);
    struct Candidate {
        const Type* t;
        std::vector<int> path;
        bool indirect;
    };
    std::vector<Candidate> level;
    const Type* u = under(named);
    for (size_t i = 0; i < u->fields.size(); i++) {
        taken.insert(u->fields[i].name);
        if (u->fields[i].embedded)
            level.push_back({u->fields[i].type, {int(i)}, t->kind == Kind::Pointer});
    }
    for (int depth = 0; depth < 8 && !level.empty(); depth++) {
        std::vector<Candidate> next;
        std::set<std::string> found;
        for (Candidate& c : level) {
            const Type* ct = c.t;
            bool indirect = c.indirect;
            if (ct->kind == Kind::Pointer) {
                ct = ct->elem;
                indirect = true;
            }
            for (const Method& m : ct->methods) {
                // A library native is promoted too (an embedded Mutex's Lock makes its holder
                // a sync.Locker), except those compiled inline and the fields read by one.
                bool native = m.function < 0 && m.native >= 0 && !m.field &&
                              m.native != int(NativeId::OnceDo) &&
                              m.native != int(NativeId::CondWait) &&
                              m.native != int(NativeId::SyncMapRange);
                if (taken.count(m.name) || (m.function < 0 && !native) ||
                    (m.pointer_receiver && !indirect))
                    continue;
                found.insert(m.name);
                bool returns_string = m.sig->params.empty() && m.sig->results.size() == 1 &&
                                      under(m.sig->results[0])->kind == Kind::String;
                if (returns_string && (m.name == "String" || m.name == "Error")) {
                    // fmt finds these through the entry below once it is patched.
                    (m.name == "String" ? info.string_function : info.error_function) = -2;
                }
                if (returns_string && m.name == "GoString")
                    info.go_string_function = -2;
                info.methods.push_back(MethodEntry{method_name_id(prog_, m.name), -1, false});
                wrappers_.push_back(Wrapper{self, info.methods.size() - 1, t, c.path, &m});
            }
            const Type* cu = under(ct);
            if (cu->kind != Kind::Struct || ct->special != Special::None)
                continue;
            for (size_t i = 0; i < cu->fields.size(); i++) {
                found.insert(cu->fields[i].name);
                if (!cu->fields[i].embedded)
                    continue;
                std::vector<int> path = c.path;
                path.push_back(int(i));
                next.push_back({cu->fields[i].type, path, indirect});
            }
        }
        taken.insert(found.begin(), found.end());
        level = std::move(next);
    }
}

void CodeGen::library_methods(const Type* t, TypeInfo& info, TypeId self) {
    const Type* named = t->kind == Kind::Pointer ? t->elem : t;
    for (const Method& m : named->methods) {
        if (m.native < 0 || m.field || (m.pointer_receiver && t->kind != Kind::Pointer))
            continue;
        bool returns_string = m.sig->params.empty() && m.sig->results.size() == 1 &&
                              under(m.sig->results[0])->kind == Kind::String;
        if (returns_string && (m.name == "String" || m.name == "Error"))
            (m.name == "String" ? info.string_function : info.error_function) = -2;
        info.methods.push_back(MethodEntry{method_name_id(prog_, m.name), -1, false});
        wrappers_.push_back(Wrapper{self, info.methods.size() - 1, t, {}, &m});
    }
}

// Points w's method-set entry (and fmt's String or Error, when it is one) at function index.
void CodeGen::patch_method_entry(const Wrapper& w, int32_t index) {
    TypeInfo& info = prog_.types[size_t(w.type)];
    info.methods[w.entry].function = index;
    if (w.method->name == "String" && info.string_function == -2)
        info.string_function = index;
    if (w.method->name == "Error" && info.error_function == -2)
        info.error_function = index;
    if (w.method->name == "GoString" && info.go_string_function == -2)
        info.go_string_function = index;
}

// Starts a function the compiler makes itself (after the program's own), as the current one.
Function& CodeGen::generated_function() {
    prog_.functions.emplace_back();
    fn_ = &prog_.functions.back();
    decl_ = nullptr;
    return *fn_;
}

// Compiles a function that passes its arguments to t's native or interface method and
// returns its results; returns its index.
int32_t CodeGen::make_thunk(const Thunk& t) {
    auto index = int32_t(prog_.functions.size());
    Function& f = generated_function();
    f.num_params = t.num_params;
    f.num_results = t.num_results;
    f.num_locals = t.num_params;
    if (t.builtin >= 0) {
        builtin_thunk_body(t); // names it too: a built-in has neither native nor method
        return index;
    }
    f.name = t.native >= 0 ? native_go_name(NativeId(t.native))
                           : "main." + prog_.method_names[size_t(t.method_name)] + "-fm";
    if (t.native == int32_t(NativeId::OnceDo)) {
        once_do_body(0, 1); // Do has no native: its receiver and f are the parameters
        emit(Op::Return, 0);
        return index;
    }
    if (t.native == int32_t(NativeId::CondWait)) {
        next_local_ = t.num_params; // Wait has no native: the receiver is the parameter
        cond_wait_body(0);
        emit(Op::Return, 0);
        f.num_locals = next_local_;
        return index;
    }
    if (t.native == int32_t(NativeId::SyncMapRange)) {
        next_local_ = t.num_params; // Range has no native: the receiver and f are parameters
        sync_map_range_body(0, 1);
        emit(Op::Return, 0);
        f.num_locals = next_local_;
        return index;
    }
    for (int32_t i = 0; i < t.num_params; i++)
        emit(Op::LoadLocal, i);
    if (t.native < 0) {
        emit(Op::CallIface, t.method_name, t.num_params - 1);
    } else if (int32_t format = appends_formatted(t.native)) {
        // strconv.AppendX(dst, ...): append(dst, FormatX(...)...), so that dst grows (or is
        // shared) exactly as Go's append decides.
        emit(Op::CallNative, format, t.num_params - 1);
        emit(Op::AppendSpread, type_id(types_.slice_of(types_.byte_type())));
        f.library = true;
    } else if (runs_as_function(t.native)) {
        // fmt.Fprint*(w, ...): w.Write([]byte(fmt.Sprint*(...))), whose results it returns.
        auto id = NativeId(t.native);
        NativeId sprint = id == NativeId::FmtFprint     ? NativeId::FmtSprint
                          : id == NativeId::FmtFprintln ? NativeId::FmtSprintln
                                                        : NativeId::FmtSprintf;
        next_local_ = f.num_params;
        fmt_call(sprint, t.num_params - 1);
        f.num_locals = next_local_;
        emit(Op::ConvertString, int32_t(StringConv::StringToBytes));
        emit(Op::CallIface, method_name_id(prog_, "Write"), 1);
        f.library = true;
    } else if (fmt_result_count(NativeId(t.native)) >= 0) {
        next_local_ = f.num_params; // fmt.Println as a value, or in a go statement
        fmt_call(NativeId(t.native), t.num_params);
        f.num_locals = next_local_;
    } else {
        emit(Op::CallNative, t.native, t.num_params);
    }
    emit(Op::Return, t.num_results);
    return index;
}

// fmt.Println(...) and the other printing functions, whose arguments are pushed: the print
// runs in one native call, unless a String or Error method it calls parks, or would nest too
// deep on the host's stack. Then that method runs here as an ordinary call (it may block,
// recurse, or panic, which fmt catches), and the print starts again with its answer, the
// methods that had answered before not being called again (vm_fmt.cpp).
void CodeGen::fmt_call(NativeId id, int32_t argc) {
    int results = fmt_result_count(id);
    int printer = temp();
    library_types_for(id);
    emit_const(Constant::make_int(int32_t(id)), types_.basic(Kind::Int));
    bool print = results == 2;
    emit(Op::CallNative, int32_t(print ? NativeId::FmtCallPrint : NativeId::FmtCallString),
         argc + 1);
    size_t finished = emit_jump(Op::JumpIfFalse);
    size_t call_to_invoke = here();

    // Stopped: the printer stands where the results would, which are only placeholders.
    size_t top = here();
    emit(Op::StoreLocal, printer);
    for (int i = 0; i < results; i++)
        emit(Op::Pop);
    emit(Op::LoadLocal, printer);
    emit(Op::CallNative, int32_t(NativeId::FmtInvoke), 1);
    assert(here() - 1 - call_to_invoke == size_t(kFmtCallToInvoke - 1 + results) &&
           "codegen: fmt's loop changed");
    // The method returns here with its text, whether it panicked, and the panic's value.
    emit(Op::LoadLocal, printer);
    emit(Op::CallNative, int32_t(print ? NativeId::FmtResumePrint : NativeId::FmtResumeString), 4);
    size_t again = emit_jump(Op::JumpIfTrue);
    patch(again, top);
    patch(finished, here());
    emit(Op::Pop); // the printer, nil once the print is done
}

// sort.Slice(x, less) and SliceStable: the sort runs as a routine that stops at each
// comparison it needs, and less runs here as an ordinary call, so that it may block on a
// Mutex or a channel like any Go code (a native cannot park its goroutine mid-call).
void CodeGen::sort_slice(CallExpr* c, const Type* sig, NativeId id) {
    int less = temp(), sorter = temp(), answer = temp(), i = temp(), j = temp();
    push_args(c, sig); // x (as any), then less
    emit(Op::StoreLocal, less);
    emit(Op::CallNative,
         int32_t(id == NativeId::SortSlice ? NativeId::SortSliceStart
                                           : NativeId::SortSliceStableStart),
         1);
    emit(Op::StoreLocal, sorter);
    emit_const(Constant::make_bool(false), types_.basic(Kind::Bool));
    emit(Op::StoreLocal, answer);

    // Each question: less(i, j), whose answer the next step takes. The step calls less itself
    // while less does not park; when it parks, the step leaves it to return to the
    // StoreLocal below (kSortStepToAnswer instructions past the step), as if called here.
    size_t top = here();
    emit(Op::LoadLocal, sorter);
    emit(Op::LoadLocal, answer);
    emit(Op::LoadLocal, less);
    emit(Op::CallNative, int32_t(NativeId::SortSliceStep), 3);
    size_t step = here();
    size_t done = emit_jump(Op::JumpIfFalse);
    emit(Op::StoreLocal, j);
    emit(Op::StoreLocal, i);
    emit(Op::LoadLocal, less);
    emit(Op::LoadLocal, i);
    emit(Op::LoadLocal, j);
    emit(Op::CallValue, 0, 2);
    assert(here() - step == size_t(kSortStepToAnswer) && "codegen: sort.Slice's loop changed");
    emit(Op::StoreLocal, answer);
    emit(Op::Jump, int32_t(top));
    patch(done, here());
    emit(Op::Pop); // i and j of the last step
    emit(Op::Pop);
}

// Compiles the body of a function that runs a built-in on its parameters, for `go copy(d, s)`
// and the like: Go evaluates the arguments at the statement, and runs the built-in later.
void CodeGen::builtin_thunk_body(const Thunk& t) {
    auto b = Builtin(t.builtin);
    prog_.functions.back().name = b == Builtin::Copy     ? "copy"
                                  : b == Builtin::Delete ? "delete"
                                  : b == Builtin::Close  ? "close"
                                                         : "recover";
    for (int32_t i = 0; i < t.num_params; i++)
        emit(Op::LoadLocal, i);
    switch (b) {
    case Builtin::Copy:
        emit(Op::Copy);
        emit(Op::Pop);
        break;
    case Builtin::Delete:
        emit(Op::MapDelete);
        break;
    case Builtin::Close:
        emit(Op::Close);
        break;
    default:
        // NOTE: recover() run as the deferred or go'd function itself was not called by a
        // deferred function, so it returns nil and stops no panic: it does nothing.
        break;
    }
    emit(Op::Return, 0);
}

// Compiles `go b(args)` or `defer b(args)` for a built-in b: the arguments are evaluated now,
// and a function that runs the built-in on them is started or deferred.
void CodeGen::go_or_defer_builtin(Op op, CallExpr* c) {
    Builtin b = static_cast<Ident*>(unparen(c->fun))->obj->builtin;
    if (b == Builtin::Panic || b == Builtin::Print || b == Builtin::Println ||
        (b == Builtin::Close && op == Op::Defer)) {
        NativeId id = b == Builtin::Close   ? NativeId::BuiltinClose
                      : b == Builtin::Panic ? NativeId::BuiltinPanic
                      : b == Builtin::Print ? NativeId::BuiltinPrint
                                            : NativeId::BuiltinPrintln;
        int32_t argc = builtin_native_args(c, b);
        if (op == Op::Defer) {
            emit(Op::DeferNative, int32_t(id), argc);
            return;
        }
        emit_thunk(op, Thunk{int32_t(id), -1, argc, 0}, argc);
        return;
    }
    if (b == Builtin::Recover && op == Op::Defer)
        return; // see builtin_thunk_body: it would do nothing when the function ends
    int32_t argc = 0;
    if (b == Builtin::Copy) {
        expr(c->args[0]);
        expr(c->args[1]);
        argc = 2;
    } else if (b == Builtin::Delete) {
        expr(c->args[0]);
        value_to(c->args[1], under(c->args[0]->type)->key);
        argc = 2;
    } else if (b == Builtin::Close) {
        expr(c->args[0]);
        argc = 1;
    }
    emit_thunk(op, Thunk{-1, -1, argc, 0, int32_t(b)}, argc);
}

// Compiles a library method's function: it passes its receiver and arguments to the native.
void CodeGen::native_method(const Wrapper& w) {
    int32_t index =
        make_thunk(Thunk{w.method->native, -1, int32_t(w.method->sig->params.size()) + 1,
                         int32_t(w.method->sig->results.size())});
    patch_method_entry(w, index);
}

// Emits op (Call, Defer, Go, MakeClosure or MakeBound) with t's function as operand a, once
// that function exists.
void CodeGen::emit_thunk(Op op, const Thunk& t, int32_t b) {
    thunks_.emplace(t, -1);
    if (t.native >= 0)
        library_types_for(NativeId(t.native));
    emit(op, -1, b);
    thunk_refs_.push_back(ThunkRef{size_t(fn_ - prog_.functions.data()), here() - 1, t});
}

CodeGen::Thunk CodeGen::method_thunk(SelectorExpr* s) {
    const Type* sig = s->method->sig;
    auto params = int32_t(sig->params.size()) + 1;
    auto results = int32_t(sig->results.size());
    if (s->interface_method)
        return Thunk{-1, method_name_id(prog_, s->method->name), params, results};
    return Thunk{s->method->native, -1, params, results};
}

// Pushes the receiver of a library or interface method that is not called at once (a
// method value, go, defer). An interface's method is looked up now, as Go does, so a nil
// interface panics here.
void CodeGen::library_receiver(SelectorExpr* s) {
    expr(s->x);
    for (int field : s->path)
        emit(Op::Field, field);
    if (!s->interface_method)
        return;
    emit(Op::Dup);
    emit(Op::TypeIs, 0, 2);
    size_t ok = emit_jump(Op::JumpIfFalse);
    // NOTE: dereferencing a nil pointer raises the very runtime error Go gives here.
    emit(Op::Zero, type_id(types_.pointer_to(types_.basic(Kind::Int))));
    emit(Op::Deref);
    patch(ok, here());
}

// Makes the functions emit_thunk promised and points their references at them.
void CodeGen::make_thunks() {
    for (auto& [t, index] : thunks_) {
        line_ = 0;
        index = make_thunk(t);
    }
    for (const ThunkRef& r : thunk_refs_)
        prog_.functions[r.function].code[r.pc].a = thunks_[r.thunk];
}

void CodeGen::register_library_type(const char* name, bool pointer) {
    const Type* t = types_.library_type(name);
    if (!t)
        return;
    if (pointer)
        t = types_.pointer_to(t);
    TypeId id = type_id(t);
    std::string runtime = prog_.types[size_t(id)].name;
    if (prog_.library_type(runtime) == kNoType)
        prog_.library_types.push_back({runtime, id});
}

// Registers package context's types and makes its objects, once per program: Background,
// TODO and the two errors (compared by identity, as Go's are one value each).
void CodeGen::context_types() {
    if (uses_context_)
        return;
    uses_context_ = true;
    library_types_for(NativeId::ErrorsNew); // Canceled is an *errors.errorString
    for (const char* name :
         {"context.emptyCtx", "context.cancelCtx", "context.timerCtx", "context.valueCtx"})
        register_library_type(name, true);
    register_library_type("context.deadlineExceededError", false);
    auto root = [&](ContextObject::Form form) {
        prog_.library_objects.push_back(std::make_unique<ContextObject>(form));
        Value v = Value::make_object(prog_.library_objects.back().get());
        v.type = prog_.library_type("*context.emptyCtx");
        return v;
    };
    prog_.context_background = root(ContextObject::Form::Background);
    prog_.context_todo = root(ContextObject::Form::Todo);
    prog_.library_objects.push_back(std::make_unique<StringObject>("context canceled"));
    auto* canceled = new StructObject();
    canceled->fields.push_back(Value::make_object(prog_.library_objects.back().get()));
    prog_.library_objects.emplace_back(canceled);
    prog_.context_canceled = Value::make_object(canceled);
    prog_.context_canceled.type = prog_.library_type("*errors.errorString");
    auto* exceeded = new StructObject();
    prog_.library_objects.emplace_back(exceeded);
    prog_.context_deadline_exceeded = Value::make_object(exceeded);
    prog_.context_deadline_exceeded.type = prog_.library_type("context.deadlineExceededError");
}

// Registers the library types a native makes values of, once per program.
void CodeGen::library_types_for(NativeId id) {
    switch (id) {
    case NativeId::SyncMapLoad:
    case NativeId::SyncMapStore:
    case NativeId::SyncMapLoadOrStore:
    case NativeId::SyncMapLoadAndDelete:
    case NativeId::SyncMapDelete:
    case NativeId::SyncMapSnapshot:
        register_library_type("sync.Map", true); // the natives find dirty's map type by it
        return;
    case NativeId::ErrorsNew:
    case NativeId::FmtErrorf:
    case NativeId::TimeParseDuration:
    case NativeId::StrconvErrSyntax:
    case NativeId::StrconvErrRange:
    case NativeId::StrconvAtoi:
    case NativeId::StrconvParseInt:
    case NativeId::StrconvParseUint:
    case NativeId::StrconvParseFloat:
    case NativeId::StrconvParseBool:
    case NativeId::StringsNewReader:
    case NativeId::ReaderRead:
    case NativeId::ReaderReadByte:
    case NativeId::ReaderUnreadByte:
    case NativeId::ReaderReadRune:
    case NativeId::ReaderUnreadRune:
    case NativeId::FmtSscan:
    case NativeId::FmtSscanln:
    case NativeId::FmtSscanf:
    case NativeId::IoEOF: {
        if (id == NativeId::StringsNewReader)
            register_library_type("strings.Reader", true);
        if (prog_.library_type("*errors.errorString") != kNoType)
            return;
        register_library_type("errors.errorString", true);
        register_library_type("fmt.wrapError", true);
        register_library_type("strconv.NumError", true);
        // strconv's two sentinel errors, made once: errors.Is compares them by identity.
        TypeId error_string = prog_.library_type("*errors.errorString");
        auto sentinel = [&](const char* text) {
            prog_.library_objects.push_back(std::make_unique<StringObject>(text));
            auto* e = new StructObject();
            e->fields.push_back(Value::make_object(prog_.library_objects.back().get()));
            prog_.library_objects.emplace_back(e);
            Value v = Value::make_object(e);
            v.type = error_string;
            return v;
        };
        prog_.err_syntax = sentinel("invalid syntax");
        prog_.err_range = sentinel("value out of range");
        prog_.io_eof = sentinel("EOF");
        return;
    }
    case NativeId::StringsNewReplacer:
        register_library_type("strings.Replacer", true);
        return;
    case NativeId::SyncNewCond:
        register_library_type("sync.Cond", true);
        return;
    case NativeId::SortReverse:
        register_library_type("sort.reverse", true);
        return;
    case NativeId::PoolGet:
    case NativeId::PoolPut:
        register_library_type("sync.poolLocal", true);
        return;
    case NativeId::ContextBackground:
    case NativeId::ContextTODO:
    case NativeId::ContextWithCancel:
    case NativeId::ContextWithDeadline:
    case NativeId::ContextWithTimeout:
    case NativeId::ContextWithValue:
    case NativeId::ContextCanceled:
    case NativeId::ContextDeadlineExceeded:
        context_types();
        return;
    case NativeId::RWMutexRLocker:
        register_library_type("sync.rlocker", true);
        return;
    case NativeId::RandNewSource:
        register_library_type("rand.rngSource", true);
        return;
    case NativeId::TimeUTC: {
        if (prog_.time_utc.type != kNoType)
            return;
        register_library_type("time.Location", true);
        auto* name = new StringObject("UTC");
        prog_.library_objects.emplace_back(name);
        auto* loc = new StructObject();
        loc->fields.push_back(Value::make_object(name));
        prog_.library_objects.emplace_back(loc);
        prog_.time_utc = Value::make_object(loc);
        prog_.time_utc.type = prog_.library_type("*time.Location");
        return;
    }
    case NativeId::BufioNewScanner:
        register_library_type("bufio.Scanner", true);
        library_types_for(NativeId::IoEOF); // Scan's errors and its reader's io.EOF
        return;
    case NativeId::OsFileRead:
    case NativeId::ScannerScan:
        library_types_for(NativeId::IoEOF);
        return;
    case NativeId::OsStdin:
    case NativeId::OsStdout:
    case NativeId::OsStderr: {
        if (prog_.os_stdout.type != kNoType)
            return;
        register_library_type("os.File", true);
        // One *os.File per stream and program, so that os.Stdout == os.Stdout.
        auto stream = [&](int64_t fd) {
            auto* f = new StructObject();
            f->fields.push_back(Value::make_int(fd));
            prog_.library_objects.emplace_back(f);
            Value v = Value::make_object(f);
            v.type = prog_.library_type("*os.File");
            return v;
        };
        prog_.os_stdin = stream(0);
        prog_.os_stdout = stream(1);
        prog_.os_stderr = stream(2);
        return;
    }
    default:
        return;
    }
}

// Compiles a promoted method's wrapper: receiver, then the method's arguments.
void CodeGen::wrapper(const Wrapper& w) {
    auto index = int32_t(prog_.functions.size());
    Function& f = generated_function();
    const Type* sig = w.method->sig;
    const Type* named = w.recv->kind == Kind::Pointer ? w.recv->elem : w.recv;
    f.name = (w.recv->kind == Kind::Pointer ? "main.(*" + named->name + ")."
                                            : "main." + named->name + ".") +
             w.method->name;
    f.num_params = int32_t(sig->params.size()) + 1;
    f.num_results = int32_t(sig->results.size());
    next_local_ = f.num_params;
    capture_base_ = 0;

    // The receiver the method expects, from the field the path ends at.
    emit(Op::LoadLocal, 0);
    const Type* holder = walk_fields(w.recv, w.path, w.path.size());
    for (size_t i = 0; i < w.path.size(); i++) {
        bool last = i + 1 == w.path.size();
        bool by_ref = last && w.method->pointer_receiver && under(holder)->kind != Kind::Pointer &&
                      !pointer_is_object(holder);
        emit(by_ref ? Op::FieldRef : Op::Field, w.path[i]);
    }
    if (!w.method->pointer_receiver) {
        const Type* value = holder;
        if (under(holder)->kind == Kind::Pointer) {
            value = under(holder)->elem;
            emit(Op::Deref, 0, pointer_is_object(value) ? 1 : 0);
        }
        if (needs_copy(value))
            emit(Op::CopyValue, type_id(value));
    }
    for (int32_t i = 1; i < f.num_params; i++)
        emit(Op::LoadLocal, i);
    if (w.method->function < 0)
        emit(Op::CallNative, w.method->native, f.num_params);
    else
        emit(Op::Call, w.method->function, f.num_params);
    emit(Op::Return, f.num_results);
    f.num_locals = next_local_;
    patch_method_entry(w, index);
}

void CodeGen::emit_const(const Constant& c, const Type* t) {
    t = types_.default_type(t);
    Value v;
    switch (c.kind) {
    case Constant::Kind::Bool:
        v = Value::make_bool(c.b);
        break;
    case Constant::Kind::String: {
        prog_.constant_strings.push_back(std::make_unique<StringObject>(c.s));
        v = Value::make_object(prog_.constant_strings.back().get());
        break;
    }
    case Constant::Kind::Int:
        if (is_float(t))
            v = Value::make_float(under(t)->kind == Kind::Float32 ? double(float(c.i))
                                                                  : double(c.i));
        else
            v = Value::make_int(int64_t(uint64_t(c.i)));
        break;
    case Constant::Kind::Float:
        if (is_integer(t))
            v = Value::make_int(int64_t(c.f));
        else
            v = Value::make_float(under(t)->kind == Kind::Float32 ? double(float(c.f))
                                                                  : double(c.f));
        if (v.kind == ValueKind::Float && v.f == 0)
            v.f = 0; // constants are exact: -0.0 is zero
        break;
    default:
        break;
    }
    // Reuse an equal constant: the key is the kind and the bits (or the bytes).
    std::string key(1, char(v.kind));
    if (v.kind == ValueKind::Object)
        key += static_cast<StringObject*>(v.obj)->bytes;
    else
        key.append(reinterpret_cast<const char*>(&v.i), sizeof v.i);
    auto [it, added] = constant_index_.emplace(std::move(key), int32_t(prog_.constants.size()));
    if (!added) {
        if (v.kind == ValueKind::Object)
            prog_.constant_strings.pop_back();
        emit(Op::Const, it->second);
        return;
    }
    prog_.constants.push_back(v);
    emit(Op::Const, int32_t(prog_.constants.size() - 1));
}

// ---------------------------------------------------------------------------
// [SECTION] Expressions

// Pushes the value of e converted for a variable of type target: boxed when
// target is an interface, copied when the value has value semantics.
void CodeGen::value_to(Expr* e, const Type* target) {
    expr(e);
    converted_to(e, target);
}

// Converts the value of e, already pushed, as value_to does.
void CodeGen::converted_to(Expr* e, const Type* target) {
    if (e->mode == Mode::Variable && needs_copy(e->type))
        emit(Op::CopyValue, type_id(e->type));
    if (target && is_interface(target) && !is_interface(e->type) &&
        e->type->kind != Kind::UntypedNil)
        emit(Op::Box, type_id(types_.default_type(e->type)));
}

// Returns whether e is the predeclared nil.
bool is_nil(const Expr* e) {
    const Expr* u = unparen(const_cast<Expr*>(e));
    return u->kind == ExprKind::Ident && static_cast<const Ident*>(u)->obj &&
           static_cast<const Ident*>(u)->obj->kind == ObjKind::Nil;
}

// The operand a chain link computes first (parentheses, unary operators but &, binary
// operators but a comparison with nil on the left); null when e is no such link.
Expr* chain_operand(Expr* e) {
    if (e->mode == Mode::Constant)
        return nullptr;
    switch (e->kind) {
    case ExprKind::Paren:
        return static_cast<ParenExpr*>(e)->x;
    case ExprKind::Star:
        return static_cast<StarExpr*>(e)->x;
    case ExprKind::Unary: {
        auto* u = static_cast<UnaryExpr*>(e);
        return u->op == Tok::And ? nullptr : u->x;
    }
    case ExprKind::Binary: {
        auto* b = static_cast<BinaryExpr*>(e);
        return is_nil(b->x) ? nullptr : b->x;
    }
    default:
        return nullptr;
    }
}

// Compiles a chain like -(-(-x)) or 1+1+...+1 in a loop: what each link emits before its
// operand on the way down, the innermost operand, then what each emits after it on the way
// up. That is the recursive order, and 10,000 links cost no stack.
void CodeGen::chain(Expr* e) {
    std::vector<Expr*> links;
    while (Expr* x = chain_operand(e)) {
        if (e->kind == ExprKind::Star ||
            (e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Tok::Arrow))
            set_line(e->pos);
        links.push_back(e);
        e = x;
    }
    expr(e);
    for (size_t i = links.size(); i-- > 0;) {
        Expr* link = links[i];
        switch (link->kind) {
        case ExprKind::Star:
            emit(Op::Deref, 0, pointer_is_object(link->type) ? 1 : 0);
            break;
        case ExprKind::Unary: {
            auto* u = static_cast<UnaryExpr*>(link);
            if (u->op == Tok::Arrow) {
                // <-ch; with comma_ok the VM pushes the value, then ok.
                sync_site(u->x);
                emit(Op::Recv, u->comma_ok ? 1 : 0, type_id(under(u->x->type)->elem));
            } else if (u->op == Tok::Sub) {
                if (is_float(u->type))
                    emit(Op::NegFloat, 0, under(u->type)->kind == Kind::Float32 ? 1 : 0);
                else
                    emit(Op::NegInt, 0, int32_t(int_kind(u->type)));
            } else if (u->op == Tok::Not) {
                emit(Op::Not);
            } else if (u->op == Tok::Xor) {
                emit(Op::ComplInt, 0, int32_t(int_kind(types_.default_type(u->type))));
            }
            break;
        }
        case ExprKind::Binary:
            binary_rest(static_cast<BinaryExpr*>(link));
            break;
        default: // parentheses
            break;
        }
    }
}

void CodeGen::expr(Expr* e) {
    if (e->mode == Mode::Constant) {
        emit_const(e->value, e->type);
        return;
    }
    if (chain_operand(e)) {
        chain(e);
        return;
    }
    switch (e->kind) {
    case ExprKind::Ident: {
        Entity* o = static_cast<Ident*>(e)->obj;
        if (o->kind == ObjKind::Var)
            load_var(o);
        else if (o->kind == ObjKind::Func && o->function >= 0)
            emit(Op::MakeClosure, o->function, 0); // a function used as a value
        else
            emit(Op::Zero, type_id(e->type)); // nil of a concrete type
        return;
    }
    case ExprKind::Selector: {
        auto* s = static_cast<SelectorExpr*>(e);
        if (s->member && s->member->kind == ObjKind::Var && s->member->is_global) {
            load_var(s->member); // os.Args
            return;
        }
        if (s->member && s->member->kind == ObjKind::Var && s->member->native >= 0) {
            emit(Op::CallNative, s->member->native, 0); // a library variable: strconv.ErrSyntax
            return;
        }
        if (s->method && s->method->field) {
            // A library field read through a native: timer.C.
            expr(s->x);
            for (int f : s->path)
                emit(Op::Field, f);
            emit(Op::CallNative, s->method->native, 1);
            return;
        }
        if (s->is_field) {
            expr(s->x);
            for (int f : s->path)
                emit(Op::Field, f);
            return;
        }
        if (s->member && s->member->native >= 0) {
            // A library function as a value: strconv.Itoa.
            emit_native_function(Op::MakeClosure, s->member->native, under(e->type), false, 0);
            return;
        }
        if (s->x->mode == Mode::TypeExpr && s->method->native >= 0) {
            // A method expression of a library type: (*strings.Builder).WriteString.
            emit_native_function(Op::MakeClosure, s->method->native, s->method->sig, true, 0);
            return;
        }
        if (s->x->mode == Mode::TypeExpr) {
            emit(Op::MakeClosure, s->method->function, 0); // a method expression T.M
            return;
        }
        // A method value: the receiver is evaluated (and copied) now.
        if (s->method->native >= 0 || s->interface_method) {
            library_receiver(s);
            emit_thunk(Op::MakeBound, method_thunk(s), 0);
            return;
        }
        push_receiver(s);
        emit(Op::MakeBound, s->method->function);
        return;
    }
    case ExprKind::FuncLit: {
        FuncDecl* d = static_cast<FuncLit*>(e)->decl;
        for (Entity* o : d->captures)
            load_raw(o);
        emit(Op::MakeClosure, d->obj->function, int32_t(d->captures.size()));
        return;
    }
    case ExprKind::TypeAssert: {
        auto* ta = static_cast<TypeAssertExpr*>(e);
        set_line(ta->pos);
        expr(ta->x);
        emit(ta->comma_ok ? Op::AssertOk : Op::Assert, type_id(e->type), type_id(ta->x->type));
        return;
    }
    case ExprKind::Index: {
        auto* ix = static_cast<IndexExpr*>(e);
        if (ix->instance) {
            emit(Op::MakeClosure, ix->instance->function, 0); // F[int] used as a value
            return;
        }
        indexed(ix->x);
        const Type* u = under(ix->x->type);
        if (u->kind == Kind::Map) {
            value_to(ix->indices[0], u->key);
            emit(Op::MapIndex, ix->comma_ok ? 1 : 0, type_id(u->elem));
            return;
        }
        expr(ix->indices[0]);
        emit(Op::Index);
        return;
    }
    case ExprKind::Slice: {
        auto* sl = static_cast<SliceExpr*>(e);
        expr(sl->x);
        if (sl->lo)
            expr(sl->lo);
        else
            emit_const(Constant::make_int(0), types_.basic(Kind::Int));
        int32_t parts = 0;
        if (sl->hi) {
            expr(sl->hi);
            parts |= 1;
        }
        if (sl->max) {
            expr(sl->max);
            parts |= 2;
        }
        const Type* u = under(sl->x->type);
        emit(Op::SliceExpr, parts, is_string(u) ? 1 : u->kind == Kind::Pointer ? 2 : 0);
        return;
    }
    case ExprKind::Unary: // &x (the other unary operators are chain links)
        address_of(static_cast<UnaryExpr*>(e)->x);
        return;
    case ExprKind::Binary: // nil == x (the other binary operators are chain links)
        binary(static_cast<BinaryExpr*>(e));
        return;
    case ExprKind::Call:
        call(static_cast<CallExpr*>(e));
        return;
    case ExprKind::CompositeLit:
        composite(static_cast<CompositeLit*>(e));
        return;
    default:
        // The checker refuses everything else before code generation.
        emit(Op::Nop);
        return;
    }
}

// map[K]V{k: v, ...}: a new map, then the stores in source order.
void CodeGen::map_literal(CompositeLit* c) {
    const Type* u = under(c->type);
    emit_const(Constant::make_int(int64_t(c->elts.size())), types_.basic(Kind::Int));
    emit(Op::MakeMap, type_id(c->type));
    auto element = [&](Expr* x, const Type* t) {
        if (x->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(x)->type_expr)
            expr(x);
        else
            value_to(x, t);
    };
    for (Expr* e : c->elts) {
        auto* kv = static_cast<KeyValueExpr*>(e);
        emit(Op::Dup);
        element(kv->key, u->key);
        element(kv->value, u->elem);
        emit(Op::MapStore);
    }
}

void CodeGen::arith(Tok op, const Type* t) {
    if (is_string(t)) {
        switch (op) {
        case Tok::Add:
            emit(Op::Concat);
            return;
        case Tok::Eql:
            emit(Op::EqString);
            return;
        case Tok::Neq:
            emit(Op::NeString);
            return;
        case Tok::Lss:
            emit(Op::LtString);
            return;
        case Tok::Leq:
            emit(Op::LeString);
            return;
        case Tok::Gtr:
            emit(Op::GtString);
            return;
        case Tok::Geq:
            emit(Op::GeString);
            return;
        default:
            return;
        }
    }
    if (is_boolean(t)) {
        emit(op == Tok::Eql ? Op::EqBool : Op::NeBool);
        return;
    }
    if (is_float(t)) {
        int32_t f32 = under(t)->kind == Kind::Float32 ? 1 : 0;
        switch (op) {
        case Tok::Add:
            emit(Op::AddFloat, 0, f32);
            return;
        case Tok::Sub:
            emit(Op::SubFloat, 0, f32);
            return;
        case Tok::Mul:
            emit(Op::MulFloat, 0, f32);
            return;
        case Tok::Quo:
            emit(Op::DivFloat, 0, f32);
            return;
        case Tok::Eql:
            emit(Op::EqFloat);
            return;
        case Tok::Neq:
            emit(Op::NeFloat);
            return;
        case Tok::Lss:
            emit(Op::LtFloat);
            return;
        case Tok::Leq:
            emit(Op::LeFloat);
            return;
        case Tok::Gtr:
            emit(Op::GtFloat);
            return;
        case Tok::Geq:
            emit(Op::GeFloat);
            return;
        default:
            return;
        }
    }
    int32_t k = int32_t(int_kind(t));
    switch (op) {
    case Tok::Add:
        emit(Op::AddInt, 0, k);
        return;
    case Tok::Sub:
        emit(Op::SubInt, 0, k);
        return;
    case Tok::Mul:
        emit(Op::MulInt, 0, k);
        return;
    case Tok::Quo:
        emit(Op::DivInt, 0, k);
        return;
    case Tok::Rem:
        emit(Op::RemInt, 0, k);
        return;
    case Tok::And:
        emit(Op::AndInt, 0, k);
        return;
    case Tok::Or:
        emit(Op::OrInt, 0, k);
        return;
    case Tok::Xor:
        emit(Op::XorInt, 0, k);
        return;
    case Tok::AndNot:
        emit(Op::AndNotInt, 0, k);
        return;
    case Tok::Eql:
        emit(Op::EqInt, 0, k);
        return;
    case Tok::Neq:
        emit(Op::NeInt, 0, k);
        return;
    case Tok::Lss:
        emit(Op::LtInt, 0, k);
        return;
    case Tok::Leq:
        emit(Op::LeInt, 0, k);
        return;
    case Tok::Gtr:
        emit(Op::GtInt, 0, k);
        return;
    case Tok::Geq:
        emit(Op::GeInt, 0, k);
        return;
    default:
        return;
    }
}

// Compiles nil == x and nil != x, the one binary operation whose left operand is not
// computed first.
void CodeGen::binary(BinaryExpr* b) {
    expr(b->y);
    emit(Op::IsNil, 0, is_interface(b->y->type) ? 1 : 0);
    if (b->op == Tok::Neq)
        emit(Op::Not);
}

// Compiles a binary operation whose left operand is already on the stack (chain).
void CodeGen::binary_rest(BinaryExpr* b) {
    // == and != between values the integer, float and string opcodes do not cover: nil,
    // structs, arrays, pointers, interfaces.
    if (b->op == Tok::Eql || b->op == Tok::Neq) {
        bool done = true;
        Kind k = under(b->x->type)->kind;
        if (is_nil(b->y)) {
            emit(Op::IsNil, 0, is_interface(b->x->type) ? 1 : 0);
        } else if (is_interface(b->x->type) || is_interface(b->y->type)) {
            const Type* t = is_interface(b->x->type) ? b->x->type : b->y->type;
            converted_to(b->x, t);
            value_to(b->y, t);
            emit(Op::EqValue, type_id(t));
        } else if (k == Kind::Struct || k == Kind::Array || k == Kind::Pointer) {
            expr(b->y);
            emit(Op::EqValue, type_id(b->x->type));
        } else {
            done = false;
        }
        if (done) {
            if (b->op == Tok::Neq)
                emit(Op::Not);
            return;
        }
    }
    if (b->op == Tok::LAnd || b->op == Tok::LOr) {
        // Short-circuit: the left value stays as the result when it decides.
        emit(Op::Dup);
        size_t j = emit_jump(b->op == Tok::LAnd ? Op::JumpIfFalse : Op::JumpIfTrue);
        emit(Op::Pop);
        expr(b->y);
        patch(j, here());
        return;
    }
    expr(b->y);
    if (b->op == Tok::Shl || b->op == Tok::Shr) {
        shift(b->op, b->type, b->y->type);
        return;
    }
    arith(b->op, b->x->type);
}

// Emits x << n or x >> n for x of type t and a count of type count.
void CodeGen::shift(Tok op, const Type* t, const Type* count) {
    emit(op == Tok::Shl ? Op::ShlInt : Op::ShrInt, is_unsigned(count) ? 1 : 0,
         int32_t(int_kind(types_.default_type(t))));
}

// Converts the value on top of the stack between numeric types (spec "Conversions").
void CodeGen::convert_top(const Type* from, const Type* to) {
    if (is_interface(to)) {
        if (!is_interface(from) && from->kind != Kind::UntypedNil)
            emit(Op::Box, type_id(types_.default_type(from)));
        return;
    }
    const Type* fu = under(types_.default_type(from));
    const Type* tu = under(to);
    if (is_string(tu) && !is_string(fu)) {
        StringConv how = is_integer(fu)                         ? StringConv::RuneToString
                         : under(fu->elem)->kind == Kind::Uint8 ? StringConv::BytesToString
                                                                : StringConv::RunesToString;
        emit(Op::ConvertString, int32_t(how));
        return;
    }
    if (tu->kind == Kind::Pointer && fu->kind == Kind::Slice) {
        emit(Op::SliceToArray, int32_t(under(tu->elem)->len));
        return;
    }
    if (tu->kind == Kind::Slice && is_string(fu)) {
        emit(Op::ConvertString,
             int32_t(under(tu->elem)->kind == Kind::Uint8 ? StringConv::StringToBytes
                                                          : StringConv::StringToRunes));
        return;
    }
    if (is_integer(fu) && is_integer(tu)) {
        if (int_kind(fu) != int_kind(tu))
            emit(Op::WrapInt, 0, int32_t(int_kind(tu)));
    } else if (is_integer(fu) && is_float(tu)) {
        emit(Op::IntToFloat, tu->kind == Kind::Float32 ? 1 : 0, int32_t(int_kind(fu)));
    } else if (is_float(fu) && is_integer(tu)) {
        emit(Op::FloatToInt, 0, int32_t(int_kind(tu)));
    } else if (is_float(fu) && is_float(tu)) {
        if (tu->kind == Kind::Float32 && fu->kind != Kind::Float32)
            emit(Op::FloatToF32);
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Calls

int CodeGen::call(CallExpr* c) {
    int saved = line_;
    set_line(c->pos);
    Expr* f = unparen(c->fun);
    if (c->is_conversion) {
        Expr* x = c->args[0];
        expr(x);
        convert_top(x->type, c->type);
        line_ = saved;
        return 1;
    }
    if (f->mode == Mode::Builtin) {
        // The built-ins the checker lets through: len, make(chan T, n),
        // close(ch), and new of a sync object.
        Builtin b = static_cast<Ident*>(f)->obj->builtin;
        int results = 1;
        if (b == Builtin::New) {
            // new(T): a struct or array object is its own pointer; anything else gets a cell.
            emit(Op::Zero, type_id(c->type->elem));
            if (!pointer_is_object(c->type->elem) && !is_sync_object(c->type->elem))
                emit(Op::NewCell);
        } else if (b == Builtin::Make) {
            if (c->args.size() > 1)
                value_to(c->args[1], types_.basic(Kind::Int));
            else
                emit_const(Constant::make_int(0), types_.basic(Kind::Int));
            Kind k = under(c->type)->kind;
            if (k == Kind::Slice) {
                if (c->args.size() > 2)
                    value_to(c->args[2], types_.basic(Kind::Int));
                else
                    emit(Op::Dup); // cap = len
                emit(Op::MakeSliceCap, type_id(under(c->type)->elem));
            } else if (k == Kind::Map) {
                emit(Op::MakeMap, type_id(c->type));
            } else {
                emit(Op::MakeChan, type_id(under(c->type)->elem));
            }
        } else if (b == Builtin::Append) {
            expr(c->args[0]);
            TypeId st = type_id(c->type);
            if (c->has_dots) {
                expr(c->args[1]);
                emit(Op::AppendSpread, st);
            } else {
                for (size_t i = 1; i < c->args.size(); i++)
                    value_to(c->args[i], under(c->type)->elem);
                emit(Op::Append, st, int32_t(c->args.size() - 1));
            }
        } else if (b == Builtin::Copy) {
            expr(c->args[0]);
            expr(c->args[1]);
            emit(Op::Copy);
        } else if (b == Builtin::Delete) {
            expr(c->args[0]);
            value_to(c->args[1], under(c->args[0]->type)->key);
            emit(Op::MapDelete);
            results = 0;
        } else if ((b == Builtin::Len || b == Builtin::Cap) &&
                   under(c->args[0]->type)->kind == Kind::Pointer) {
            // len or cap of a pointer to an array, through a call: N, whatever the pointer.
            expr(c->args[0]);
            emit(Op::Pop);
            emit_const(Constant::make_int(under(under(c->args[0]->type)->elem)->len),
                       types_.basic(Kind::Int));
        } else if (b == Builtin::Cap) {
            expr(c->args[0]);
            emit(Op::Cap);
        } else if (b == Builtin::Panic || b == Builtin::Recover || b == Builtin::Print ||
                   b == Builtin::Println) {
            NativeId id = b == Builtin::Panic     ? NativeId::BuiltinPanic
                          : b == Builtin::Recover ? NativeId::BuiltinRecover
                          : b == Builtin::Print   ? NativeId::BuiltinPrint
                                                  : NativeId::BuiltinPrintln;
            emit(Op::CallNative, int32_t(id), builtin_native_args(c, b));
            results = b == Builtin::Recover ? 1 : 0;
        } else if (b == Builtin::Close) {
            expr(c->args[0]);
            sync_site(c->args[0]);
            emit(Op::Close);
            results = 0;
        } else {
            expr(c->args[0]);
            emit(Op::Len);
        }
        line_ = saved;
        return results;
    }
    const Type* sig = under(f->type);
    int nresults = int(sig->results.size());
    auto nparams = int32_t(sig->params.size());
    auto* s = f->kind == ExprKind::Selector ? static_cast<SelectorExpr*>(f) : nullptr;
    Entity* o = f->kind == ExprKind::Ident ? static_cast<Ident*>(f)->obj : nullptr;
    if (o && o->kind == ObjKind::Func && o->function >= 0) {
        push_args(c, sig);
        emit(Op::Call, o->function, nparams);
    } else if (s && s->member && runs_as_function(s->member->native)) {
        push_args(c, sig);
        emit_native_function(Op::Call, s->member->native, sig, false, nparams);
    } else if (s && s->member &&
               (s->member->native == int32_t(NativeId::SortSlice) ||
                s->member->native == int32_t(NativeId::SortSliceStable))) {
        sort_slice(c, sig, NativeId(s->member->native));
    } else if (s && s->member && fmt_result_count(NativeId(s->member->native)) >= 0) {
        push_args(c, sig);
        fmt_call(NativeId(s->member->native), nparams);
    } else if (s && s->member && s->member->native >= 0) {
        push_args(c, sig);
        emit(Op::CallNative, s->member->native, nparams);
    } else if (s && s->method && s->method->native == int(NativeId::OnceDo)) {
        inline_with_func(s, c, sig, &CodeGen::once_do_body);
    } else if (s && s->method && s->method->native == int(NativeId::CondWait)) {
        cond_wait(s);
    } else if (s && s->method && s->method->native == int(NativeId::SyncMapRange)) {
        inline_with_func(s, c, sig, &CodeGen::sync_map_range_body);
    } else if (s && s->method && s->method->native >= 0) {
        // A library method: the receiver (for pointer receivers, the object itself) first.
        expr(s->x);
        for (int field : s->path)
            emit(Op::Field, field);
        push_args(c, sig);
        sync_site_of_receiver(s);
        emit(Op::CallNative, s->method->native, nparams + 1);
    } else if (s && s->method && s->interface_method) {
        expr(s->x);
        for (int field : s->path)
            emit(Op::Field, field);
        push_args(c, sig);
        set_line(c->pos);
        emit(Op::CallIface, method_name_id(prog_, s->method->name), nparams);
    } else if (s && s->method) {
        push_receiver(s);
        push_args(c, sig);
        set_line(c->pos);
        emit(Op::Call, s->method->function, nparams + 1);
    } else {
        expr(c->fun);
        push_args(c, sig);
        set_line(c->pos);
        emit(Op::CallValue, 0, nparams);
    }
    line_ = saved;
    return nresults;
}

// x.M(f) for a library method compiled inline around the call of f (Once.Do, Map.Range):
// the receiver and f go to locals, and body(receiver, f) emits the rest.
void CodeGen::inline_with_func(SelectorExpr* s, CallExpr* c, const Type* sig,
                               void (CodeGen::*body)(int, int)) {
    expr(s->x);
    for (int field : s->path)
        emit(Op::Field, field);
    int receiver = temp();
    emit(Op::StoreLocal, receiver);
    push_args(c, sig);
    int f = temp();
    emit(Op::StoreLocal, f);
    (this->*body)(receiver, f);
}

// The body of o.Do(f) with o and f in locals once and f: inline at a call, or the function
// that `go o.Do(f)`, `defer o.Do(f)` and the method value o.Do run. It runs f as an ordinary
// call that may block, defer or panic:
//   if !done(o) { if tryFirst(o) { f(); finish(o) } else { o.Lock(); o.Unlock() } }
// tryFirst leaves a deferred finish(o) that a panic in f runs; finish drops it otherwise.
void CodeGen::once_do_body(int once, int f) {
    auto native = [&](NativeId id) {
        emit(Op::LoadLocal, once);
        emit(Op::CallNative, int32_t(id), 1);
    };

    native(NativeId::OnceDone);
    size_t done = emit_jump(Op::JumpIfTrue);
    native(NativeId::OnceTry);
    size_t first = emit_jump(Op::JumpIfTrue);
    native(NativeId::MutexLock); // wait for the first caller's f to return
    native(NativeId::MutexUnlock);
    size_t waited = emit_jump(Op::Jump);
    patch(first, here());
    emit(Op::LoadLocal, f);
    emit(Op::CallValue, 0, 0);
    native(NativeId::OnceFinish);
    patch(done, here());
    patch(waited, here());
}

// c.Wait(), compiled inline so that c.L may be any Locker (its Lock may block, and may be Go
// code), as Go's Wait runs it:
//   t := notifyListAdd(c); c.L.Unlock(); notifyListWait(c, t); c.L.Lock()
void CodeGen::cond_wait(SelectorExpr* s) {
    expr(s->x);
    for (int field : s->path)
        emit(Op::Field, field);
    int cond = temp();
    emit(Op::StoreLocal, cond);
    cond_wait_body(cond);
}

// The body of c.Wait() with c in local cond: inline at a call, or the function that
// `go c.Wait()`, `defer c.Wait()` and the method value c.Wait run.
void CodeGen::cond_wait_body(int cond) {
    constexpr int32_t kCondL = 1; // sync.Cond's fields: noCopy, L, notify, checker
    int ticket = temp();
    emit(Op::LoadLocal, cond);
    emit(Op::CallNative, int32_t(NativeId::CondNotifyListAdd), 1);
    emit(Op::StoreLocal, ticket);
    emit(Op::LoadLocal, cond);
    emit(Op::Field, kCondL);
    emit(Op::CallIface, method_name_id(prog_, "Unlock"), 0);
    emit(Op::LoadLocal, cond);
    emit(Op::LoadLocal, ticket);
    emit(Op::CallNative, int32_t(NativeId::CondNotifyListWait), 2);
    emit(Op::LoadLocal, cond);
    emit(Op::Field, kCondL);
    emit(Op::CallIface, method_name_id(prog_, "Lock"), 0);
}

// The body of m.Range(f) with m and f in locals map and f: inline at a call, or the function
// that `go m.Range(f)`, `defer m.Range(f)` and the method value m.Range run. f runs as an
// ordinary call that may block, or store into and delete from m meanwhile: it walks a
// snapshot of m's entries taken at the call, which Go's Range allows (each key at most once,
// and later changes need not be seen).
//   snap := snapshot(m); keys := the keys of snap
//   for i := 0; i < len(keys); i++ { if !f(keys[i], snap[keys[i]]) { break } }
void CodeGen::sync_map_range_body(int map, int f) {
    const Type* any = types_.empty_interface();
    const Type* integer = types_.basic(Kind::Int);
    int snap = temp(), keys = temp(), n = temp(), i = temp();
    emit(Op::LoadLocal, map);
    emit(Op::CallNative, int32_t(NativeId::SyncMapSnapshot), 1);
    emit(Op::StoreLocal, snap);
    emit(Op::LoadLocal, snap);
    emit(Op::MapKeys);
    emit(Op::StoreLocal, keys);
    emit(Op::LoadLocal, keys);
    emit(Op::Len);
    emit(Op::StoreLocal, n);
    emit_const(Constant::make_int(0), integer);
    emit(Op::StoreLocal, i);

    size_t top = here();
    emit(Op::LoadLocal, i);
    emit(Op::LoadLocal, n);
    emit(Op::LtInt, 0, int32_t(IntKind::Int));
    size_t done = emit_jump(Op::JumpIfFalse);
    emit(Op::LoadLocal, f);
    emit(Op::LoadLocal, keys);
    emit(Op::LoadLocal, i);
    emit(Op::Index);
    emit(Op::LoadLocal, snap);
    emit(Op::LoadLocal, keys);
    emit(Op::LoadLocal, i);
    emit(Op::Index);
    emit(Op::MapIndex, 0, type_id(any));
    emit(Op::CallValue, 0, 2);
    size_t stop = emit_jump(Op::JumpIfFalse);
    emit(Op::LoadLocal, i);
    emit_const(Constant::make_int(1), integer);
    emit(Op::AddInt, 0, int32_t(IntKind::Int));
    emit(Op::StoreLocal, i);
    emit(Op::Jump, int32_t(top));
    patch(done, here());
    patch(stop, here());
}

// Pushes the arguments of a call, packing the variadic tail into a slice.
void CodeGen::push_args(CallExpr* c, const Type* sig) {
    size_t n = sig->params.size();
    auto& args = c->args;
    if (args.size() == 1 && args[0]->type && args[0]->type->kind == Kind::Tuple) {
        // f(g()): g's results become the arguments, the variadic tail packed.
        const std::vector<const Type*>& have = args[0]->type->results;
        std::vector<const Type*> targets;
        for (size_t i = 0; i < have.size(); i++)
            targets.push_back(sig->variadic && i + 1 >= n ? sig->params[n - 1]->elem
                                                          : sig->params[i]);
        spread_to(args[0], targets);
        if (sig->variadic)
            emit(Op::MakeSlice, type_id(sig->params[n - 1]->elem), int32_t(have.size() - (n - 1)));
        return;
    }

    size_t fixed = sig->variadic ? n - 1 : n;
    for (size_t i = 0; i < fixed && i < args.size(); i++)
        value_to(args[i], sig->params[i]);
    if (!sig->variadic)
        return;
    const Type* slice = sig->params[n - 1];
    if (c->has_dots) {
        expr(args.back());
        return;
    }
    size_t extra = args.size() - fixed;
    if (extra == 0) {
        emit(Op::Zero, type_id(slice)); // a nil slice, as Go passes
        return;
    }
    for (size_t i = fixed; i < args.size(); i++)
        value_to(args[i], slice->elem);
    emit(Op::MakeSlice, type_id(slice->elem), int32_t(extra));
}

// Pushes the results of a multi-value call converted to targets, boxing
// through temporaries when a target is an interface.
void CodeGen::spread_to(Expr* call_expr, const std::vector<const Type*>& targets) {
    Expr* u = unparen(call_expr);
    std::vector<const Type*> have;
    if (u->kind == ExprKind::Unary || u->kind == ExprKind::Index ||
        u->kind == ExprKind::TypeAssert) {
        // v, ok := <-ch, v, ok := m[k] and v, ok := x.(T)
        have = {u->type, types_.basic(Kind::Bool)};
        expr(u);
    } else {
        have = call_expr->type->results;
        call(static_cast<CallExpr*>(u));
    }
    bool boxing = false;
    for (size_t i = 0; i < targets.size() && i < have.size(); i++)
        if (targets[i] && is_interface(targets[i]) && !is_interface(have[i]))
            boxing = true;
    if (!boxing)
        return;
    std::vector<int> slots(have.size());
    for (size_t i = have.size(); i-- > 0;) {
        slots[i] = temp();
        emit(Op::StoreLocal, slots[i]);
    }
    for (size_t i = 0; i < have.size(); i++) {
        emit(Op::LoadLocal, slots[i]);
        if (targets[i] && is_interface(targets[i]) && !is_interface(have[i]))
            emit(Op::Box, type_id(have[i]));
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Variables, pointers and fields

// Pushes what o's slot holds: its value, or its cell when it is boxed, or
// the struct or array object. A closure finds its captured variables after
// its own locals.
void CodeGen::load_raw(Entity* o) {
    if (o->is_global) {
        emit(Op::LoadGlobal, o->slot);
        return;
    }
    if (decl_) {
        auto& caps = decl_->captures;
        auto it = std::find(caps.begin(), caps.end(), o);
        if (it != caps.end()) {
            emit(Op::LoadLocal, capture_base_ + int32_t(it - caps.begin()));
            return;
        }
    }
    emit(Op::LoadLocal, o->slot);
}

void CodeGen::load_var(Entity* o) {
    load_raw(o);
    if (o->boxed)
        emit(Op::LoadCell);
}

// Pops a value into o. A declaration makes the variable (a new cell when it
// is boxed); an assignment writes into the existing cell or object.
void CodeGen::store_var(Entity* o, bool declaring) {
    if (o->is_global) {
        if (!declaring && assigned_in_place(o->type)) {
            emit(Op::LoadGlobal, o->slot);
            emit(Op::StoreDeref, type_id(o->type), 1);
            return;
        }
        emit(Op::StoreGlobal, o->slot);
        return;
    }
    if (declaring) {
        if (o->boxed)
            emit(Op::NewCell);
        emit(Op::StoreLocal, o->slot);
        return;
    }
    if (o->boxed) {
        load_raw(o);
        emit(Op::StoreCell);
    } else if (assigned_in_place(o->type)) {
        load_raw(o);
        emit(Op::StoreDeref, type_id(o->type), 1);
    } else {
        emit(Op::StoreLocal, o->slot);
    }
}

// Makes a range loop's variable before the loop, so every iteration assigns
// the same one (Go 1.19's semantics, which closures and pointers can see).
void CodeGen::predeclare(Expr* v) {
    Expr* u = unparen(v);
    if (!u || u->kind != ExprKind::Ident)
        return;
    Entity* o = static_cast<Ident*>(u)->obj;
    if (!o || o->kind != ObjKind::Var || (!o->boxed && !assigned_in_place(o->type)))
        return;
    emit(Op::Zero, type_id(o->type));
    store_var(o, true);
}

// Pushes &e. Structs and arrays are their own pointers; other variables
// are cells, and fields, elements and globals get a reference.
void CodeGen::address_of(Expr* e) {
    e = unparen(e);
    switch (e->kind) {
    case ExprKind::Ident: {
        Entity* o = static_cast<Ident*>(e)->obj;
        if (pointer_is_object(o->type))
            load_var(o);
        else if (o->is_global)
            emit(Op::GlobalRef, o->slot);
        else
            load_raw(o); // the cell
        return;
    }
    case ExprKind::Selector: {
        auto* s = static_cast<SelectorExpr*>(e);
        if (s->member && s->member->kind == ObjKind::Var && s->member->is_global) {
            emit(Op::GlobalRef, s->member->slot); // &os.Args
            return;
        }
        expr(s->x);
        for (size_t i = 0; i + 1 < s->path.size(); i++)
            emit(Op::Field, s->path[i]);
        emit(pointer_is_object(e->type) ? Op::Field : Op::FieldRef, s->path.back());
        return;
    }
    case ExprKind::Index: {
        auto* ix = static_cast<IndexExpr*>(e);
        indexed(ix->x);
        expr(ix->indices[0]);
        set_line(ix->pos);
        emit(pointer_is_object(e->type) ? Op::Index : Op::IndexRef);
        return;
    }
    case ExprKind::Star:
        expr(static_cast<StarExpr*>(e)->x);
        return;
    default:
        expr(e); // a composite literal: a new object
        return;
    }
}

// Returns the type reached from t by the first steps of a field path.
const Type* CodeGen::walk_fields(const Type* t, const std::vector<int>& path, size_t steps) {
    for (size_t i = 0; i < steps; i++) {
        const Type* u = under(t);
        if (u->kind == Kind::Pointer)
            u = under(u->elem);
        t = u->fields[size_t(path[i])].type;
    }
    return t;
}

// Notes the receiver of a WaitGroup, Mutex or RWMutex method call as a sync site, with the
// embedded fields the call goes through ("c.Mutex" for c.Lock()).
void CodeGen::sync_site_of_receiver(const SelectorExpr* s) {
    const Type* holder = walk_fields(s->x->type, s->path, s->path.size());
    if (under(holder) && under(holder)->kind == Kind::Pointer)
        holder = under(holder)->elem;
    if (!holder || (holder->special != Special::WaitGroup && holder->special != Special::Mutex &&
                    holder->special != Special::RWMutex))
        return;
    std::string name = access_path(s->x);
    const Type* t = s->x->type;
    for (size_t i = 0; i < s->path.size() && !name.empty(); i++) {
        const Type* u = under(t);
        if (u->kind == Kind::Pointer)
            u = under(u->elem);
        const Field& f = u->fields[size_t(s->path[i])];
        name += "." + f.name;
        t = f.type;
    }
    if (!name.empty())
        fn_->sync_sites.push_back(SyncSite{int32_t(here()), 0, std::move(name)});
}

// Pushes the receiver a method declared in the program expects: a pointer
// for pointer receivers (&x taken as needed), else a copy of the value.
void CodeGen::push_receiver(SelectorExpr* s) {
    const Method* m = s->method;
    expr(s->x);
    size_t n = s->path.size();
    const Type* holder = walk_fields(s->x->type, s->path, n);
    if (m->pointer_receiver) {
        if (n == 0 && under(holder)->kind != Kind::Pointer && !pointer_is_object(holder)) {
            emit(Op::Pop); // a non-struct variable: its cell is its address
            address_of(s->x);
            return;
        }
        for (size_t i = 0; i < n; i++) {
            bool last = i + 1 == n;
            bool by_ref =
                last && under(holder)->kind != Kind::Pointer && !pointer_is_object(holder);
            emit(by_ref ? Op::FieldRef : Op::Field, s->path[i]);
        }
        return;
    }
    for (int f : s->path)
        emit(Op::Field, f);
    const Type* value = holder;
    if (under(holder)->kind == Kind::Pointer) {
        value = under(holder)->elem;
        emit(Op::Deref, 0, pointer_is_object(value) ? 1 : 0);
    }
    if (needs_copy(value))
        emit(Op::CopyValue, type_id(value));
}

// Struct, array and slice literals. An elided &T{...} inside a literal is
// the T object itself.
void CodeGen::composite(CompositeLit* c) {
    const Type* t = c->type;
    if (under(t)->kind == Kind::Pointer)
        t = under(t)->elem;
    const Type* u = under(t);
    auto element = [&](Expr* x, const Type* elem) {
        if (x->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(x)->type_expr)
            expr(x);
        else
            value_to(x, elem);
    };
    if (is_sync_object(t)) {
        emit(Op::Zero, type_id(t)); // sync.WaitGroup{}
        return;
    }
    if (u->kind == Kind::Map) {
        map_literal(c);
        return;
    }
    if (u->kind == Kind::Struct) {
        emit(Op::Zero, type_id(t));
        for (size_t i = 0; i < c->elts.size(); i++) {
            Expr* x = c->elts[i];
            size_t field = i;
            if (x->kind == ExprKind::KeyValue) {
                auto* kv = static_cast<KeyValueExpr*>(x);
                field = size_t(kv->key->value.i);
                x = kv->value;
            }
            emit(Op::Dup);
            element(x, u->fields[field].type);
            emit(Op::SetField, int32_t(field));
        }
        return;
    }
    // An array, or a slice with keyed elements ([]T{5: a, 1: b, c}: the largest index + 1 long),
    // starts as zero values; each element is stored at its index in source order, so calls run
    // in the order they are written.
    bool keyed = std::any_of(c->elts.begin(), c->elts.end(),
                             [](Expr* e) { return e->kind == ExprKind::KeyValue; });
    if (u->kind == Kind::Array || keyed) {
        if (u->kind == Kind::Array) {
            emit(Op::Zero, type_id(t));
        } else {
            int64_t index = 0, length = 0;
            for (Expr* x : c->elts) {
                if (x->kind == ExprKind::KeyValue)
                    index = int64_t(static_cast<KeyValueExpr*>(x)->key->value.i);
                length = std::max(length, ++index);
            }
            emit_const(Constant::make_int(length), types_.basic(Kind::Int));
            emit(Op::Dup);
            emit(Op::MakeSliceCap, type_id(u->elem));
        }
        int64_t index = 0;
        for (Expr* x : c->elts) {
            if (x->kind == ExprKind::KeyValue) {
                auto* kv = static_cast<KeyValueExpr*>(x);
                index = int64_t(kv->key->value.i);
                x = kv->value;
            }
            emit(Op::Dup);
            emit_const(Constant::make_int(index++), types_.basic(Kind::Int));
            element(x, u->elem);
            emit(Op::StoreIndex);
        }
        return;
    }
    for (Expr* x : c->elts)
        element(x, u->elem);
    emit(Op::MakeSlice, type_id(u->elem), int32_t(c->elts.size()));
}

// switch v := x.(type): each case tests x's dynamic type in source order; the
// chosen clause's v is x as the case's type (a copy for structs and arrays).
void CodeGen::type_switch(TypeSwitchStmt* ts) {
    std::string label = pending_label_;
    pending_label_.clear();
    if (ts->init)
        stmt(ts->init);
    set_line(ts->x->pos);
    expr(ts->x);
    int x = temp();
    emit(Op::StoreLocal, x);
    std::vector<std::vector<size_t>> to_body(ts->clauses.size());
    int default_clause = -1;
    for (size_t ci = 0; ci < ts->clauses.size(); ci++) {
        CaseClause& c = ts->clauses[ci];
        if (c.is_default)
            default_clause = int(ci);
        for (Expr* e : c.list) {
            set_line(e->pos);
            emit(Op::LoadLocal, x);
            if (e->mode == Mode::TypeExpr)
                emit(Op::TypeIs, type_id(e->type), is_interface(e->type) ? 1 : 0);
            else
                emit(Op::TypeIs, 0, 2); // case nil
            to_body[ci].push_back(emit_jump(Op::JumpIfTrue));
        }
    }
    size_t no_match = emit_jump(Op::Jump);

    pending_label_ = label;
    enter(false);
    std::vector<size_t> body_start(ts->clauses.size());
    std::vector<size_t> to_end;
    for (size_t ci = 0; ci < ts->clauses.size(); ci++) {
        CaseClause& c = ts->clauses[ci];
        body_start[ci] = here();
        for (size_t j : to_body[ci])
            patch(j, here());
        if (c.bind) {
            emit(Op::LoadLocal, x);
            if (!is_interface(c.bind->type) && needs_copy(c.bind->type))
                emit(Op::CopyValue, type_id(c.bind->type));
            store_var(c.bind, true);
        }
        stmts(c.body);
        to_end.push_back(emit_jump(Op::Jump));
    }
    size_t end = here();
    patch(no_match, default_clause >= 0 ? body_start[size_t(default_clause)] : end);
    for (size_t j : to_end)
        patch(j, end);
    leave(end, end);
}

// ---------------------------------------------------------------------------
// [SECTION] Statements

// Stores the value on top of the stack into target (a variable or _).
void CodeGen::store(Expr* target, bool declaring) {
    Expr* t = unparen(target);
    if (t->kind == ExprKind::Ident) {
        auto* id = static_cast<Ident*>(t);
        if (id->name == "_" || !id->obj) {
            emit(Op::Pop);
            return;
        }
        store_var(id->obj, declaring);
        return;
    }
    if (t->kind == ExprKind::Star) {
        // *p = v: the value is on the stack; the pointer goes above it.
        expr(static_cast<StarExpr*>(t)->x);
        emit(Op::StoreDeref, type_id(t->type), assigned_in_place(t->type) ? 1 : 0);
        return;
    }
    if (t->kind == ExprKind::Selector) {
        auto* s = static_cast<SelectorExpr*>(t);
        if (s->member && s->member->kind == ObjKind::Var && s->member->is_global) {
            store_var(s->member, declaring); // os.Args = v
            return;
        }
        int v = temp();
        emit(Op::StoreLocal, v);
        expr(s->x);
        for (size_t i = 0; i + 1 < s->path.size(); i++)
            emit(Op::Field, s->path[i]);
        emit(Op::LoadLocal, v);
        emit(Op::SetField, s->path.back());
        return;
    }
    // s[i] = v with the value already on top: park it, push s and i, reload.
    auto* ix = static_cast<IndexExpr*>(t);
    int v = temp();
    emit(Op::StoreLocal, v);
    index_operands(ix);
    emit(Op::LoadLocal, v);
    emit(store_op(ix));
}

// Pushes the operands of s[i] or m[k] (the key converted to the map's key type).
// Pushes x of x[i]; a *[N]T is checked for nil here, since the VM's index of a nil value
// reports a nil slice's "index out of range" instead.
void CodeGen::indexed(Expr* x) {
    expr(x);
    if (under(x->type)->kind == Kind::Pointer)
        emit(Op::Deref, 0, 1);
}

void CodeGen::index_operands(IndexExpr* ix) {
    indexed(ix->x);
    const Type* u = under(ix->x->type);
    if (u->kind == Kind::Map)
        value_to(ix->indices[0], u->key);
    else
        expr(ix->indices[0]);
}

Op CodeGen::store_op(IndexExpr* ix) {
    return under(ix->x->type)->kind == Kind::Map ? Op::MapStore : Op::StoreIndex;
}

void CodeGen::assign(AssignStmt* a) {
    if (a->tok == Tok::AssignOp) {
        op_assign(a->lhs[0], a->op, a->rhs[0], nullptr);
        return;
    }
    auto target_type = [&](Expr* l) -> const Type* {
        Expr* u = unparen(l);
        if (u->kind == ExprKind::Ident) {
            auto* id = static_cast<Ident*>(u);
            if (id->name == "_" || !id->obj)
                return nullptr;
            return id->obj->type;
        }
        return u->type;
    };
    // := declares the variables it lists in new_vars; the others are assigned.
    auto declares = [&](Expr* l) {
        Expr* u = unparen(l);
        return a->tok == Tok::Define && u->kind == ExprKind::Ident &&
               std::find(a->new_vars.begin(), a->new_vars.end(), static_cast<Ident*>(u)->obj) !=
                   a->new_vars.end();
    };
    size_t n = a->lhs.size();
    // x, y = f()
    if (a->rhs.size() == 1 && n > 1) {
        std::vector<const Type*> targets;
        for (Expr* l : a->lhs)
            targets.push_back(target_type(l));
        spread_to(a->rhs[0], targets);
        for (size_t i = n; i-- > 0;)
            store(a->lhs[i], declares(a->lhs[i]));
        return;
    }
    if (n == 1) {
        Expr* l = unparen(a->lhs[0]);
        if (l->kind == ExprKind::Index) {
            auto* ix = static_cast<IndexExpr*>(l);
            index_operands(ix);
            value_to(a->rhs[0], target_type(l));
            emit(store_op(ix));
            return;
        }
        value_to(a->rhs[0], target_type(l));
        store(l, declares(l));
        return;
    }
    // Tuple assignment: index operands first, then all values, then the
    // stores from left to right (spec "Assignment statements").
    std::vector<std::pair<int, int>> index_slots(n, {-1, -1});
    for (size_t i = 0; i < n; i++) {
        Expr* l = unparen(a->lhs[i]);
        if (l->kind != ExprKind::Index)
            continue;
        auto* ix = static_cast<IndexExpr*>(l);
        index_slots[i] = {temp(), temp()};
        index_operands(ix);
        emit(Op::StoreLocal, index_slots[i].second);
        emit(Op::StoreLocal, index_slots[i].first);
    }
    std::vector<int> values(n);
    for (size_t i = 0; i < n; i++) {
        value_to(a->rhs[i], target_type(a->lhs[i]));
        values[i] = temp();
    }
    for (size_t i = n; i-- > 0;)
        emit(Op::StoreLocal, values[i]);
    for (size_t i = 0; i < n; i++) {
        if (index_slots[i].first >= 0) {
            emit(Op::LoadLocal, index_slots[i].first);
            emit(Op::LoadLocal, index_slots[i].second);
            emit(Op::LoadLocal, values[i]);
            emit(store_op(static_cast<IndexExpr*>(unparen(a->lhs[i]))));
        } else {
            emit(Op::LoadLocal, values[i]);
            store(a->lhs[i], declares(a->lhs[i]));
        }
    }
}

// The operation of x op= y, with y on top of x.
void CodeGen::op_assign_arith(Tok op, const Type* t, Expr* y) {
    if (op == Tok::Shl || op == Tok::Shr)
        shift(op, t, y->type);
    else
        arith(op, t);
}

// x op= y (or x++ when one is given): x's operands are evaluated once.
void CodeGen::op_assign(Expr* x, Tok op, Expr* y, const Constant* one) {
    Expr* u = unparen(x);
    const Type* t = u->type;
    auto rhs = [&]() {
        if (one)
            emit_const(*one, t);
        else
            expr(y);
    };
    if (u->kind == ExprKind::Index) {
        auto* ix = static_cast<IndexExpr*>(u);
        int s = temp(), i = temp();
        index_operands(ix);
        emit(Op::StoreLocal, i);
        emit(Op::StoreLocal, s);
        emit(Op::LoadLocal, s);
        emit(Op::LoadLocal, i);
        emit(Op::LoadLocal, s);
        emit(Op::LoadLocal, i);
        if (store_op(ix) == Op::MapStore)
            emit(Op::MapIndex, 0, type_id(t)); // m[k] op= v reads a missing key as zero
        else
            emit(Op::Index);
        rhs();
        op_assign_arith(op, t, y);
        emit(store_op(ix));
        return;
    }
    if (u->kind == ExprKind::Star) {
        // *p op= y: p is evaluated once.
        int pointer = temp();
        expr(static_cast<StarExpr*>(u)->x);
        emit(Op::StoreLocal, pointer);
        emit(Op::LoadLocal, pointer);
        emit(Op::Deref);
        rhs();
        arith(op, t);
        emit(Op::LoadLocal, pointer);
        emit(Op::StoreDeref);
        return;
    }
    if (u->kind == ExprKind::Selector) {
        // s.f op= y: the struct is evaluated once.
        auto* s = static_cast<SelectorExpr*>(u);
        int holder = temp();
        expr(s->x);
        for (size_t i = 0; i + 1 < s->path.size(); i++)
            emit(Op::Field, s->path[i]);
        emit(Op::StoreLocal, holder);
        emit(Op::LoadLocal, holder);
        emit(Op::LoadLocal, holder);
        emit(Op::Field, s->path.back());
        rhs();
        arith(op, t);
        emit(Op::SetField, s->path.back());
        return;
    }
    expr(u);
    rhs();
    op_assign_arith(op, t, y);
    store(u);
}

void CodeGen::var_spec(ValueSpec* vs, bool global) {
    auto store_obj = [&](Entity* o) {
        if (!o) {
            emit(Op::Pop);
            return;
        }
        if (global)
            emit(Op::StoreGlobal, o->slot);
        else
            store_var(o, true);
    };
    if (vs->values.empty()) {
        for (Entity* o : vs->objs) {
            if (!o || global)
                continue; // the VM zeroes globals itself
            emit(Op::Zero, type_id(o->type));
            store_obj(o);
        }
        return;
    }
    if (vs->values.size() == 1 && vs->objs.size() > 1) {
        std::vector<const Type*> targets;
        for (Entity* o : vs->objs)
            targets.push_back(o && o->name != "_" ? o->type : nullptr);
        spread_to(vs->values[0], targets);
        for (size_t i = vs->objs.size(); i-- > 0;)
            store_obj(vs->objs[i] && vs->objs[i]->name != "_" ? vs->objs[i] : nullptr);
        return;
    }
    for (size_t i = 0; i < vs->objs.size(); i++) {
        Entity* o = vs->objs[i];
        bool blank = !o || o->name == "_";
        value_to(vs->values[i], blank ? nullptr : o->type);
        if (blank && global && o) {
            store_obj(o);
            continue;
        }
        store_obj(blank ? nullptr : o);
    }
}

void CodeGen::stmt(Stmt* s) {
    set_line(s->pos);
    switch (s->kind) {
    case StmtKind::Empty:
    case StmtKind::Bad:
        return;
    case StmtKind::Decl: {
        auto* d = static_cast<DeclStmt*>(s);
        if (d->decl->tok == Tok::Var)
            for (ValueSpec* vs : d->decl->values) {
                set_line(vs->pos);
                var_spec(vs, false);
            }
        return;
    }
    case StmtKind::Expr: {
        Expr* x = unparen(static_cast<ExprStmt*>(s)->x);
        if (x->kind == ExprKind::Unary) {
            expr(x); // <-ch as a statement
            emit(Op::Pop);
            return;
        }
        int n = call(static_cast<CallExpr*>(x));
        for (int i = 0; i < n; i++)
            emit(Op::Pop);
        return;
    }
    case StmtKind::IncDec: {
        auto* i = static_cast<IncDecStmt*>(s);
        Constant one = Constant::make_int(1);
        op_assign(i->x, i->inc ? Tok::Add : Tok::Sub, nullptr, &one);
        return;
    }
    case StmtKind::Assign:
        assign(static_cast<AssignStmt*>(s));
        return;
    case StmtKind::Go: {
        // The function value and the arguments are evaluated here, the call
        // runs in the new goroutine.
        auto* c = static_cast<CallExpr*>(unparen(static_cast<GoStmt*>(s)->call));
        Expr* f = unparen(c->fun);
        if (f->mode == Mode::Builtin) {
            go_or_defer_builtin(Op::Go, c);
            return;
        }
        const Type* sig = under(f->type);
        auto nparams = int32_t(sig->params.size());
        Entity* o = f->kind == ExprKind::Ident ? static_cast<Ident*>(f)->obj : nullptr;
        auto* sel = f->kind == ExprKind::Selector ? static_cast<SelectorExpr*>(f) : nullptr;
        if (o && o->kind == ObjKind::Func && o->function >= 0) {
            push_args(c, sig);
            emit(Op::Go, o->function, nparams);
        } else if (sel && sel->method && sel->method->function >= 0) {
            push_receiver(sel);
            push_args(c, sig);
            emit(Op::Go, sel->method->function, nparams + 1);
        } else if (sel && sel->member && sel->member->native >= 0) {
            push_args(c, sig);
            emit_native_function(Op::Go, sel->member->native, sig, false, nparams);
        } else if (sel && sel->method && (sel->method->native >= 0 || sel->interface_method)) {
            library_receiver(sel);
            push_args(c, sig);
            emit_thunk(Op::Go, method_thunk(sel), nparams + 1);
        } else {
            expr(c->fun);
            push_args(c, sig);
            emit(Op::GoValue, 0, nparams);
        }
        return;
    }
    case StmtKind::Return: {
        auto* r = static_cast<ReturnStmt*>(s);
        const Type* sig = decl_->obj->type;
        if (r->results.empty()) {
            for (Entity* o : decl_->named_results)
                load_var(o);
        } else if (r->results.size() == 1 && sig->results.size() > 1) {
            spread_to(r->results[0], sig->results);
        } else {
            for (size_t i = 0; i < r->results.size(); i++)
                value_to(r->results[i], sig->results[i]);
        }
        if (decl_->has_defer) {
            // Results go to their variables, where deferred calls can still change named
            // ones; the epilogue runs the deferred calls and returns them.
            for (size_t i = sig->results.size(); i-- > 0;) {
                if (decl_->named_results.empty())
                    emit(Op::StoreLocal, result_slots_[i]);
                else if (decl_->named_results[i])
                    store_var(decl_->named_results[i], false);
                else
                    emit(Op::Pop);
            }
            epilogue_jumps_.push_back(emit_jump(Op::Jump));
            return;
        }
        emit(Op::Return, int32_t(sig->results.size()));
        return;
    }
    case StmtKind::Defer:
        defer_stmt(static_cast<CallExpr*>(unparen(static_cast<DeferStmt*>(s)->call)));
        return;
    case StmtKind::Branch: {
        auto* b = static_cast<BranchStmt*>(s);
        size_t j = emit_jump(Op::Jump);
        if (b->tok == Tok::Goto) {
            gotos_.push_back({j, b->label->name});
            return;
        }
        if (b->tok == Tok::Fallthrough) {
            fallthroughs_->push_back(j);
            return;
        }
        // The innermost target, or the one the label names; continue skips switches.
        for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
            if (b->label ? it->label != b->label->name : (b->tok == Tok::Continue && !it->is_loop))
                continue;
            (b->tok == Tok::Break ? it->breaks : it->continues).push_back(j);
            break;
        }
        return;
    }
    case StmtKind::Block:
        stmts(static_cast<BlockStmt*>(s)->list);
        return;
    case StmtKind::If: {
        // An else-if chain compiles in a loop (10,000 arms must not exhaust the stack);
        // the end of every arm jumps past the last one.
        auto* i = static_cast<IfStmt*>(s);
        std::vector<size_t> to_end;
        for (;;) {
            if (i->init)
                stmt(i->init);
            set_line(i->cond->pos);
            expr(i->cond);
            size_t to_else = emit_jump(Op::JumpIfFalse);
            stmts(i->then->list);
            if (!i->els) {
                patch(to_else, here());
                break;
            }
            to_end.push_back(emit_jump(Op::Jump));
            patch(to_else, here());
            if (i->els->kind != StmtKind::If) {
                stmt(i->els);
                break;
            }
            i = static_cast<IfStmt*>(i->els);
            set_line(i->pos); // as stmt() would
        }
        for (size_t j : to_end)
            patch(j, here());
        return;
    }
    case StmtKind::For: {
        auto* f = static_cast<ForStmt*>(s);
        if (f->init)
            stmt(f->init);
        size_t top = here();
        size_t exit = SIZE_MAX;
        if (f->cond) {
            set_line(f->cond->pos);
            expr(f->cond);
            exit = emit_jump(Op::JumpIfFalse);
        }
        enter(true);
        stmts(f->body->list);
        size_t cont = here();
        if (f->post)
            stmt(f->post);
        set_line(f->pos);
        emit(Op::Jump, int32_t(top));
        size_t end = here();
        if (exit != SIZE_MAX)
            patch(exit, end);
        leave(end, cont);
        return;
    }
    case StmtKind::Labeled: {
        auto* l = static_cast<LabeledStmt*>(s);
        label_pc_[l->label->name] = here();
        pending_label_ = l->label->name;
        stmt(l->stmt);
        pending_label_.clear();
        return;
    }
    case StmtKind::Switch:
        switch_stmt(static_cast<SwitchStmt*>(s));
        return;
    case StmtKind::TypeSwitch:
        type_switch(static_cast<TypeSwitchStmt*>(s));
        return;
    case StmtKind::Send: {
        auto* ss = static_cast<SendStmt*>(s);
        expr(ss->chan);
        value_to(ss->value, under(ss->chan->type)->elem);
        sync_site(ss->chan);
        emit(Op::Send);
        return;
    }
    case StmtKind::Select:
        select_stmt(static_cast<SelectStmt*>(s));
        return;
    case StmtKind::Range:
        range_stmt(static_cast<RangeStmt*>(s));
        return;
    default:
        // Refused by the checker.
        return;
    }
}

// Compiles an expression switch as tests in source order, each jumping to
// its clause's body; the default (wherever written) runs when none matches.
void CodeGen::switch_stmt(SwitchStmt* sw) {
    std::string label = pending_label_;
    pending_label_.clear();
    if (sw->init)
        stmt(sw->init);
    int tag = -1;
    if (sw->tag) {
        set_line(sw->tag->pos);
        expr(sw->tag);
        tag = temp();
        emit(Op::StoreLocal, tag);
    }
    std::vector<std::vector<size_t>> to_body(sw->clauses.size());
    int default_clause = -1;
    for (size_t ci = 0; ci < sw->clauses.size(); ci++) {
        CaseClause& c = sw->clauses[ci];
        if (c.is_default)
            default_clause = int(ci);
        for (Expr* e : c.list) {
            set_line(e->pos);
            const Type* tt = sw->tag ? sw->tag->type : nullptr;
            const Type* ut = tt ? under(tt) : nullptr;
            if (tag >= 0 && (is_numeric(ut) || is_string(ut) || is_boolean(ut))) {
                emit(Op::LoadLocal, tag);
                expr(e);
                arith(Tok::Eql, tt);
            } else if (tag >= 0) {
                // Structs, arrays, pointers, channels, interfaces: compared as values
                // of the tag's type (or of the case's, when only it is an interface).
                const Type* as = is_interface(e->type) && !is_interface(tt) ? e->type : tt;
                emit(Op::LoadLocal, tag);
                if (as != tt)
                    emit(Op::Box, type_id(tt));
                value_to(e, as);
                emit(Op::EqValue, type_id(as));
            } else {
                expr(e);
            }
            to_body[ci].push_back(emit_jump(Op::JumpIfTrue));
        }
    }
    size_t no_match = emit_jump(Op::Jump);

    pending_label_ = label;
    enter(false);
    std::vector<size_t> fallthrough_jumps;
    std::vector<size_t>* saved = fallthroughs_;
    std::vector<size_t> body_start(sw->clauses.size());
    std::vector<size_t> to_end;
    for (size_t ci = 0; ci < sw->clauses.size(); ci++) {
        body_start[ci] = here();
        for (size_t j : fallthrough_jumps)
            patch(j, here());
        fallthrough_jumps.clear();
        fallthroughs_ = &fallthrough_jumps;
        for (size_t j : to_body[ci])
            patch(j, here());
        stmts(sw->clauses[ci].body);
        if (fallthrough_jumps.empty())
            to_end.push_back(emit_jump(Op::Jump));
    }
    fallthroughs_ = saved;
    size_t end = here();
    patch(no_match, default_clause >= 0 ? body_start[size_t(default_clause)] : end);
    for (size_t j : to_end)
        patch(j, end);
    leave(end, end);
}

// select: every channel and value to send is evaluated in source order, then
// the VM picks a ready case (or the default) and the chosen body runs.
void CodeGen::select_stmt(SelectStmt* s) {
    if (s->clauses.size() == 1 && !s->clauses[0].is_default) {
        single_case_select(s);
        return;
    }
    std::string label = pending_label_;
    pending_label_.clear();
    set_line(s->pos);
    int ncases = 0;
    bool has_default = false;
    std::vector<int> case_index(s->clauses.size(), -1);
    std::vector<const Expr*> case_chans;
    for (size_t ci = 0; ci < s->clauses.size(); ci++) {
        CaseClause& c = s->clauses[ci];
        if (c.is_default) {
            has_default = true;
            continue;
        }
        case_index[ci] = ncases++;
        set_line(c.pos);
        if (c.comm->kind == StmtKind::Send) {
            auto* ss = static_cast<SendStmt*>(c.comm);
            emit_const(Constant::make_int(1), types_.basic(Kind::Int));
            case_chans.push_back(ss->chan);
            expr(ss->chan);
            value_to(ss->value, under(ss->chan->type)->elem);
        } else {
            Expr* rx = c.comm->kind == StmtKind::Expr ? static_cast<ExprStmt*>(c.comm)->x
                                                      : static_cast<AssignStmt*>(c.comm)->rhs[0];
            auto* u = static_cast<UnaryExpr*>(unparen(rx));
            emit_const(Constant::make_int(0), types_.basic(Kind::Int));
            case_chans.push_back(u->x);
            expr(u->x);
            emit_const(Constant::make_int(0), types_.basic(Kind::Int)); // placeholder
        }
    }
    set_line(s->pos);
    for (size_t k = 0; k < case_chans.size(); k++)
        sync_site(case_chans[k], int32_t(k));
    emit(Op::Select, ncases, has_default ? 1 : 0);
    int chosen = temp(), value = temp(), ok = temp();
    emit(Op::StoreLocal, ok);
    emit(Op::StoreLocal, value);
    emit(Op::StoreLocal, chosen);

    // Dispatch on the chosen index.
    std::vector<size_t> to_body(s->clauses.size(), SIZE_MAX);
    for (size_t ci = 0; ci < s->clauses.size(); ci++) {
        emit(Op::LoadLocal, chosen);
        emit_const(Constant::make_int(case_index[ci]), types_.basic(Kind::Int));
        emit(Op::EqInt, 0, int32_t(IntKind::Int));
        to_body[ci] = emit_jump(Op::JumpIfTrue);
    }
    size_t none = emit_jump(Op::Jump); // cannot happen; keeps the code well formed

    pending_label_ = label;
    enter(false);
    std::vector<size_t> to_end;
    for (size_t ci = 0; ci < s->clauses.size(); ci++) {
        CaseClause& c = s->clauses[ci];
        patch(to_body[ci], here());
        if (!c.is_default && c.comm->kind == StmtKind::Assign) {
            // case v := <-ch / case v, ok = <-ch: store what was received.
            auto* a = static_cast<AssignStmt*>(c.comm);
            set_line(a->pos);
            emit(Op::LoadLocal, value);
            bool define = a->tok == Tok::Define;
            if (a->lhs.size() > 1) {
                emit(Op::LoadLocal, ok);
                store(a->lhs[1], define);
            }
            store(a->lhs[0], define);
        }
        stmts(c.body);
        to_end.push_back(emit_jump(Op::Jump));
    }
    size_t end = here();
    patch(none, end);
    for (size_t j : to_end)
        patch(j, end);
    leave(end, end);
}

// select { case <comm>: body } with no default: Go compiles it as the case's own send or
// receive, so its goroutine waits as that operation does ("chan send", "chan receive", a nil
// channel's wait in a deadlock's dump), at the operation's line. The channel, then the value
// to send, are evaluated first, as in any select.
void CodeGen::single_case_select(SelectStmt* s) {
    CaseClause& c = s->clauses[0];
    enter(false); // a break in the body leaves the select
    set_line(c.comm->pos);
    if (c.comm->kind == StmtKind::Send) {
        auto* ss = static_cast<SendStmt*>(c.comm);
        expr(ss->chan);
        value_to(ss->value, under(ss->chan->type)->elem);
        set_line(c.comm->pos);
        sync_site(ss->chan);
        emit(Op::Send);
    } else {
        auto* a = c.comm->kind == StmtKind::Assign ? static_cast<AssignStmt*>(c.comm) : nullptr;
        Expr* rx = a ? a->rhs[0] : static_cast<ExprStmt*>(c.comm)->x;
        auto* u = static_cast<UnaryExpr*>(unparen(rx));
        const bool with_ok = a && a->lhs.size() > 1;
        expr(u->x);
        set_line(c.comm->pos);
        sync_site(u->x);
        emit(Op::Recv, with_ok ? 1 : 0, type_id(under(u->x->type)->elem));
        if (!a) {
            emit(Op::Pop);
        } else {
            // case v := <-ch / case v, ok = <-ch: the VM pushed the value, then ok.
            const bool define = a->tok == Tok::Define;
            if (with_ok)
                store(a->lhs[1], define);
            store(a->lhs[0], define);
        }
    }
    stmts(c.body);
    size_t end = here();
    leave(end, end);
}

// for v := range ch: receive until the channel is closed and drained.
void CodeGen::range_chan(RangeStmt* r) {
    std::string label = pending_label_;
    pending_label_.clear();
    set_line(r->x->pos);
    expr(r->x);
    int ch = temp();
    emit(Op::StoreLocal, ch);
    if (r->define)
        predeclare(r->key);
    size_t top = here();
    set_line(r->pos);
    emit(Op::LoadLocal, ch);
    sync_site(r->x);
    emit(Op::Recv, 1, type_id(under(r->x->type)->elem));
    size_t closed = emit_jump(Op::JumpIfFalse);
    if (r->key && !(r->key->kind == ExprKind::Ident && static_cast<Ident*>(r->key)->name == "_"))
        store(r->key);
    else
        emit(Op::Pop);
    pending_label_ = label;
    enter(true);
    stmts(r->body->list);
    set_line(r->pos);
    emit(Op::Jump, int32_t(top));
    patch(closed, here());
    emit(Op::Pop); // the zero value that came with ok == false
    size_t end = here();
    leave(end, top);
}

// Returns whether a range variable is absent or the blank identifier.
static bool unused_var(Expr* v) {
    return !v || (v->kind == ExprKind::Ident && static_cast<Ident*>(v)->name == "_");
}

// Compiles a range loop's body and the jump back to top, where continue goes too; the exit
// jump lands after it.
void CodeGen::range_body(RangeStmt* r, const std::string& label, size_t top, size_t exit) {
    pending_label_ = label;
    enter(true);
    stmts(r->body->list);
    set_line(r->pos);
    emit(Op::Jump, int32_t(top));
    size_t end = here();
    patch(exit, end);
    leave(end, top);
}

// for i, r := range s: byte offsets and the runes decoded there.
void CodeGen::range_string(RangeStmt* r) {
    std::string label = pending_label_;
    pending_label_.clear();
    set_line(r->x->pos);
    expr(r->x);
    int s = temp(), n = temp(), i = temp(), width = temp();
    emit(Op::StoreLocal, s);
    emit(Op::LoadLocal, s);
    emit(Op::Len);
    emit(Op::StoreLocal, n);
    emit_const(Constant::make_int(0), types_.basic(Kind::Int));
    emit(Op::StoreLocal, i);
    emit_const(Constant::make_int(0), types_.basic(Kind::Int));
    emit(Op::StoreLocal, width);
    if (r->define) {
        // One variable each for the whole loop (Go 1.19), made before the first turn: a
        // closure may hold it.
        predeclare(r->key);
        predeclare(r->value);
    }
    size_t top = here();
    set_line(r->pos);
    // Step past the previous rune, then test.
    emit(Op::LoadLocal, i);
    emit(Op::LoadLocal, width);
    emit(Op::AddInt, 0, int32_t(IntKind::Int));
    emit(Op::StoreLocal, i);
    emit(Op::LoadLocal, i);
    emit(Op::LoadLocal, n);
    emit(Op::LtInt, 0, int32_t(IntKind::Int));
    size_t exit = emit_jump(Op::JumpIfFalse);
    emit(Op::LoadLocal, s);
    emit(Op::LoadLocal, i);
    emit(Op::DecodeRune);
    emit(Op::StoreLocal, width);
    if (unused_var(r->value))
        emit(Op::Pop);
    else
        store(r->value);
    if (!unused_var(r->key)) {
        emit(Op::LoadLocal, i);
        store(r->key);
    }
    range_body(r, label, top, exit);
}

// for k, v := range m: the keys are taken when the loop starts; a key deleted before its
// turn is skipped (m[k] reports it missing), one added during the loop is not visited.
void CodeGen::range_map(RangeStmt* r) {
    std::string label = pending_label_;
    pending_label_.clear();
    const Type* mt = under(r->x->type);
    set_line(r->x->pos);
    expr(r->x);
    int m = temp(), keys = temp(), n = temp(), i = temp(), key = temp();
    emit(Op::StoreLocal, m);
    emit(Op::LoadLocal, m);
    emit(Op::MapKeys);
    emit(Op::StoreLocal, keys);
    emit(Op::LoadLocal, keys);
    emit(Op::Len);
    emit(Op::StoreLocal, n);
    emit_const(Constant::make_int(-1), types_.basic(Kind::Int));
    emit(Op::StoreLocal, i);
    if (r->define) {
        // As for strings: a struct or array variable is stored in place, so it must exist
        // before the first store.
        predeclare(r->key);
        predeclare(r->value);
    }
    size_t top = here();
    set_line(r->pos);
    emit(Op::LoadLocal, i);
    emit_const(Constant::make_int(1), types_.basic(Kind::Int));
    emit(Op::AddInt, 0, int32_t(IntKind::Int));
    emit(Op::StoreLocal, i);
    emit(Op::LoadLocal, i);
    emit(Op::LoadLocal, n);
    emit(Op::LtInt, 0, int32_t(IntKind::Int));
    size_t exit = emit_jump(Op::JumpIfFalse);
    emit(Op::LoadLocal, keys);
    emit(Op::LoadLocal, i);
    emit(Op::Index);
    emit(Op::StoreLocal, key);
    emit(Op::LoadLocal, m);
    emit(Op::LoadLocal, key);
    emit(Op::MapIndex, 1, type_id(mt->elem));
    size_t present = emit_jump(Op::JumpIfTrue);
    emit(Op::Pop); // deleted since the loop began
    emit(Op::Jump, int32_t(top));
    patch(present, here());
    if (unused_var(r->value)) {
        emit(Op::Pop);
    } else {
        if (needs_copy(mt->elem))
            emit(Op::CopyValue, type_id(mt->elem));
        store(r->value);
    }
    if (!unused_var(r->key)) {
        emit(Op::LoadLocal, key);
        store(r->key);
    }
    range_body(r, label, top, exit);
}

// for k, v := range xs: the slice and its length are read once, as the spec says.
void CodeGen::range_stmt(RangeStmt* r) {
    if (under(r->x->type)->kind == Kind::Chan) {
        range_chan(r);
        return;
    }
    if (is_string(under(r->x->type))) {
        range_string(r);
        return;
    }
    if (under(r->x->type)->kind == Kind::Map) {
        range_map(r);
        return;
    }
    std::string label = pending_label_;
    pending_label_.clear();

    const Type* st = r->x->type;
    set_line(r->x->pos);
    expr(r->x);
    if (under(st)->kind == Kind::Pointer) {
        st = under(st)->elem; // range over *[N]T: the array it points at, not a copy
        bool reads = r->value && !(r->value->kind == ExprKind::Ident &&
                                   static_cast<Ident*>(r->value)->name == "_");
        if (reads && under(st)->len > 0)
            emit(Op::Deref, 0, 1); // a nil pointer panics before the first element is read
    } else if (under(st)->kind == Kind::Array && r->value &&
               !(r->value->kind == ExprKind::Ident && static_cast<Ident*>(r->value)->name == "_")) {
        emit(Op::CopyValue, type_id(st)); // range over an array ranges over a copy of it
    }
    if (r->define) {
        // Go 1.19: one variable for the whole loop, which closures may share.
        predeclare(r->key);
        predeclare(r->value);
    }
    int s = temp(), n = temp(), i = temp();
    emit(Op::StoreLocal, s);
    if (under(st)->kind == Kind::Array) {
        // N even for a nil *[N]T, which only a loop that reads the elements dereferences.
        emit_const(Constant::make_int(under(st)->len), types_.basic(Kind::Int));
    } else {
        emit(Op::LoadLocal, s);
        emit(Op::Len);
    }
    emit(Op::StoreLocal, n);
    Constant zero = Constant::make_int(0), one = Constant::make_int(1);
    emit_const(zero, types_.basic(Kind::Int));
    emit(Op::StoreLocal, i);
    size_t top = here();
    set_line(r->pos);
    emit(Op::LoadLocal, i);
    emit(Op::LoadLocal, n);
    emit(Op::LtInt, 0, int32_t(IntKind::Int));
    size_t exit = emit_jump(Op::JumpIfFalse);
    if (r->key && !(r->key->kind == ExprKind::Ident && static_cast<Ident*>(r->key)->name == "_")) {
        emit(Op::LoadLocal, i);
        store(r->key);
    }
    if (r->value &&
        !(r->value->kind == ExprKind::Ident && static_cast<Ident*>(r->value)->name == "_")) {
        emit(Op::LoadLocal, s);
        emit(Op::LoadLocal, i);
        emit(Op::Index);
        const Type* elem = under(st)->elem;
        if (needs_copy(elem))
            emit(Op::CopyValue, type_id(elem));
        store(r->value);
    }
    pending_label_ = label;
    enter(true);
    stmts(r->body->list);
    size_t cont = here();
    set_line(r->pos);
    emit(Op::LoadLocal, i);
    emit_const(one, types_.basic(Kind::Int));
    emit(Op::AddInt, 0, int32_t(IntKind::Int));
    emit(Op::StoreLocal, i);
    emit(Op::Jump, int32_t(top));
    size_t end = here();
    patch(exit, end);
    leave(end, cont);
}

// A function that defers keeps its results in slots (the named results, or hidden ones
// holding their zero values until a return stores them) and ends in one epilogue: run the
// deferred calls, then return the slots. A recovered panic resumes there too.
void CodeGen::function_with_defer(FuncDecl* fd) {
    const Type* sig = fd->obj->type;
    result_slots_.clear();
    epilogue_jumps_.clear();
    if (fd->named_results.empty()) {
        for (const Type* t : sig->results) {
            int slot = temp();
            emit(Op::Zero, type_id(t));
            emit(Op::StoreLocal, slot);
            result_slots_.push_back(slot);
        }
    }
    function_body(fd);
    line_ = fd->body->rbrace.line;
    size_t epilogue = here();
    for (size_t j : epilogue_jumps_)
        patch(j, epilogue);
    fn_->recover_pc = int32_t(epilogue);
    emit(Op::RunDefers);
    for (int slot : result_slots_)
        emit(Op::LoadLocal, slot);
    for (Entity* o : fd->named_results)
        load_var(o);
    emit(Op::Return, int32_t(sig->results.size()));
}

// Compiles the body's statements, then points each goto at its label.
void CodeGen::function_body(FuncDecl* fd) {
    label_pc_.clear();
    gotos_.clear();
    stmts(fd->body->list);
    for (auto& [jump, label] : gotos_)
        patch(jump, label_pc_[label]);
}

// defer f(args): the function value and the arguments are evaluated now, the call is made
// when the function ends.
void CodeGen::defer_stmt(CallExpr* c) {
    Expr* f = unparen(c->fun);
    if (f->mode == Mode::Builtin) {
        go_or_defer_builtin(Op::Defer, c);
        return;
    }
    const Type* sig = under(f->type);
    auto nparams = int32_t(sig->params.size());
    auto* s = f->kind == ExprKind::Selector ? static_cast<SelectorExpr*>(f) : nullptr;
    Entity* o = f->kind == ExprKind::Ident ? static_cast<Ident*>(f)->obj : nullptr;
    if (o && o->kind == ObjKind::Func && o->function >= 0) {
        push_args(c, sig);
        emit(Op::Defer, o->function, nparams);
    } else if (s && s->member &&
               (runs_as_function(s->member->native) ||
                fmt_result_count(NativeId(s->member->native)) >= 0)) {
        // fmt's printing functions too, as compiled functions: their String methods may park.
        push_args(c, sig);
        emit_native_function(Op::Defer, s->member->native, sig, false, nparams);
    } else if (s && s->member && s->member->native >= 0) {
        push_args(c, sig);
        emit(Op::DeferNative, s->member->native, nparams);
    } else if (s && s->method && s->method->native >= 0 &&
               s->method->native != int(NativeId::OnceDo) &&
               s->method->native != int(NativeId::CondWait) &&
               s->method->native != int(NativeId::SyncMapRange)) {
        expr(s->x);
        for (int field : s->path)
            emit(Op::Field, field);
        push_args(c, sig);
        emit(Op::DeferNative, s->method->native, nparams + 1);
    } else if (s && s->method && (s->interface_method || s->method->native >= 0)) {
        library_receiver(s);
        push_args(c, sig);
        emit_thunk(Op::Defer, method_thunk(s), nparams + 1);
    } else if (s && s->method) {
        push_receiver(s);
        push_args(c, sig);
        emit(Op::Defer, s->method->function, nparams + 1);
    } else {
        expr(c->fun); // a closure or another function value
        push_args(c, sig);
        set_line(c->pos);
        emit(Op::DeferValue, 0, nparams);
    }
}

// Pushes the arguments of a built-in that runs as a native (panic's value and print's
// arguments boxed, close's channel); returns how many.
int CodeGen::builtin_native_args(CallExpr* c, Builtin b) {
    if (b == Builtin::Print || b == Builtin::Println) {
        for (Expr* a : c->args)
            value_to(a, types_.empty_interface());
        emit(Op::MakeSlice, type_id(types_.empty_interface()), int32_t(c->args.size()));
        return 1;
    }
    if (b == Builtin::Recover)
        return 0;
    if (b == Builtin::Panic)
        value_to(c->args[0], types_.empty_interface());
    else
        expr(c->args[0]);
    return 1;
}

void CodeGen::function(FuncDecl* fd, int index) {
    Function& f = prog_.functions[size_t(index)];
    fn_ = &f;
    decl_ = fd;
    const Type* sig = fd->obj->type;
    f.name = fd->go_name.empty() ? "main." + fd->name->name : fd->go_name;
    f.num_params = int32_t(sig->params.size()) + (fd->recv ? 1 : 0);
    f.num_results = int32_t(sig->results.size());
    f.line = fd->pos.line;
    line_ = fd->pos.line;
    // A closure's captured variables sit right after its own locals.
    capture_base_ = fd->num_locals;
    f.capture_base = capture_base_;
    f.num_captures = int32_t(fd->captures.size());
    next_local_ = fd->num_locals + f.num_captures;

    // Parameters that are shared (captured, or their address taken) move to cells.
    std::vector<Entity*> params = fd->params;
    params.push_back(fd->recv_obj);
    for (Entity* o : params) {
        if (!o || !o->boxed)
            continue;
        emit(Op::LoadLocal, o->slot);
        emit(Op::NewCell);
        emit(Op::StoreLocal, o->slot);
    }
    // Named results start at their zero values.
    for (Entity* o : fd->named_results) {
        emit(Op::Zero, type_id(o->type));
        store_var(o, true);
    }
    if (fd->has_defer) {
        function_with_defer(fd);
        f.num_locals = next_local_;
        return;
    }
    function_body(fd);
    line_ = fd->body->rbrace.line;
    if (sig->results.empty()) {
        emit(Op::Return, 0);
    } else {
        // Unreachable (the checker proved a terminating statement), but every
        // function ends in a Return.
        for (Entity* o : fd->named_results)
            load_var(o);
        if (fd->named_results.empty())
            for (const Type* t : sig->results)
                emit(Op::Zero, type_id(t));
        emit(Op::Return, int32_t(sig->results.size()));
    }
    f.num_locals = next_local_;
}

// ---------------------------------------------------------------------------
// [SECTION] Program

void CodeGen::program() {
    prog_.types.resize(1); // types[0]: kNoType
    prog_.types[0].name = "<nil>";
    // What recover() returns for a runtime error: an error whose text is the message, of one
    // of the types Go's runtime panics with (the order is runtime_error_value's).
    prog_.runtime_error_type = TypeId(prog_.types.size());
    for (const char* name : {"runtime.boundsError", "runtime.errorString", "runtime.plainError",
                             "*runtime.TypeAssertionError"}) {
        TypeInfo runtime_error;
        runtime_error.kind = TypeKind::String;
        runtime_error.name = name;
        prog_.types.push_back(std::move(runtime_error));
    }
    static_assert(Program::kRuntimeErrorTypes == 4);
    prog_.string_type = type_id(types_.basic(Kind::String));
    prog_.functions.resize(checked_.functions.size() + 1);
    // Its Error method returns the message, so that r.(error) holds and fmt finds it. It
    // goes after the program's own functions, whose indexes the checker has fixed.
    Function error_method;
    error_method.name = "runtime.Error.Error";
    error_method.num_params = 1;
    error_method.num_results = 1;
    error_method.num_locals = 1;
    error_method.code = {Instr{Op::LoadLocal, 0, 0}, Instr{Op::Return, 1, 0}};
    error_method.lines = {1, 1}; // it cannot fail, so no traceback shows its line
    auto error_function = int32_t(checked_.functions.size());
    for (int k = 0; k < Program::kRuntimeErrorTypes; k++) {
        TypeInfo& t = prog_.types[size_t(prog_.runtime_error_type + k)];
        t.methods.push_back(MethodEntry{method_name_id(prog_, "Error"), error_function, false});
        t.error_function = error_function;
    }
    prog_.functions[size_t(error_function)] = std::move(error_method);

    for (Entity* g : checked_.globals) {
        prog_.global_types.push_back(type_id(g->type));
        prog_.global_names.push_back(g->name);
    }

    // NOTE: functions are compiled into prog_.functions in place, so wrappers
    // (which add functions) are made only after all of them, below.
    int init_count = 0;
    for (size_t i = 0; i < checked_.functions.size(); i++) {
        FuncDecl* fd = checked_.functions[i];
        function(fd, int(i));
        if (fd->name && !fd->recv && fd->name->name == "init")
            prog_.functions[i].name = "main.init." + std::to_string(init_count++);
    }
    if (checked_.main)
        prog_.main_function = checked_.main->obj->function;

    // main.init: package variables in dependency order, then func init()s.
    if (!checked_.init_order.empty() || !checked_.init_funcs.empty() || checked_.os_args) {
        prog_.functions.emplace_back();
        Function& f = prog_.functions.back();
        fn_ = &f;
        decl_ = nullptr;
        f.name = "main.init";
        next_local_ = 0;
        if (checked_.os_args) {
            line_ = 0;
            // Package os is initialised before main's variables, which may read os.Args.
            emit(Op::CallNative, int32_t(NativeId::OsArgs), 0);
            emit(Op::StoreGlobal, checked_.os_args->slot);
        }
        for (ValueSpec* vs : checked_.init_order) {
            line_ = vs->pos.line;
            f.line = f.line ? f.line : line_;
            var_spec(vs, true);
        }
        for (FuncDecl* fd : checked_.init_funcs) {
            line_ = fd->pos.line;
            emit(Op::Call, fd->obj->function, 0);
        }
        emit(Op::Return, 0);
        f.num_locals = next_local_;
        prog_.init_function = int32_t(prog_.functions.size() - 1);
    }

    make_thunks();

    // Wrappers for promoted methods (making one may ask for more types).
    while (!wrappers_.empty()) {
        Wrapper w = wrappers_.back();
        wrappers_.pop_back();
        if (w.method->native >= 0 && w.path.empty())
            native_method(w);
        else
            wrapper(w);
    }

    // The functions a CancelFunc and a deadline's timer run, their context bound as receiver.
    if (uses_context_) {
        prog_.context_cancel_function =
            make_thunk(Thunk{int32_t(NativeId::ContextCancel), -1, 1, 0});
        prog_.context_expire_function =
            make_thunk(Thunk{int32_t(NativeId::ContextExpire), -1, 1, 0});
    }
}

} // namespace

void generate_program(const Ast& /*ast*/, const CheckResult& checked, TypeTable& types,
                      Program& prog) {
    CodeGen g(checked, types, prog);
    g.program();
}

} // namespace golab
