// library_decls.cpp: declares the pure library functions (src/vm/library.h) and the library
// constants in their packages, for the checker.
//
// Each function's type is read from the Go signature text library.h lists beside it, so a
// function is written down once. The reader knows just the types those signatures use.
#include <cassert>
#include <cmath>
#include <string>
#include <string_view>

#include "lang/types.h"
#include "vm/library.h"

namespace golab {

namespace {

// Reads "func(s, sep string) []string" and similar into a Func type.
class SignatureReader {
  public:
    SignatureReader(TypeTable& types, std::string_view text) : types_(types), text_(text) {}

    Type* read() {
        expect("func(");
        Type* fn = types_.make(Kind::Func);
        read_list(fn->params, fn->param_names, &fn->variadic);
        skip_spaces();
        if (peek() == '(') {
            pos_++;
            read_list(fn->results, fn->result_names, nullptr);
        } else if (pos_ < text_.size()) {
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
                text_[pos_] == ']' || text_[pos_] == '.'))
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
        static const struct {
            const char* name;
            Kind kind;
        } kBasic[] = {{"bool", Kind::Bool},       {"int", Kind::Int},
                      {"int64", Kind::Int64},     {"uint64", Kind::Uint64},
                      {"float64", Kind::Float64}, {"string", Kind::String}};
        for (const auto& b : kBasic)
            if (name == b.name)
                return types_.basic(b.kind);
        if (name == "rune")
            return types_.rune_type();
        if (name == "byte")
            return types_.byte_type();
        if (name == "error")
            return types_.error_type();
        assert(false && "library: a signature uses a type the reader does not know");
        return types_.invalid();
    }

    const Type* read_type() {
        skip_spaces();
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
}

} // namespace golab
