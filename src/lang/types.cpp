// types.cpp: type predicates, printing, the type table, and the universe
// block with the library packages the VM implements (natives.h).

#include "lang/types.h"

#include <algorithm>

namespace golab {

// ---------------------------------------------------------------------------
// [SECTION] Predicates

const Type* under(const Type* t) {
    while (t && t->kind == Kind::Named)
        t = t->underlying;
    return t;
}

bool is_invalid(const Type* t) {
    return !t || t->kind == Kind::Invalid;
}

bool is_untyped(const Type* t) {
    return t && t->kind >= Kind::UntypedBool && t->kind <= Kind::UntypedNil;
}

bool is_integer(const Type* t) {
    t = under(t);
    return t && ((t->kind >= Kind::Int && t->kind <= Kind::Uintptr) ||
                 t->kind == Kind::UntypedInt || t->kind == Kind::UntypedRune);
}

bool is_unsigned(const Type* t) {
    t = under(t);
    return t && t->kind >= Kind::Uint && t->kind <= Kind::Uintptr;
}

bool is_float(const Type* t) {
    t = under(t);
    return t &&
           (t->kind == Kind::Float32 || t->kind == Kind::Float64 || t->kind == Kind::UntypedFloat);
}

bool is_numeric(const Type* t) {
    t = under(t);
    return is_integer(t) || is_float(t) ||
           (t && (t->kind == Kind::Complex64 || t->kind == Kind::Complex128));
}

bool is_string(const Type* t) {
    t = under(t);
    return t && (t->kind == Kind::String || t->kind == Kind::UntypedString);
}

bool is_boolean(const Type* t) {
    t = under(t);
    return t && (t->kind == Kind::Bool || t->kind == Kind::UntypedBool);
}

bool is_interface(const Type* t) {
    t = under(t);
    return t && t->kind == Kind::Interface;
}

bool is_ordered(const Type* t) {
    return is_integer(t) || is_float(t) || is_string(t);
}

namespace {

// entered: the named structs and arrays on the way to t. Only a struct or array that contains
// itself (an invalid recursive type, reported by the checker) leads back to one of them.
bool comparable_within(const Type* t, std::vector<const Type*>& entered) {
    const Type* u = under(t);
    if (!u)
        return false;
    if (t->kind == Kind::Named) {
        if (std::find(entered.begin(), entered.end(), t) != entered.end())
            return true;
        entered.push_back(t);
    }
    bool ok = true;
    switch (u->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
        ok = false;
        break;
    case Kind::Struct:
        for (auto& f : u->fields)
            if (!comparable_within(f.type, entered)) {
                ok = false;
                break;
            }
        break;
    case Kind::Array:
        ok = comparable_within(u->elem, entered);
        break;
    default:
        break;
    }
    if (t->kind == Kind::Named)
        entered.pop_back();
    return ok;
}

} // namespace

bool is_comparable(const Type* t) {
    std::vector<const Type*> entered;
    return comparable_within(t, entered);
}

bool identical(const Type* a, const Type* b) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case Kind::Named:
        return false; // named types are identical only to themselves
    case Kind::Array:
        return a->len == b->len && identical(a->elem, b->elem);
    case Kind::Slice:
    case Kind::Pointer:
        return identical(a->elem, b->elem);
    case Kind::Map:
        return identical(a->key, b->key) && identical(a->elem, b->elem);
    case Kind::Chan:
        return a->chan_dir == b->chan_dir && identical(a->elem, b->elem);
    case Kind::Func:
    case Kind::Tuple:
        if (a->variadic != b->variadic || a->params.size() != b->params.size() ||
            a->results.size() != b->results.size())
            return false;
        for (size_t i = 0; i < a->params.size(); i++)
            if (!identical(a->params[i], b->params[i]))
                return false;
        for (size_t i = 0; i < a->results.size(); i++)
            if (!identical(a->results[i], b->results[i]))
                return false;
        return true;
    case Kind::Struct:
        if (a->fields.size() != b->fields.size())
            return false;
        for (size_t i = 0; i < a->fields.size(); i++)
            if (a->fields[i].name != b->fields[i].name ||
                a->fields[i].embedded != b->fields[i].embedded ||
                !identical(a->fields[i].type, b->fields[i].type))
                return false;
        return true;
    case Kind::Interface:
        if (a->methods.size() != b->methods.size())
            return false;
        for (size_t i = 0; i < a->methods.size(); i++)
            if (a->methods[i].name != b->methods[i].name ||
                !identical(a->methods[i].sig, b->methods[i].sig))
                return false;
        return true;
    default:
        // Basic types: byte and rune are aliases of uint8 and int32.
        return a->kind <= Kind::UntypedNil;
    }
}

