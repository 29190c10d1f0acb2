// library_decls.cpp: declares the pure library functions (src/vm/library.h) and the library
// constants in their packages, for the checker.
//
// Each function's type is read from the Go signature text library.h lists beside it, so a
// function is written down once. The reader knows just the types those signatures use.
#include <cassert>
#include <cmath>
#include <functional>
#include <string>
#include <string_view>

#include "lang/types.h"
#include "vm/library.h"

namespace golab {

namespace {

// Reads "func(s, sep string) []string" and similar into a Func type.
class SignatureReader {
  public:
    using Lookup = std::function<const Type*(std::string_view)>;
    SignatureReader(TypeTable& types, std::string_view text) : types_(types), text_(text) {}

    // Library types the signatures name by their qualified name ("*strconv.NumError").
    Lookup named;

    Type* read() {
        expect("func(");
        Type* fn = types_.make(Kind::Func);
        read_list(fn->params, fn->param_names, &fn->variadic);
        skip_spaces();
        if (peek() == '(') {
            pos_++;
            read_list(fn->results, fn->result_names, nullptr);
        } else if (pos_ < text_.size() && peek() != ',' && peek() != ')') {
            fn->results.push_back(read_type());
            fn->result_names.emplace_back();
        }
        return fn;
    }

  private:
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    void skip_spaces() {
        while (peek() == ' ')
            pos_++;
    }
    void expect(std::string_view s) {
        assert(text_.substr(pos_, s.size()) == s && "library: bad signature text");
        pos_ += s.size();
    }
    std::string_view word() {
        skip_spaces();
        size_t start = pos_;
        while (pos_ < text_.size() &&
               (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '[' ||
                text_[pos_] == ']' || text_[pos_] == '.' || text_[pos_] == '*'))
            pos_++;
        return text_.substr(start, pos_ - start);
    }

    const Type* type_named(std::string_view name) {
        if (name.substr(0, 3) == "...") {
            return types_.slice_of(type_named(name.substr(3)));
        }
        if (name.substr(0, 2) == "[]") {
            return types_.slice_of(type_named(name.substr(2)));
        }
        if (name.substr(0, 1) == "*") {
            return types_.pointer_to(type_named(name.substr(1)));
        }
        static const struct {
            const char* name;
            Kind kind;
        } kBasic[] = {
            {"bool", Kind::Bool},     {"int", Kind::Int},         {"int8", Kind::Int8},
            {"int32", Kind::Int32},   {"int64", Kind::Int64},     {"uint64", Kind::Uint64},
            {"uint32", Kind::Uint32}, {"float32", Kind::Float32}, {"float64", Kind::Float64},
            {"string", Kind::String}, {"uintptr", Kind::Uintptr}};
        for (const auto& b : kBasic)
            if (name == b.name)
                return types_.basic(b.kind);
        if (name == "rune")
            return types_.rune_type();
        if (name == "byte")
            return types_.byte_type();
        if (name == "error")
            return types_.error_type();
        if (name == "any")
            return types_.empty_interface();
        if (name.substr(0, 8) == "map[any]")
            return types_.map_of(types_.empty_interface(), type_named(name.substr(8)));
        if (named) {
            if (const Type* t = named(name))
                return t;
        }
        assert(false && "library: a signature uses a type the reader does not know");
        return types_.invalid();
    }

    const Type* read_type() {
        skip_spaces();
        if (text_.substr(pos_, 5) == "func(") {
            SignatureReader inner(types_, text_.substr(pos_));
            inner.named = named;
            const Type* fn = inner.read();
            pos_ += inner.pos_;
            return fn;
        }
        bool dots = text_.substr(pos_, 3) == "...";
        if (dots)
            pos_ += 3;
        std::string name(word());
        return type_named(dots ? "..." + name : name);
    }