namespace {

std::string tuple_string(const std::vector<const Type*>& types,
                         const std::vector<std::string>& names, bool variadic) {
    std::string s = "(";
    for (size_t i = 0; i < types.size(); i++) {
        if (i)
            s += ", ";
        if (i < names.size() && !names[i].empty())
            s += names[i] + " ";
        if (variadic && i + 1 == types.size() && types[i]->kind == Kind::Slice)
            s += "..." + type_string(types[i]->elem);
        else
            s += type_string(types[i]);
    }
    return s + ")";
}

} // namespace

std::string type_string(const Type* t) {
    if (!t)
        return "invalid type";
    switch (t->kind) {
    case Kind::Invalid:
        return "invalid type";
    case Kind::Array:
        return "[" + std::to_string(t->len) + "]" + type_string(t->elem);
    case Kind::Slice:
        return "[]" + type_string(t->elem);
    case Kind::Pointer:
        return "*" + type_string(t->elem);
    case Kind::Map:
        return "map[" + type_string(t->key) + "]" + type_string(t->elem);
    case Kind::Chan:
        return std::string(t->chan_dir == 2   ? "<-chan "
                           : t->chan_dir == 1 ? "chan<- "
                                              : "chan ") +
               type_string(t->elem);
    case Kind::Tuple:
        return tuple_string(t->results, t->result_names, false);
    case Kind::Func: {
        std::string s = "func" + tuple_string(t->params, t->param_names, t->variadic);
        if (t->results.size() == 1 && (t->result_names.empty() || t->result_names[0].empty()))
            s += " " + type_string(t->results[0]);
        else if (!t->results.empty())
            s += " " + tuple_string(t->results, t->result_names, false);
        return s;
    }
    case Kind::Struct: {
        std::string s = "struct{";
        for (size_t i = 0; i < t->fields.size(); i++) {
            if (i)
                s += "; ";
            if (!t->fields[i].embedded)
                s += t->fields[i].name + " ";
            s += type_string(t->fields[i].type);
        }
        return s + "}";
    }
    case Kind::Interface: {
        if (!t->name.empty())
            return t->name;
        std::string s = "interface{";
        for (size_t i = 0; i < t->methods.size(); i++) {
            if (i)
                s += "; ";
            s += t->methods[i].name + type_string(t->methods[i].sig).substr(4);
        }
        return s + "}";
    }
    default:
        return t->name;
    }
}

IntKind int_kind(const Type* t) {
    t = under(t);
    switch (t ? t->kind : Kind::Int) {
    case Kind::Int8:
        return IntKind::Int8;
    case Kind::Int16:
        return IntKind::Int16;
    case Kind::Int32:
        return IntKind::Int32;
    case Kind::Int64:
        return IntKind::Int64;
    case Kind::Uint:
        return IntKind::Uint;
    case Kind::Uint8:
        return IntKind::Uint8;
    case Kind::Uint16:
        return IntKind::Uint16;
    case Kind::Uint32:
        return IntKind::Uint32;
    case Kind::Uint64:
    case Kind::Uintptr:
        return IntKind::Uint64;
    default:
        return IntKind::Int;
    }
}

// ---------------------------------------------------------------------------
// [SECTION] TypeTable

TypeTable::TypeTable() {
    static const struct {
        Kind kind;
        const char* name;
    } kBasics[] = {
        {Kind::Invalid, "invalid type"},
        {Kind::Bool, "bool"},
        {Kind::Int, "int"},
        {Kind::Int8, "int8"},
        {Kind::Int16, "int16"},
        {Kind::Int32, "int32"},
        {Kind::Int64, "int64"},
        {Kind::Uint, "uint"},
        {Kind::Uint8, "uint8"},
        {Kind::Uint16, "uint16"},
        {Kind::Uint32, "uint32"},
        {Kind::Uint64, "uint64"},
        {Kind::Uintptr, "uintptr"},
        {Kind::Float32, "float32"},
        {Kind::Float64, "float64"},
        {Kind::Complex64, "complex64"},
        {Kind::Complex128, "complex128"},
        {Kind::String, "string"},
        {Kind::UnsafePointer, "unsafe.Pointer"},
        {Kind::UntypedBool, "untyped bool"},
        {Kind::UntypedInt, "untyped int"},
        {Kind::UntypedRune, "untyped rune"},
        {Kind::UntypedFloat, "untyped float"},
        {Kind::UntypedString, "untyped string"},
        {Kind::UntypedNil, "untyped nil"},
    };
    for (auto& b : kBasics) {
        Type* t = make(b.kind);
        t->name = b.name;
        basics_[int(b.kind)] = t;
    }

    Type* byte = make(Kind::Uint8);
    byte->name = "byte";
    byte_ = byte;
    Type* rune = make(Kind::Int32);
    rune->name = "rune";
    rune_ = rune;

    Type* any = make(Kind::Interface);

    any->name = "any";
    empty_interface_ = any;

    // error = interface{ Error() string }
    Type* err_sig = make(Kind::Func);
    err_sig->results.push_back(basic(Kind::String));
    Type* err_iface = make(Kind::Interface);
    err_iface->methods.push_back(Method{"Error", err_sig});
    Type* err = make(Kind::Named);
    err->name = "error";
    err->underlying = err_iface;
    err->special = Special::Error;
    error_ = err;

    Type* dur = make(Kind::Named);
    dur->name = "time.Duration";
    dur->underlying = basic(Kind::Int64);
    dur->special = Special::Duration;
    duration_ = dur;

    Type* tm = make(Kind::Named);
    tm->name = "time.Time";
    tm->underlying = make(Kind::Struct);
    tm->special = Special::Time;
    time_ = tm;

    Type* wg = make(Kind::Named);
    wg->name = "sync.WaitGroup";
    wg->underlying = make(Kind::Struct);
    wg->special = Special::WaitGroup;
    wait_group_ = wg;

    Type* mu = make(Kind::Named);
    mu->name = "sync.Mutex";
    mu->underlying = make(Kind::Struct);
    mu->special = Special::Mutex;
    mutex_ = mu;
}

Type* TypeTable::make(Kind k) {
    owned_.push_back(std::make_unique<Type>());
    owned_.back()->kind = k;
    return owned_.back().get();
}

const Type* TypeTable::slice_of(const Type* elem) {
    for (auto& t : owned_)
        if (t->kind == Kind::Slice && t->elem == elem)
            return t.get();
    Type* t = make(Kind::Slice);
    t->elem = elem;
    return t;
}

const Type* TypeTable::pointer_to(const Type* elem) {
    for (auto& t : owned_)
        if (t->kind == Kind::Pointer && t->elem == elem)
            return t.get();
    Type* t = make(Kind::Pointer);
    t->elem = elem;
    return t;
}

const Type* TypeTable::array_of(const Type* elem, int64_t len) {
    for (auto& t : owned_)
        if (t->kind == Kind::Array && t->elem == elem && t->len == len)
            return t.get();
    Type* t = make(Kind::Array);
    t->elem = elem;
    t->len = len;
    return t;
}

const Type* TypeTable::map_of(const Type* key, const Type* value) {
    Type* t = make(Kind::Map);
    t->key = key;
    t->elem = value;
    return t;
}

const Type* TypeTable::chan_of(const Type* elem, int dir) {
    Type* t = make(Kind::Chan);
    t->elem = elem;
    t->chan_dir = dir;
    return t;
}

const Type* TypeTable::tuple(std::vector<const Type*> results) {
    Type* t = make(Kind::Tuple);
    t->results = std::move(results);
    return t;
}