    // Reads "a, b T, c U)" (names optional, grouped as Go writes them) up to the ')'.
    void read_list(std::vector<const Type*>& types, std::vector<std::string>& names,
                   bool* variadic) {
        std::vector<std::string> pending; // names waiting for their type
        while (true) {
            skip_spaces();
            if (peek() == ')') {
                pos_++;
                break;
            }
            size_t before = pos_;
            std::string first(word());
            skip_spaces();
            if (peek() == ',' || peek() == ')') {
                // A name that shares the next type, or (when no type follows at all) a lone
                // unnamed type: settled at the end.
                pending.push_back(first);
            } else {
                bool dots = text_.substr(pos_, 3) == "...";
                const Type* t = read_type();
                if (dots && variadic)
                    *variadic = true;
                pending.push_back(first);
                for (const std::string& n : pending) {
                    names.push_back(n);
                    types.push_back(t);
                }
                pending.clear();
            }
            (void)before;
            skip_spaces();
            if (peek() == ',')
                pos_++;
        }
        // Unnamed results: "(int, error)".
        for (const std::string& n : pending) {
            names.emplace_back();
            types.push_back(type_named(n));
        }
    }

    TypeTable& types_;
    std::string_view text_;
    size_t pos_ = 0;
};

// The library's constants. Integers are exact; floats are the values Go's math package
// spells out (to more digits than a double keeps).
struct ConstantDecl {
    const char* package;
    const char* name;
    Kind kind; // UntypedInt, UntypedFloat or UntypedRune
    Int128 i;
    long double f;
};

constexpr Int128 kOne = 1;
const ConstantDecl kConstants[] = {
    {"math", "MaxInt", Kind::UntypedInt, (kOne << 63) - 1, 0},
    {"math", "MinInt", Kind::UntypedInt, -(kOne << 63), 0},
    {"math", "MaxInt8", Kind::UntypedInt, 127, 0},
    {"math", "MinInt8", Kind::UntypedInt, -128, 0},
    {"math", "MaxInt16", Kind::UntypedInt, 32767, 0},
    {"math", "MinInt16", Kind::UntypedInt, -32768, 0},
    {"math", "MaxInt32", Kind::UntypedInt, (kOne << 31) - 1, 0},
    {"math", "MinInt32", Kind::UntypedInt, -(kOne << 31), 0},
    {"math", "MaxInt64", Kind::UntypedInt, (kOne << 63) - 1, 0},
    {"math", "MinInt64", Kind::UntypedInt, -(kOne << 63), 0},
    {"math", "MaxUint", Kind::UntypedInt, (kOne << 64) - 1, 0},
    {"math", "MaxUint8", Kind::UntypedInt, 255, 0},
    {"math", "MaxUint16", Kind::UntypedInt, 65535, 0},
    {"math", "MaxUint32", Kind::UntypedInt, (kOne << 32) - 1, 0},
    {"math", "MaxUint64", Kind::UntypedInt, (kOne << 64) - 1, 0},
    {"math", "Pi", Kind::UntypedFloat, 0,
     3.14159265358979323846264338327950288419716939937510582097494459L},
    {"math", "E", Kind::UntypedFloat, 0,
     2.71828182845904523536028747135266249775724709369995957496696763L},
    {"math", "Sqrt2", Kind::UntypedFloat, 0,
     1.41421356237309504880168872420969807856967187537694807317667974L},
    {"math", "Ln2", Kind::UntypedFloat, 0,
     0.693147180559945309417232121458176568075500134360255254120680009L},
    {"math", "MaxFloat64", Kind::UntypedFloat, 0, 0x1p1023L * (1 + (0x1p52L - 1) / 0x1p52L)},
    {"math", "SmallestNonzeroFloat64", Kind::UntypedFloat, 0, 0x1p-1074L},
    {"math", "MaxFloat32", Kind::UntypedFloat, 0, 0x1p127L * (1 + (0x1p23L - 1) / 0x1p23L)},
    {"unicode", "MaxRune", Kind::UntypedRune, 0x10FFFF, 0},
    {"unicode", "ReplacementChar", Kind::UntypedRune, 0xFFFD, 0},
    {"unicode", "MaxASCII", Kind::UntypedRune, 0x7F, 0},
    {"unicode", "MaxLatin1", Kind::UntypedRune, 0xFF, 0},
    {"unicode/utf8", "RuneError", Kind::UntypedRune, 0xFFFD, 0},
    {"unicode/utf8", "RuneSelf", Kind::UntypedInt, 0x80, 0},
    {"unicode/utf8", "MaxRune", Kind::UntypedRune, 0x10FFFF, 0},
    {"unicode/utf8", "UTFMax", Kind::UntypedInt, 4, 0},
};

} // namespace

Package& Universe::library_package(const std::string& path) {
    for (auto& p : packages_)
        if (p->path == path)
            return *p;
    packages_.push_back(std::make_unique<Package>());
    Package& p = *packages_.back();
    p.path = path;
    p.name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    return p;
}

void Universe::add_library() {
    for (int32_t i = 0; i < int32_t(LibraryId::Count_); i++) {
        auto id = static_cast<LibraryId>(i);
        std::string go_name = library_go_name(id);
        size_t dot = go_name.rfind('.');
        Package& p = library_package(go_name.substr(0, dot));
        Entity* o =
            add_native(p, go_name.substr(dot + 1), static_cast<NativeId>(library_native_id(id)));
        o->type = SignatureReader(types_, library_signature(id)).read();
    }
    for (const ConstantDecl& c : kConstants) {
        Entity* o = make_object(ObjKind::Const, c.name);
        o->type = types_.basic(c.kind);
        o->value =
            c.kind == Kind::UntypedFloat ? Constant::make_float(c.f) : Constant::make_int(c.i);
        library_package(c.package).members[c.name] = o;
    }
    add_library_types();
}

namespace {

// The library's struct types whose values the natives build or that carry native methods.
// Fields are unexported where Go's are, so programs cannot reach them.
struct StructDecl {
    const char* package;
    const char* name;
    const char* fields; // "name type; name type"
    std::vector<std::string> go_methods;
};

const StructDecl kStructs[] = {
    {"errors", "errorString", "s string", {"Error"}},
    {"fmt", "wrapError", "msg string; err error", {"Error", "Unwrap"}},
    {"strconv", "NumError", "Func string; Num string; Err error", {"Error", "Unwrap"}},
    // NOTE: buf stays nil; the text lives in s (written in place), n bytes of it. buf is
    // there so that Builders do not compare, as in Go.
    {"strings",
     "Builder",
     "addr *strings.Builder; buf []byte; s string; n int",
     {"Cap", "Grow", "Len", "Reset", "String", "Write", "WriteByte", "WriteRune", "WriteString"}},
    // The pairs as NewReplacer got them; Replace works from them directly.
    {"strings", "Replacer", "oldnew []string", {"Replace", "WriteString"}},
    // Go's own fields: the text, the read offset and where the last ReadRune began (or -1).
    {"strings",
     "Reader",
     "s string; i int64; prevRune int",
     {"Len", "Read", "ReadAt", "ReadByte", "ReadRune", "Reset", "Seek", "Size", "UnreadByte",
      "UnreadRune", "WriteTo"}},
    // Go's own fields, so that a Buffer value prints as Go prints it; only writing is
    // supported, so off and lastRead stay 0.
    {"bytes", "Buffer", "buf []byte; off int; lastRead int8", {"Available",  "AvailableBuffer",
                                                               "Bytes",      "Cap",
                                                               "Grow",       "Len",
                                                               "Next",       "Read",
                                                               "ReadByte",   "ReadBytes",
                                                               "ReadFrom",   "ReadRune",
                                                               "ReadString", "Reset",
                                                               "String",     "Truncate",
                                                               "UnreadByte", "UnreadRune",
                                                               "Write",      "WriteByte",
                                                               "WriteRune",  "WriteString",
                                                               "WriteTo"}},
    // sync.Cond with Go's fields, so that a Cond prints as Go prints it. The scheduler keeps
    // the tickets in notify's wait and notify; head and tail stay nil (the parked goroutines
    // are the scheduler's), and checker holds the Cond's own address once used, as Go's copy
    // check has it (vm.cpp cond_checked).
    {"sync", "noCopy", "", {}},
    {"sync",
     "notifyList",
     "wait uint32; notify uint32; lock uintptr; head *sync.notifyList; tail *sync.notifyList",
     {}},
    {"sync",
     "Cond",
     "noCopy sync.noCopy; L sync.Locker; notify sync.notifyList; checker uintptr",
     {"Broadcast", "Signal", "Wait"}},
    // sync.Map with Go 1.19's fields, so that an unused Map prints, and a comparison is
    // refused, as Go does it. Its entries live in dirty, whose values are the program's
    // values themselves (Go's are *entry); read and misses, Go's lock-free path, stay empty.
    {"sync", "mapRead", "v any", {}},
    {"sync", "entry", "p uintptr", {}},
    {"sync",
     "Map",
     "mu sync.Mutex; read sync.mapRead; dirty map[any]*sync.entry; misses int",
     {"Delete", "Load", "LoadAndDelete", "LoadOrStore", "Range", "Store"}},
    // sync.Pool with Go 1.19's fields, so that an unused Pool prints as Go's does. Its values
    // live in a poolLocal that local points at once a value was put (Go's is per P); victim
    // stays nil, as no collection ever empties a Pool here.
    {"sync", "poolLocal", "private any; shared []any", {}},
    {"sync",
     "Pool",
     "noCopy sync.noCopy; local *sync.poolLocal; localSize uintptr; victim *sync.poolLocal; "
     "victimSize uintptr; New func() any",
     {"Get", "Put"}},
    // bufio.Scanner with Go's fields. split stays nil for ScanLines, NewScanner's default.
    {"bufio",
     "Scanner",
     "r io.Reader; split bufio.SplitFunc; maxTokenSize int; token []byte; buf []byte; "
     "start int; end int; err error; empties int; scanCalled bool; done bool",
     {"Buffer", "Bytes", "Err", "Scan", "Split", "Text"}},
    // What sort.Reverse returns: Go's struct, with the Interface it reverses embedded.
    {"sort", "reverse", "Interface sort.Interface", {"Len", "Less", "Swap"}},
    // os.Stdout and os.Stderr; only writing is supported.
    {"os",
     "File",
     "fd int",
     {"Chdir",
      "Chmod",
      "Chown",
      "Close",
      "Fd",
      "Name",
      "Read",
      "ReadAt",
      "ReadDir",
      "ReadFrom",
      "Readdir",
      "Readdirnames",
      "Seek",
      "SetDeadline",
      "SetReadDeadline",
      "SetWriteDeadline",
      "Stat",
      "Sync",
      "SyscallConn",
      "Truncate",
      "Write",
      "WriteAt",
      "WriteString"}},
    // time.UTC, the only zone we have; Go's Location has more fields, never shown.
    {"time", "Location", "name string", {"String"}},
    // The generator state is a run-time object the natives keep in state.
    {"math/rand", "rngSource", "state func()", {"Int63", "Seed", "Uint64"}},
    {"math/rand",
     "Rand",
     "src rand.Source",
     {"ExpFloat64", "Float32", "Float64", "Int", "Int31", "Int31n", "Int63", "Int63n", "Intn",
      "NormFloat64", "Perm", "Read", "Seed", "Shuffle", "Uint32", "Uint64"}}};

} // namespace

// Declares the library types above, rand.Source, sort.Interface, and the natives from ErrorsNew on,
// whose Go names say what they are: "pkg.Name" a function (or, for "var ..." signatures, a variable
// read through the native), "pkg.(*T).M" a method of *T.
void Universe::add_library_types() {
    SignatureReader::Lookup lookup = [this](std::string_view name) -> const Type* {
        return types_.library_type(std::string(name));
    };

    // The library's interfaces: each method's name and signature.
    auto add_interface = [&](const char* package, const char* name,
                             std::initializer_list<std::pair<const char*, const char*>> methods) {
        Type* iface = types_.make(Kind::Interface);
        for (auto [method, signature] : methods) {
            iface->methods.push_back(Method{method, SignatureReader(types_, signature).read()});
        }
        Package& p = library_package(package);
        Type* t = types_.make(Kind::Named);
        t->name = p.name + "." + name;
        t->underlying = iface;
        types_.add_library_type(t);
        Entity* o = make_object(ObjKind::TypeName, name);
        o->type = t;
        p.members[name] = o;
    };
    add_interface("math/rand", "Source", {{"Int63", "func() int64"}, {"Seed", "func(seed int64)"}});
    add_interface(
        "sort", "Interface",
        {{"Len", "func() int"}, {"Less", "func(i, j int) bool"}, {"Swap", "func(i, j int)"}});

    // What fmt.Fprint* write to, and what a learner's reader implements.
    add_interface("io", "Writer", {{"Write", "func(p []byte) (n int, err error)"}});
    add_interface("io", "Reader", {{"Read", "func(p []byte) (n int, err error)"}});
    // What sync.NewCond takes: *Mutex, *RWMutex, RWMutex.RLocker(), or the program's own.
    add_interface("sync", "Locker", {{"Lock", "func()"}, {"Unlock", "func()"}});

    // sort's slice types, whose methods natives.h lists ("sort.IntSlice.Len").
    for (auto [name, elem] : {std::pair{"IntSlice", types_.basic(Kind::Int)},
                              std::pair{"StringSlice", types_.basic(Kind::String)},
                              std::pair{"Float64Slice", types_.basic(Kind::Float64)}}) {
        Package& p = library_package("sort");
        Type* t = types_.make(Kind::Named);
        t->name = std::string("sort.") + name;
        t->underlying = types_.slice_of(elem);
        t->go_methods = {"Len", "Less", "Search", "Sort", "Swap"};
        types_.add_library_type(t);
        Entity* o = make_object(ObjKind::TypeName, name);
        o->type = t;
        p.members[name] = o;
    }

    // bufio.SplitFunc, what Scanner.Split takes and ScanLines and the others are.
    {
        Package& p = library_package("bufio");
        Type* t = types_.make(Kind::Named);
        t->name = "bufio.SplitFunc";
        t->underlying =
            SignatureReader(types_,
                            "func(data []byte, atEOF bool) (advance int, token []byte, err error)")
                .read();
        types_.add_library_type(t);
        Entity* o = make_object(ObjKind::TypeName, "SplitFunc");
        o->type = t;
        p.members["SplitFunc"] = o;
    }

    std::vector<std::pair<Type*, const StructDecl*>> made;
    for (const StructDecl& d : kStructs) {
        Package& p = library_package(d.package);
        Type* t = types_.make(Kind::Named);
        t->name = p.name + "." + d.name;
        t->underlying = types_.make(Kind::Struct);
        t->go_methods = d.go_methods;
        types_.add_library_type(t);
        if (std::isupper(static_cast<unsigned char>(d.name[0]))) {
            Entity* o = make_object(ObjKind::TypeName, d.name);
            o->type = t;
            p.members[d.name] = o;
        }
        made.push_back({t, &d});
    }
    // Fields after every type exists: a Builder points at itself.
    for (auto& [t, d] : made) {
        std::string text = std::string("func(") + d->fields + ")";
        for (char& c : text)
            c = c == ';' ? ',' : c;
        SignatureReader r(types_, text);
        r.named = lookup;
        const Type* fields = r.read();
        auto* st = const_cast<Type*>(t->underlying);
        for (size_t i = 0; i < fields->params.size(); i++)
            st->fields.push_back(Field{fields->param_names[i], fields->params[i]});
    }

    for (auto id = int32_t(NativeId::ErrorsNew); id < int32_t(NativeId::Count_); id++) {
        std::string go_name = native_go_name(NativeId(id));
        SignatureReader r(types_, native_signature(NativeId(id)));
        r.named = lookup;
        size_t open = go_name.find(".(*");
        if (open != std::string::npos) {
            size_t close = go_name.find(").", open);
            Package& p = library_package(go_name.substr(0, open));
            std::string type_name = p.name + "." + go_name.substr(open + 3, close - open - 3);
            auto* t = const_cast<Type*>(types_.library_type(type_name));
            assert(t && "library: a method of an undeclared type");
            Type* sig = r.read();
            sig->params.erase(sig->params.begin()); // the receiver
            sig->param_names.erase(sig->param_names.begin());
            t->methods.push_back(Method{go_name.substr(close + 2), sig, id, true});
            continue;
        }
        size_t dot = go_name.rfind('.');
        if (auto* t = const_cast<Type*>(types_.library_type(go_name.substr(0, dot)))) {
            // "time.Time.Year": a method with a value receiver.
            Type* sig = r.read();
            sig->params.erase(sig->params.begin());
            sig->param_names.erase(sig->param_names.begin());
            t->methods.push_back(Method{go_name.substr(dot + 1), sig, id, false});
            continue;
        }
        Package& p = library_package(go_name.substr(0, dot));
        std::string name = go_name.substr(dot + 1);
        std::string_view sig = native_signature(NativeId(id));
        if (sig.substr(0, 4) == "var ") {
            Entity* o = make_object(ObjKind::Var, name);
            o->native = id;
            std::string getter = "func() " + std::string(sig.substr(sig.rfind(' ') + 1));
            SignatureReader vr(types_, getter);
            vr.named = lookup;
            o->type = vr.read()->results[0];
            p.members[name] = o;
            continue;
        }
        add_native(p, name, NativeId(id))->type = r.read();
    }
    add_context();
}

} // namespace golab