const Type* TypeTable::default_type(const Type* t) const {
    if (!t)
        return t;
    switch (t->kind) {
    case Kind::UntypedBool:
        return basic(Kind::Bool);
    case Kind::UntypedInt:
        return basic(Kind::Int);
    case Kind::UntypedRune:
        return rune_;

    case Kind::UntypedFloat:
        return basic(Kind::Float64);
    case Kind::UntypedString:
        return basic(Kind::String);
    default:
        return t;
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Universe

Entity* Universe::make_object(ObjKind k, std::string name) {
    objects_.push_back(std::make_unique<Entity>());
    Entity* o = objects_.back().get();
    o->kind = k;
    o->name = std::move(name);
    return o;
}

Universe::Universe(TypeTable& types) : types_(types) {
    auto add_type = [&](const char* name, const Type* t) {
        Entity* o = make_object(ObjKind::TypeName, name);
        o->type = t;
        scope_.names[name] = o;
    };
    static const Kind kNamed[] = {Kind::Bool,    Kind::Int,     Kind::Int8,      Kind::Int16,
                                  Kind::Int32,   Kind::Int64,   Kind::Uint,      Kind::Uint8,
                                  Kind::Uint16,  Kind::Uint32,  Kind::Uint64,    Kind::Uintptr,
                                  Kind::Float32, Kind::Float64, Kind::Complex64, Kind::Complex128,
                                  Kind::String};
    for (Kind k : kNamed)
        add_type(types.basic(k)->name.c_str(), types.basic(k));
    add_type("byte", types.byte_type());
    add_type("rune", types.rune_type());
    add_type("any", types.empty_interface());
    add_type("error", types.error_type());
    // NOTE: "comparable" exists only as a constraint.
    Type* comparable = types.make(Kind::Interface);
    comparable->name = "comparable";
    add_type("comparable", comparable);

    auto add_const = [&](const char* name, const Type* t, Constant v) {
        Entity* o = make_object(ObjKind::Const, name);
        o->type = t;
        o->value = std::move(v);
        scope_.names[name] = o;
    };
    add_const("true", types.basic(Kind::UntypedBool), Constant::make_bool(true));
    add_const("false", types.basic(Kind::UntypedBool), Constant::make_bool(false));
    add_const("iota", types.basic(Kind::UntypedInt), Constant::make_int(0));
    Entity* nil = make_object(ObjKind::Nil, "nil");
    nil->type = types.basic(Kind::UntypedNil);
    scope_.names["nil"] = nil;

    static const struct {
        const char* name;
        Builtin id;
    } kBuiltins[] = {
        {"append", Builtin::Append},   {"cap", Builtin::Cap},     {"close", Builtin::Close},
        {"complex", Builtin::Complex}, {"copy", Builtin::Copy},   {"delete", Builtin::Delete},
        {"imag", Builtin::Imag},       {"len", Builtin::Len},     {"make", Builtin::Make},
        {"new", Builtin::New},         {"panic", Builtin::Panic}, {"print", Builtin::Print},
        {"println", Builtin::Println}, {"real", Builtin::Real},   {"recover", Builtin::Recover}};
    for (auto& b : kBuiltins) {
        Entity* o = make_object(ObjKind::Builtin, b.name);
        o->builtin = b.id;
        o->type = types.invalid();
        scope_.names[b.name] = o;
    }

    add_fmt();
    add_time();
    add_rand();
    add_sync();
    add_atomic();
    add_os();
    add_library();

    // Standard packages a learner may import that we do not implement (or
    // only partly): they exist, so "imported and not used" works, and know
    // Go's names, so a missing member reads "undefined" or "not supported yet".
    struct StdPackage {
        const char* path;
        const char* names;
    };
    static const StdPackage kStd[] = {
#include "lang/std_members.inc"
        {"math/cmplx", ""},    {"unsafe", ""},    {"reflect", ""},   {"encoding/json", ""},
        {"net/http", ""},      {"os/signal", ""}, {"io/ioutil", ""}, {"text/template", ""},
        {"html/template", ""}, {"testing", ""},
    };
    for (const StdPackage& sp : kStd) {
        Package* p = const_cast<Package*>(package(sp.path));
        if (!p) {
            packages_.push_back(std::make_unique<Package>());
            p = packages_.back().get();
            p->path = sp.path;
            std::string path = sp.path;
            p->name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
        }
        std::string names = sp.names;
        size_t i = 0;
        while (i < names.size()) {
            size_t j = names.find(' ', i);
            if (j == std::string::npos)
                j = names.size();
            if (j > i)
                p->go_names.push_back(names.substr(i, j - i));
            i = j + 1;
        }
    }
}

bool Package::has_go_name(const std::string& n) const {
    for (const std::string& g : go_names)
        if (g == n)
            return true;
    return go_names.empty();
}

const Package* Universe::package(const std::string& path) const {
    for (auto& p : packages_)
        if (p->path == path)
            return p.get();
    return nullptr;
}

namespace {

Type* func_type(TypeTable& types, std::vector<std::pair<std::string, const Type*>> params,
                std::vector<std::pair<std::string, const Type*>> results, bool variadic = false) {
    Type* t = types.make(Kind::Func);
    for (auto& [n, ty] : params) {
        t->param_names.push_back(n);
        t->params.push_back(ty);
    }
    for (auto& [n, ty] : results) {
        t->result_names.push_back(n);
        t->results.push_back(ty);
    }
    t->variadic = variadic;
    return t;
}

} // namespace

// Makes a library type that the VM holds in an object (is_sync_object) and
// declares it in package p.
Type* Universe::add_object_type(Package& p, const std::string& name, Special special) {
    Type* t = types_.make(Kind::Named);
    t->name = p.name + "." + name;
    t->underlying = types_.make(Kind::Struct);
    t->special = special;
    Entity* o = make_object(ObjKind::TypeName, name);
    o->type = t;
    p.members[name] = o;
    return t;
}

Entity* Universe::add_native(Package& p, const std::string& name, NativeId id) {
    Entity* o = make_object(ObjKind::Func, name);
    o->native = int(id);
    p.members[name] = o;
    return o;
}

void Universe::add_fmt() {
    auto p = std::make_unique<Package>();
    p->path = p->name = "fmt";
    const Type* any_slice = types_.slice_of(types_.empty_interface());
    const Type* str = types_.basic(Kind::String);
    const Type* n_err_int = types_.basic(Kind::Int);
    std::vector<std::pair<std::string, const Type*>> n_err = {{"n", n_err_int},
                                                              {"err", types_.error_type()}};
    add_native(*p, "Print", NativeId::FmtPrint)->type =
        func_type(types_, {{"a", any_slice}}, n_err, true);
    add_native(*p, "Println", NativeId::FmtPrintln)->type =
        func_type(types_, {{"a", any_slice}}, n_err, true);
    add_native(*p, "Printf", NativeId::FmtPrintf)->type =
        func_type(types_, {{"format", str}, {"a", any_slice}}, n_err, true);
    add_native(*p, "Sprint", NativeId::FmtSprint)->type =
        func_type(types_, {{"a", any_slice}}, {{"", str}}, true);
    add_native(*p, "Sprintln", NativeId::FmtSprintln)->type =
        func_type(types_, {{"a", any_slice}}, {{"", str}}, true);
    add_native(*p, "Sprintf", NativeId::FmtSprintf)->type =
        func_type(types_, {{"format", str}, {"a", any_slice}}, {{"", str}}, true);

    // type Stringer interface { String() string }, and GoStringer with GoString() for %#v.
    for (const char* method : {"String", "GoString"}) {
        Type* iface = types_.make(Kind::Interface);
        iface->methods.push_back(Method{method, func_type(types_, {}, {{"", str}})});
        Type* named = types_.make(Kind::Named);
        const std::string name = std::string(method) + "er";
        named->name = "fmt." + name;
        named->underlying = iface;
        Entity* o = make_object(ObjKind::TypeName, name);
        o->type = named;
        p->members[name] = o;
    }
    packages_.push_back(std::move(p));
}

void Universe::add_time() {
    auto p = std::make_unique<Package>();
    p->path = p->name = "time";
    const Type* dur = types_.duration();
    const Type* tm = types_.time();
    add_native(*p, "Sleep", NativeId::TimeSleep)->type = func_type(types_, {{"d", dur}}, {});
    add_native(*p, "Now", NativeId::TimeNow)->type = func_type(types_, {}, {{"", tm}});
    add_native(*p, "Since", NativeId::TimeSince)->type =
        func_type(types_, {{"t", tm}}, {{"", dur}});
    add_native(*p, "After", NativeId::TimeAfter)->type =
        func_type(types_, {{"d", dur}}, {{"", types_.chan_of(tm, 2)}});

    auto type_obj = [&](const char* name, const Type* t) {
        Entity* o = make_object(ObjKind::TypeName, name);
        o->type = t;
        p->members[name] = o;
    };
    type_obj("Duration", dur);
    type_obj("Time", tm);
    // The natives of vm_time.cpp (natives.h) name these in their signatures.
    types_.add_library_type(dur);
    types_.add_library_type(tm);

    // Month and Weekday: integers that print as names, with their constants.
    auto named_int = [&](const char* name, std::vector<std::string> methods) {
        Type* t = types_.make(Kind::Named);
        t->name = std::string("time.") + name;
        t->underlying = types_.basic(Kind::Int);
        t->go_methods = std::move(methods);
        types_.add_library_type(t);
        type_obj(name, t);
        return t;
    };
    const Type* month = named_int("Month", {"String"});
    const Type* weekday = named_int("Weekday", {"String"});
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    static const char* const kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
    auto constant = [&](const char* name, const Type* t, int64_t v) {
        Entity* o = make_object(ObjKind::Const, name);
        o->type = t;
        o->value = Constant::make_int(v);
        p->members[name] = o;
    };
    for (int i = 0; i < 12; i++)
        constant(kMonths[i], month, i + 1);
    for (int i = 0; i < 7; i++)
        constant(kWeekdays[i], weekday, i);

    // The layouts of package time, for Format.
    static const struct {
        const char* name;
        const char* layout;
    } kLayouts[] = {{"Layout", "01/02 03:04:05PM '06 -0700"},
                    {"ANSIC", "Mon Jan _2 15:04:05 2006"},
                    {"UnixDate", "Mon Jan _2 15:04:05 MST 2006"},
                    {"RubyDate", "Mon Jan 02 15:04:05 -0700 2006"},
                    {"RFC822", "02 Jan 06 15:04 MST"},
                    {"RFC822Z", "02 Jan 06 15:04 -0700"},
                    {"RFC850", "Monday, 02-Jan-06 15:04:05 MST"},
                    {"RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"},
                    {"RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"},
                    {"RFC3339", "2006-01-02T15:04:05Z07:00"},
                    {"RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"},
                    {"Kitchen", "3:04PM"},
                    {"Stamp", "Jan _2 15:04:05"},
                    {"StampMilli", "Jan _2 15:04:05.000"},
                    {"StampMicro", "Jan _2 15:04:05.000000"},
                    {"StampNano", "Jan _2 15:04:05.000000000"}};
    for (auto& l : kLayouts) {
        Entity* o = make_object(ObjKind::Const, l.name);
        o->type = types_.basic(Kind::UntypedString);
        o->value = Constant::make_string(l.layout);
        p->members[l.name] = o;
    }

    // Duration's constants (package time: Nanosecond = 1 ... Hour).
    static const struct {
        const char* name;
        int64_t ns;
    } kUnits[] = {{"Nanosecond", 1},      {"Microsecond", 1000},     {"Millisecond", 1000000},
                  {"Second", 1000000000}, {"Minute", 60000000000LL}, {"Hour", 3600000000000LL}};
    for (auto& u : kUnits) {
        Entity* o = make_object(ObjKind::Const, u.name);
        o->type = dur;
        o->value = Constant::make_int(u.ns);
        p->members[u.name] = o;
    }

    // Methods, in the order natives.h lists them.
    Type* d = const_cast<Type*>(dur);
    d->methods.push_back(Method{"Milliseconds",
                                func_type(types_, {}, {{"", types_.basic(Kind::Int64)}}),
                                int(NativeId::TimeDurationMs)});
    d->methods.push_back(Method{"Seconds",
                                func_type(types_, {}, {{"", types_.basic(Kind::Float64)}}),
                                int(NativeId::TimeDurationSeconds)});
    d->methods.push_back(Method{"String", func_type(types_, {}, {{"", types_.basic(Kind::String)}}),
                                int(NativeId::TimeDurationString)});
    // The full method sets of Go 1.19, from `go doc -all time.Duration` and time.Time.
    d->go_methods = {"Abs",         "Hours", "Microseconds", "Milliseconds", "Minutes",
                     "Nanoseconds", "Round", "Seconds",      "String",       "Truncate"};
    Type* t = const_cast<Type*>(tm);
    t->go_methods = {"Add",
                     "AddDate",
                     "After",
                     "AppendFormat",
                     "Before",
                     "Clock",
                     "Date",
                     "Day",
                     "Equal",
                     "Format",
                     "GoString",
                     "GobDecode",
                     "GobEncode",
                     "Hour",
                     "ISOWeek",
                     "In",
                     "IsDST",
                     "IsZero",
                     "Local",
                     "Location",
                     "MarshalBinary",
                     "MarshalJSON",
                     "MarshalText",
                     "Minute",
                     "Month",
                     "Nanosecond",
                     "Round",
                     "Second",
                     "String",
                     "Sub",
                     "Truncate",
                     "UTC",
                     "Unix",
                     "UnixMicro",
                     "UnixMilli",
                     "UnixNano",
                     "UnmarshalBinary",
                     "UnmarshalJSON",
                     "UnmarshalText",
                     "Weekday",
                     "Year",
                     "YearDay",
                     "Zone",
                     "ZoneBounds"};

    t->methods.push_back(
        Method{"Sub", func_type(types_, {{"u", tm}}, {{"", dur}}), int(NativeId::TimeTimeSub)});

    // Timers and tickers: a channel C that the runtime fills when they fire.
    const Type* tick_chan = types_.chan_of(tm, 2);
    const Type* boolean = types_.basic(Kind::Bool);
    Type* timer = add_object_type(*p, "Timer", Special::Timer);
    timer->methods = {
        Method{"C", func_type(types_, {}, {{"", tick_chan}}), int(NativeId::TimeTimerC), true,
               true},
        Method{"Reset", func_type(types_, {{"d", dur}}, {{"", boolean}}),
               int(NativeId::TimeTimerReset), true},
        Method{"Stop", func_type(types_, {}, {{"", boolean}}), int(NativeId::TimeTimerStop), true},
    };
    timer->go_methods = {"Reset", "Stop"};
    Type* ticker = add_object_type(*p, "Ticker", Special::Ticker);
    ticker->methods = {
        Method{"C", func_type(types_, {}, {{"", tick_chan}}), int(NativeId::TimeTimerC), true,
               true},
        Method{"Reset", func_type(types_, {{"d", dur}}, {}), int(NativeId::TimeTickerReset), true},
        Method{"Stop", func_type(types_, {}, {}), int(NativeId::TimeTickerStop), true},
    };
    ticker->go_methods = {"Reset", "Stop"};
    add_native(*p, "NewTimer", NativeId::TimeNewTimer)->type =
        func_type(types_, {{"d", dur}}, {{"", types_.pointer_to(timer)}});
    add_native(*p, "NewTicker", NativeId::TimeNewTicker)->type =
        func_type(types_, {{"d", dur}}, {{"", types_.pointer_to(ticker)}});
    add_native(*p, "Tick", NativeId::TimeTick)->type =
        func_type(types_, {{"d", dur}}, {{"", tick_chan}});
    add_native(*p, "AfterFunc", NativeId::TimeAfterFunc)->type = func_type(
        types_, {{"d", dur}, {"f", func_type(types_, {}, {})}}, {{"", types_.pointer_to(timer)}});
    packages_.push_back(std::move(p));
}

void Universe::add_rand() {
    auto p = std::make_unique<Package>();
    p->path = "math/rand";
    p->name = "rand";
    add_native(*p, "Float32", NativeId::RandFloat32)->type =
        func_type(types_, {}, {{"", types_.basic(Kind::Float32)}});
    add_native(*p, "Float64", NativeId::RandFloat64)->type =
        func_type(types_, {}, {{"", types_.basic(Kind::Float64)}});
    add_native(*p, "Intn", NativeId::RandIntn)->type =
        func_type(types_, {{"n", types_.basic(Kind::Int)}}, {{"", types_.basic(Kind::Int)}});
    add_native(*p, "Seed", NativeId::RandSeed)->type =
        func_type(types_, {{"seed", types_.basic(Kind::Int64)}}, {});
    packages_.push_back(std::move(p));
}

void Universe::add_os() {
    auto p = std::make_unique<Package>();
    p->path = p->name = "os";
    add_native(*p, "Exit", NativeId::OsExit)->type =
        func_type(types_, {{"code", types_.basic(Kind::Int)}}, {});
    packages_.push_back(std::move(p));
}

void Universe::add_sync() {
    auto p = std::make_unique<Package>();
    p->path = p->name = "sync";
    Entity* o = make_object(ObjKind::TypeName, "WaitGroup");
    o->type = types_.wait_group();
    p->members["WaitGroup"] = o;
    Type* wg = const_cast<Type*>(types_.wait_group());
    wg->methods.push_back(Method{"Add", func_type(types_, {{"delta", types_.basic(Kind::Int)}}, {}),
                                 int(NativeId::WaitGroupAdd), true});
    wg->methods.push_back(
        Method{"Done", func_type(types_, {}, {}), int(NativeId::WaitGroupDone), true});
    wg->methods.push_back(
        Method{"Wait", func_type(types_, {}, {}), int(NativeId::WaitGroupWait), true});
    wg->go_methods = {"Add", "Done", "Wait"};

    Entity* m = make_object(ObjKind::TypeName, "Mutex");
    m->type = types_.mutex();
    p->members["Mutex"] = m;
    Type* mu = const_cast<Type*>(types_.mutex());
    mu->methods.push_back(
        Method{"Lock", func_type(types_, {}, {}), int(NativeId::MutexLock), true});
    mu->methods.push_back(
        Method{"Unlock", func_type(types_, {}, {}), int(NativeId::MutexUnlock), true});
    mu->methods.push_back(Method{"TryLock", func_type(types_, {}, {{"", types_.basic(Kind::Bool)}}),
                                 int(NativeId::MutexTryLock), true});
    mu->go_methods = {"Lock", "TryLock", "Unlock"};
    types_.add_library_type(mu); // a field of sync.Map (library_decls.cpp)

    const Type* boolean = types_.basic(Kind::Bool);
    Type* rw = add_object_type(*p, "RWMutex", Special::RWMutex);
    auto rw_method = [&](const char* name, NativeId id, bool returns_bool) {
        std::vector<std::pair<std::string, const Type*>> results;
        if (returns_bool)
            results.push_back({"", boolean});
        rw->methods.push_back(Method{name, func_type(types_, {}, results), int(id), true});
    };
    rw_method("Lock", NativeId::RWMutexLock, false);
    rw_method("RLock", NativeId::RWMutexRLock, false);
    rw_method("RUnlock", NativeId::RWMutexRUnlock, false);
    rw_method("TryLock", NativeId::RWMutexTryLock, true);
    rw_method("TryRLock", NativeId::RWMutexTryRLock, true);
    rw_method("Unlock", NativeId::RWMutexUnlock, false);
    rw->go_methods = {"Lock", "RLock", "RLocker", "RUnlock", "TryLock", "TryRLock", "Unlock"};
    types_.add_library_type(rw); // RLocker is declared from natives.h

    // What RWMutex.RLocker returns: the same RWMutex, whose Lock and Unlock read-lock it.
    Type* rlocker = types_.make(Kind::Named);
    rlocker->name = "sync.rlocker";
    rlocker->underlying = types_.make(Kind::Struct);
    rlocker->special = Special::RWMutex;
    rlocker->methods = {
        Method{"Lock", func_type(types_, {}, {}), int(NativeId::RWMutexRLock), true},
        Method{"Unlock", func_type(types_, {}, {}), int(NativeId::RWMutexRUnlock), true}};
    rlocker->go_methods = {"Lock", "Unlock"};
    types_.add_library_type(rlocker);

    Type* once = add_object_type(*p, "Once", Special::Once);
    once->methods.push_back(Method{"Do", func_type(types_, {{"f", func_type(types_, {}, {})}}, {}),
                                   int(NativeId::OnceDo), true});
    once->go_methods = {"Do"};
    packages_.push_back(std::move(p));
}

void Universe::add_atomic() {
    auto p = std::make_unique<Package>();
    p->path = "sync/atomic";
    p->name = "atomic";
    const Type* boolean = types_.basic(Kind::Bool);
    // The typed values of Go 1.19; each keeps its number in an object of the VM's.
    static const struct {
        const char* name;
        Special special;
        Kind value;
    } kTypes[] = {{"Int32", Special::AtomicInt32, Kind::Int32},
                  {"Int64", Special::AtomicInt64, Kind::Int64},
                  {"Uint32", Special::AtomicUint32, Kind::Uint32},
                  {"Uint64", Special::AtomicUint64, Kind::Uint64},
                  {"Bool", Special::AtomicBool, Kind::Bool}};
    for (auto& k : kTypes) {
        Type* t = add_object_type(*p, k.name, k.special);
        const Type* v = types_.basic(k.value);
        bool is_bool = k.value == Kind::Bool;
        if (!is_bool)
            t->methods.push_back(Method{"Add", func_type(types_, {{"delta", v}}, {{"new", v}}),
                                        int(NativeId::AtomicAdd), true});
        t->methods.push_back(Method{
            "CompareAndSwap", func_type(types_, {{"old", v}, {"new", v}}, {{"swapped", boolean}}),
            int(NativeId::AtomicCompareAndSwap), true});
        t->methods.push_back(
            Method{"Load", func_type(types_, {}, {{"", v}}), int(NativeId::AtomicLoad), true});
        t->methods.push_back(
            Method{"Store", func_type(types_, {{"val", v}}, {}), int(NativeId::AtomicStore), true});
        t->methods.push_back(Method{"Swap", func_type(types_, {{"new", v}}, {{"old", v}}),
                                    int(NativeId::AtomicSwap), true});
        if (is_bool)
            t->go_methods = {"CompareAndSwap", "Load", "Store", "Swap"};
        else
            t->go_methods = {"Add", "CompareAndSwap", "Load", "Store", "Swap"};
    }

    // The function forms on *int32, *int64, *uint32 and *uint64 (natives.h lists them in
    // this order).
    static const struct {
        const char* suffix;
        Kind value;
        NativeId first; // its Add; Load, Store, Swap and CompareAndSwap follow
    } kWidths[] = {{"Int32", Kind::Int32, NativeId::AtomicAddInt32},
                   {"Int64", Kind::Int64, NativeId::AtomicAddInt64},
                   {"Uint32", Kind::Uint32, NativeId::AtomicAddUint32},
                   {"Uint64", Kind::Uint64, NativeId::AtomicAddUint64}};
    for (auto& w : kWidths) {
        const Type* v = types_.basic(w.value);
        const Type* addr = types_.pointer_to(v);
        auto id = [&](int k) { return NativeId(int(w.first) + k); };
        std::string s = w.suffix;
        add_native(*p, "Add" + s, id(0))->type =
            func_type(types_, {{"addr", addr}, {"delta", v}}, {{"new", v}});
        add_native(*p, "Load" + s, id(1))->type = func_type(types_, {{"addr", addr}}, {{"val", v}});
        add_native(*p, "Store" + s, id(2))->type =
            func_type(types_, {{"addr", addr}, {"val", v}}, {});
        add_native(*p, "Swap" + s, id(3))->type =
            func_type(types_, {{"addr", addr}, {"new", v}}, {{"old", v}});
        add_native(*p, "CompareAndSwap" + s, id(4))->type =
            func_type(types_, {{"addr", addr}, {"old", v}, {"new", v}}, {{"swapped", boolean}});
    }
    packages_.push_back(std::move(p));
}

} // namespace golab
