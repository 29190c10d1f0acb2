// checker.cpp: names, types, constants and Go's compile errors.
//
// Index: [SECTION] Plumbing, Constants, Types, Package level, Generics, Expressions,
// Calls, Assignability, Statements. The order of checks follows go/types
// (package-level declarations first, then function bodies, then unused
// imports) so the first ten errors are the ones go build shows.

#include "lang/checker.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "lang/lexer.h"
#include "lang/parser.h"

namespace golab {

namespace {

// Compares two untyped float constants: -1, 0 or 1. Go computes constants exactly (0.1 + 0.2
// == 0.3 holds); we hold them in long double, which is 64 bits of mantissa natively and 113
// in WebAssembly, so the same sum is off by a different last bit in each. Values within
// 2^-60 of each other, relatively, count as equal, so both builds agree with Go.
// NOTE: constants that really differ by less than that compare equal here and not in Go.
int compare_float_constants(long double x, long double y) {
    const long double scale = std::max(std::fabs(x), std::fabs(y));
    if (std::fabs(x - y) <= scale * 0x1p-60L) {
        return 0;
    }
    return x < y ? -1 : 1;
}

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

bool is_blank(const Expr* e) {
    return e && e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->name == "_";
}

Expr* unparen(Expr* e) {
    while (e && e->kind == ExprKind::Paren)
        e = static_cast<ParenExpr*>(e)->x;
    return e;
}

} // namespace

struct Checker::Impl {
    Impl(Ast& a, TypeTable& t, Universe& u, std::string f, CheckErrorSink s)
        : ast(a), types(t), uni(u), file(std::move(f)), sink(std::move(s)) {
        pkg_scope.parent = uni.scope();
        file_scope.parent = &pkg_scope;
    }

    Ast& ast;
    TypeTable& types;
    Universe& uni;
    std::string file;
    CheckErrorSink sink;
    Scope pkg_scope;
    Scope file_scope;
    std::vector<std::unique_ptr<Scope>> scopes;
    std::vector<std::unique_ptr<Entity>> objects;
    CheckResult result;
    std::map<Entity*, ValueSpec*> spec_of; // package-level const/var -> spec
    std::map<Entity*, FuncDecl*> func_of;  // package-level func -> decl
    std::map<const void*, std::set<Entity*>>
        deps; // var spec / func decl -> referenced globals and funcs
    std::set<Entity*>* cur_deps = nullptr;
    std::vector<ImportSpec*> imports;
    bool import_failed = false;                // go build stops before type checking then
    std::map<Entity*, TypeSpec*> type_spec_of; // declared types -> their specs
    std::vector<FuncDecl*> fn_stack;           // enclosing functions, innermost last
    std::map<const FuncDecl*, int> closure_count;

    // The function being checked.
    FuncDecl* fn = nullptr;
    const Type* fn_sig = nullptr;
    int next_slot = 0;
    std::vector<Entity*> fn_locals;
    int loop_depth = 0;
    int break_depth = 0; // loops, switches and selects
    Scope* scope = nullptr;
    int iota = -1; // inside a constant declaration

    // [SECTION] Plumbing

    int silenced = 0; // trial work whose errors are not the program's
    void error(Pos p, std::string msg) {
        if (silenced > 0)
            return;
        if (probing && !independent_of_type_arguments(msg))
            return;
        report(p, std::move(msg));
    }
    // Passes an error on once: a generic body checked in several instances and in its probe
    // finds the same errors again, which go build (checking it once) counts once.
    std::set<std::tuple<int, int, std::string>> reported;
    void report(Pos p, std::string msg) {
        if (instance_errors) {
            instance_errors->push_back({p, std::move(msg)});
            return;
        }
        if (probing)
            probe_found.insert(body_key);
        if (reported.insert({p.line, p.col, msg}).second)
            sink(p, std::move(msg));
    }
    // Errors in the body of a generic function's instance wait, per generic body (keyed by
    // its name's position, the same in every parse): Go checks the body once, so when the
    // probe finds errors there, those are the ones it reports.
    std::map<Pos, std::vector<std::pair<Pos, std::string>>> held_errors;
    std::vector<std::pair<Pos, std::string>>* instance_errors = nullptr;
    std::set<Pos> probe_found;
    Pos body_key;
    void unsupported(Pos p, const std::string& what) { error(p, "not supported yet: " + what); }

    // Returns what a refusal names, with a word on why when it is a time zone: every time
    // is in UTC, as on a machine whose local zone is UTC.
    static std::string zone_hint(const std::string& what) {
        static const char* const kZones[] = {"time.Local",           "time.LoadLocation",
                                             "time.FixedZone",       "time.LoadLocationFromTZData",
                                             "time.Time.In",         "time.Time.Local",
                                             "time.Time.Location",   "time.Time.Zone",
                                             "time.Time.ZoneBounds", "time.Time.IsDST"};
        for (const char* z : kZones)
            if (what == z)
                return what + " (times are in UTC only)";
        return what;
    }

    Entity* new_object(ObjKind k, const std::string& name, Pos p) {
        objects.push_back(std::make_unique<Entity>());
        Entity* o = objects.back().get();
        o->kind = k;
        o->name = name;
        o->pos = p;
        return o;
    }

    Scope* open_scope() {
        scopes.push_back(std::make_unique<Scope>());
        Scope* s = scopes.back().get();
        s->parent = scope;
        s->order = int(scopes.size());
        scope = s;
        return s;
    }
    void close_scope() { scope = scope->parent; }

    std::string pos_text(Pos p) const {
        return file + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
    }

    // Declares o in s; reports a redeclaration as Go does.
    bool declare(Scope* s, Entity* o) {
        if (o->name == "_")
            return true;
        if (Entity* prev = s->lookup_local(o->name)) {
            error(o->pos, o->name + " redeclared in this block\n\t" + pos_text(prev->pos) +
                              ": other declaration of " + o->name);
            return false;
        }
        s->names[o->name] = o;
        if (o->kind == ObjKind::Var)
            block_of[o] = s->order;
        return true;
    }
    std::map<const Entity*, int> block_of; // local variables -> Scope::order of their block

    Entity* new_local(const std::string& name, Pos p, const Type* t) {
        Entity* o = new_object(ObjKind::Var, name, p);
        o->type = t;
        o->owner = fn;
        o->slot = next_slot++;
        fn_locals.push_back(o);
        return o;
    }

    void set_invalid(Expr* e) {
        e->mode = Mode::Invalid;
        e->type = types.invalid();
    }

    // [SECTION] Constants

    // Returns how an operand reads in Go's messages: "x (variable of type int)".
    std::string describe(const Expr* e) {
        std::string s = expr_string(e);
        if (e->type && e->type->kind == Kind::UntypedNil)
            return s == "nil" ? "nil" : s + " (untyped nil)";
        s += " (";
        switch (e->mode) {
        case Mode::Invalid:
            s += "invalid operand";
            break;
        case Mode::NoValue:
            s += "no value";
            break;
        case Mode::Builtin:
            s += "built-in";
            break;
        case Mode::TypeExpr:
            s += "type";
            break;
        case Mode::PkgName:
            s += "package";
            break;
        case Mode::Constant: {
            std::string v = e->value.to_string();
            if (is_untyped(e->type)) {
                s += e->type->name + " constant";
                if (v != expr_string(e))
                    s += " " + v;
            } else {
                s += "constant";
                if (v != expr_string(e))
                    s += " " + v;
                s += " of type " + type_string(e->type);
            }
            break;
        }
        case Mode::Variable:
            s += "variable of type " + type_string(e->type);
            break;
        case Mode::Value:
            if (is_untyped(e->type))
                s += e->type->name + " value";
            else if (receive(const_cast<Expr*>(e)))
                s += "comma, ok expression of type " + type_string(e->type);
            else
                s += "value of type " + type_string(e->type);
            break;
        }
        if (e->type && e->type->type_param && (e->mode == Mode::Variable || e->mode == Mode::Value))
            s += " constrained by " + e->type->constraint;
        return s + ")";
    }

    // Returns the type Go shows for an argument in "have (...)".
    std::string have_type(const Expr* e) {
        if (e->mode == Mode::Constant && is_untyped(e->type) && is_numeric(e->type))
            return "number";
        if (is_untyped(e->type))
            return types.default_type(e->type)->name == "untyped nil"
                       ? "nil"
                       : types.default_type(e->type)->name;
        return type_string(e->type);
    }

    // Returns false and sets reason ("overflows"/"truncated") if c cannot be
    // a value of basic type t; on success c is rounded to t.
    bool representable(Constant& c, const Type* t, std::string* reason) {
        const Type* u = under(t);
        if (!u)
            return false;
        if (is_integer(u)) {
            if (c.kind == Constant::Kind::Float) {
                if (!c.is_integral()) {
                    if (reason)
                        *reason = std::isfinite(c.f) && std::fabs(c.f) < 1e38L ? "truncated"
                                                                               : "overflows";
                    return false;
                }
                c = Constant::make_int(Int128(c.f));
            }
            if (c.kind != Constant::Kind::Int)
                return false;
            if (is_untyped(u))
                return true;
            Int128 lo = 0, hi = 0;
            switch (u->kind) {
            case Kind::Int8:
                lo = INT8_MIN, hi = INT8_MAX;
                break;
            case Kind::Int16:
                lo = INT16_MIN, hi = INT16_MAX;
                break;
            case Kind::Int32:
                lo = INT32_MIN, hi = INT32_MAX;
                break;
            case Kind::Int:
            case Kind::Int64:
                lo = INT64_MIN, hi = INT64_MAX;
                break;
            case Kind::Uint8:
                hi = UINT8_MAX;
                break;
            case Kind::Uint16:
                hi = UINT16_MAX;
                break;
            case Kind::Uint32:
                hi = UINT32_MAX;
                break;
            default:
                hi = Int128(UINT64_MAX);
                break;
            }
            if (c.i < lo || c.i > hi) {
                if (reason)
                    *reason = "overflows";
                return false;
            }
            return true;
        }
        if (is_float(u)) {
            if (c.kind != Constant::Kind::Int && c.kind != Constant::Kind::Float)
                return false;
            long double v = c.as_float();
            if (u->kind == Kind::Float32) {
                if (std::fabs(v) > FLT_MAX * (1.0L + 1.0L / (1 << 24))) {
                    if (reason)
                        *reason = "overflows";
                    return false;
                }
                c = Constant::make_float((float)v);
            } else if (u->kind == Kind::Float64) {
                if (std::fabs(v) > DBL_MAX) {
                    if (reason)
                        *reason = "overflows";
                    return false;
                }
                c = Constant::make_float((double)v);
            } else {
                c = Constant::make_float(v);
            }
            return true;
        }
        if (is_string(u))
            return c.kind == Constant::Kind::String;
        if (is_boolean(u))
            return c.kind == Constant::Kind::Bool;
        if (u->kind == Kind::Complex64 || u->kind == Kind::Complex128)
            return c.kind == Constant::Kind::Int || c.kind == Constant::Kind::Float;
        return false;
    }

    // Folds a binary operation on constants; returns false on division by zero.
    bool fold_binary(Tok op, const Constant& a, const Constant& b, bool int_division,
                     Constant& out) {
        using K = Constant::Kind;
        if (a.kind == K::Bool) {
            switch (op) {
            case Tok::LAnd:
                out = Constant::make_bool(a.b && b.b);
                return true;
            case Tok::LOr:
                out = Constant::make_bool(a.b || b.b);
                return true;
            case Tok::Eql:
                out = Constant::make_bool(a.b == b.b);
                return true;
            case Tok::Neq:
                out = Constant::make_bool(a.b != b.b);
                return true;
            default:
                return false;
            }
        }
        if (a.kind == K::String) {
            switch (op) {
            case Tok::Add:
                out = Constant::make_string(a.s + b.s);
                return true;
            case Tok::Eql:
                out = Constant::make_bool(a.s == b.s);
                return true;
            case Tok::Neq:
                out = Constant::make_bool(a.s != b.s);
                return true;
            case Tok::Lss:
                out = Constant::make_bool(a.s < b.s);
                return true;
            case Tok::Leq:
                out = Constant::make_bool(a.s <= b.s);
                return true;
            case Tok::Gtr:
                out = Constant::make_bool(a.s > b.s);
                return true;
            case Tok::Geq:
                out = Constant::make_bool(a.s >= b.s);
                return true;
            default:
                return false;
            }
        }
        if (a.kind == K::Int && b.kind == K::Int) {
            Int128 x = a.i, y = b.i, r = 0;
            switch (op) {
            case Tok::Add:
                r = x + y;
                break;
            case Tok::Sub:
                r = x - y;
                break;
            case Tok::Mul:
                r = x * y;
                break;
            case Tok::Quo:
                if (y == 0)
                    return false;
                if (!int_division) {
                    out = Constant::make_float((long double)x / (long double)y);
                    return true;
                }
                r = x / y;
                break;
            case Tok::Rem:
                if (y == 0)
                    return false;
                r = x % y;
                break;
            case Tok::And:
                r = x & y;
                break;
            case Tok::Or:
                r = x | y;
                break;
            case Tok::Xor:
                r = x ^ y;
                break;
            case Tok::AndNot:
                r = x & ~y;
                break;
            case Tok::Eql:
                out = Constant::make_bool(x == y);
                return true;
            case Tok::Neq:
                out = Constant::make_bool(x != y);
                return true;
            case Tok::Lss:
                out = Constant::make_bool(x < y);
                return true;
            case Tok::Leq:
                out = Constant::make_bool(x <= y);
                return true;
            case Tok::Gtr:
                out = Constant::make_bool(x > y);
                return true;
            case Tok::Geq:
                out = Constant::make_bool(x >= y);
                return true;
            default:
                return false;
            }
            out = Constant::make_int(r);
            return true;
        }
        long double x = a.as_float(), y = b.as_float();
        switch (op) {
        case Tok::Add:
            out = Constant::make_float(x + y);
            return true;
        case Tok::Sub:
            out = Constant::make_float(x - y);
            return true;
        case Tok::Mul:
            out = Constant::make_float(x * y);
            return true;
        case Tok::Quo:
            if (y == 0)
                return false;
            out = Constant::make_float(x / y);
            return true;
        case Tok::Eql:
            out = Constant::make_bool(compare_float_constants(x, y) == 0);
            return true;
        case Tok::Neq:
            out = Constant::make_bool(compare_float_constants(x, y) != 0);
            return true;
        case Tok::Lss:
            out = Constant::make_bool(compare_float_constants(x, y) < 0);
            return true;
        case Tok::Leq:
            out = Constant::make_bool(compare_float_constants(x, y) <= 0);
            return true;
        case Tok::Gtr:
            out = Constant::make_bool(compare_float_constants(x, y) > 0);
            return true;
        case Tok::Geq:
            out = Constant::make_bool(compare_float_constants(x, y) >= 0);
            return true;
        default:
            return false;
        }
    }

    // [SECTION] Types

    // Returns whether the VM can hold values of type t today; names what is
    // missing in *what otherwise.
    bool supported_type(const Type* t, std::string* what) {
        std::set<const Type*> seen;
        return supported_type(t, what, seen);
    }

    // seen holds the named types already entered: a valid recursive type (type L []L) leads
    // back to itself, and an unsupported part has to be found only once.
    bool supported_type(const Type* t, std::string* what, std::set<const Type*>& seen) {
        if (t && t->kind == Kind::Named && !seen.insert(t).second)
            return true;
        const Type* u = under(t);
        if (!u || u->kind == Kind::Invalid)
            return true;
        switch (u->kind) {
        case Kind::Complex64:
        case Kind::Complex128:
            *what = "complex numbers";
            return false;
        case Kind::UnsafePointer:
            *what = "unsafe.Pointer";
            return false;
        case Kind::Array:
        case Kind::Chan:
        case Kind::Slice:
            return supported_type(u->elem, what, seen);
        case Kind::Map:
            return supported_type(u->key, what, seen) && supported_type(u->elem, what, seen);
        case Kind::Func:
        case Kind::Struct:
        case Kind::Pointer:
        case Kind::Interface:
            return true;
        default:
            return true;
        }
    }

    // Resolves a type expression; reports and returns invalid on errors.
    // A constraint (an interface with type terms) is a type only in a type declaration.
    const Type* resolve_type(Expr* e, bool constraint_ok = false) {
        const Type* t = type_expr(e);
        if (!constraint_ok && !is_invalid(t) && constraint_interfaces.count(under(t))) {
            error(e->pos, "cannot use type " + expr_string(e) +
                              " outside a type constraint: interface contains type constraints");
            return types.invalid();
        }
        std::string what;
        if (!is_invalid(t) && !supported_type(t, &what)) {
            unsupported(e->pos, what);
            return types.invalid();
        }
        return t;
    }

    const Type* type_expr(Expr* e) {
        switch (e->kind) {
        case ExprKind::Ident:
        case ExprKind::Selector: {
            expr_or_type(e);
            if (e->mode == Mode::Invalid)
                return types.invalid();
            if (e->mode != Mode::TypeExpr) {
                error(e->pos, expr_string(e) + " is not a type");
                return types.invalid();
            }
            if (generic_type_of.count(e->type)) {
                Entity* g = generic_type_of[e->type];
                error(e->pos, "cannot use generic type " + g->name + "[" +
                                  generic_types[g].params_text + "] without instantiation");
                return types.invalid();
            }
            return e->type;
        }
        case ExprKind::Paren:
            return type_expr(static_cast<ParenExpr*>(e)->x);
        case ExprKind::ArrayType: {
            auto* a = static_cast<ArrayTypeExpr*>(e);
            if (!a->len) {
                const Type* elem = type_expr(a->elem);
                return is_invalid(elem) ? elem : types.slice_of(elem);
            }
            // Go checks the length first, then the element type whatever the length was:
            // [n][n]T with n undeclared reports the outer n.
            const int64_t n = array_length(a->len);
            const Type* elem = type_expr(a->elem);
            return n < 0 ? types.invalid() : types.array_of(elem, n);
        }
        case ExprKind::Star: {
            const Type* elem = type_expr(static_cast<StarExpr*>(e)->x);
            return is_invalid(elem) ? elem : types.pointer_to(elem);
        }
        case ExprKind::MapType: {
            auto* m = static_cast<MapTypeExpr*>(e);
            const Type* k = type_expr(m->key);
            const Type* v = type_expr(m->value);
            if (is_invalid(k) || is_invalid(v))
                return types.invalid();
            if (!is_comparable(k)) {
                error(m->key->pos, "invalid map key type " + type_string(k));
                return types.invalid();
            }
            return types.map_of(k, v);
        }
        case ExprKind::ChanType: {
            auto* c = static_cast<ChanTypeExpr*>(e);
            const Type* elem = type_expr(c->elem);
            return is_invalid(elem) ? elem : types.chan_of(elem, c->dir);
        }
        case ExprKind::FuncType:
            return signature(static_cast<FuncTypeExpr*>(e), nullptr);
        case ExprKind::InterfaceType:
            return interface_type(static_cast<InterfaceTypeExpr*>(e));
        case ExprKind::StructType: {
            auto* st = static_cast<StructTypeExpr*>(e);
            Type* t = types.make(Kind::Struct);
            std::map<std::string, Pos> seen;
            for (auto& f : st->fields) {
                const Type* ft = type_expr(f.type);
                std::vector<std::pair<std::string, Pos>> names;
                for (auto* n : f.names) {
                    t->fields.push_back(Field{n->name, ft, false});
                    names.push_back({n->name, n->pos});
                }
                if (f.names.empty()) {
                    // An embedded field is named after its type, without * and package.
                    std::string name = expr_string(f.type);
                    if (!name.empty() && name[0] == '*')
                        name = name.substr(1);
                    if (name.find('.') != std::string::npos)
                        name = name.substr(name.find('.') + 1);
                    t->fields.push_back(Field{name, ft, true});
                    names.push_back({name, f.type->pos});
                }
                for (auto& [name, pos] : names) {
                    if (name == "_")
                        continue;
                    if (seen.count(name))
                        error(pos, name + " redeclared\n\t" + pos_text(seen[name]) +
                                       ": other declaration of " + name);
                    else
                        seen[name] = pos;
                }
            }
            return t;
        }
        case ExprKind::Index: {
            auto* ix = static_cast<IndexExpr*>(e);
            Expr* x = unparen(ix->x);
            Entity* g = x->kind == ExprKind::Ident
                            ? scope_or_file()->lookup(static_cast<Ident*>(x)->name)
                            : nullptr;
            if (!g || !generic_types.count(g)) {
                unsupported(e->pos, "this generic instantiation");
                return types.invalid();
            }
            static_cast<Ident*>(x)->obj = g;
            g->used = true;
            return instantiate_type(g, ix);
        }
        case ExprKind::Bad:
            return types.invalid();
        default:
            error(e->pos, expr_string(e) + " is not a type");
            return types.invalid();
        }
    }

    // InterfaceType: methods, and embedded interfaces whose methods it takes
    // over; the method set is kept sorted by name, as go/types does.
    const Type* interface_type(InterfaceTypeExpr* it) {
        // NOTE: interface{} is identical to any, but Go names each as it was written.
        if (it->elems.empty())
            return types.make(Kind::Interface);
        Type* t = types.make(Kind::Interface);
        for (auto& m : it->elems) {
            if (!m.names.empty()) {
                const Type* sig = m.type && m.type->kind == ExprKind::FuncType
                                      ? signature(static_cast<FuncTypeExpr*>(m.type), nullptr)
                                      : types.invalid();
                t->methods.push_back(Method{m.names[0]->name, sig});
                continue;
            }
            // Type terms (int, ~int, A | B) make it a constraint; generic_call checks them.
            Expr* me = unparen(m.type);
            if ((me->kind == ExprKind::Binary && static_cast<BinaryExpr*>(me)->op == Tok::Or) ||
                (me->kind == ExprKind::Unary && static_cast<UnaryExpr*>(me)->op == Tok::Tilde)) {
                constraint_interfaces.insert(t);
                continue;
            }
            const Type* et = type_expr(m.type);
            if (is_invalid(et))
                continue;
            if (et->kind == Kind::Named && !et->underlying) {
                report_type_cycle(et); // type I interface{ I }: it embeds itself
                continue;
            }
            if (!is_interface(et) || constraint_interfaces.count(under(et))) {
                constraint_interfaces.insert(t);
                continue;
            }
            for (const Method& em : under(et)->methods)
                t->methods.push_back(em);
        }
        std::sort(t->methods.begin(), t->methods.end(),
                  [](const Method& a, const Method& b) { return a.name < b.name; });
        for (size_t i = 1; i < t->methods.size(); i++)
            if (t->methods[i].name == t->methods[i - 1].name)
                t->methods.erase(t->methods.begin() + long(i--));
        return t;
    }

    // Declares a type name (TypeSpec) in s; its underlying type is resolved
    // on first use (resolve_type_decl), so declarations may refer to later ones.
    void declare_type(Scope* s, TypeSpec& ts) {
        Entity* o = new_object(ObjKind::TypeName, ts.name->name, ts.name->pos);
        ts.name->obj = o;
        if (!ts.type_params.empty()) {
            declare_generic_type(ts, o);
            declare(s, o);
            return;
        }
        if (!ts.alias) {
            Type* t = types.make(Kind::Named);
            t->name = ts.name->name;
            t->declared = true;
            o->type = t;
            named_entity[t] = o;
        }
        type_spec_of[o] = &ts;
        declare(s, o);
    }

    void resolve_type_decl(Entity* o) {
        if (o->decl_state != 0)
            return;
        TypeSpec* ts = type_spec_of[o];
        o->decl_state = 1;
        type_path.push_back(o);
        const Type* rhs = resolve_type(ts->type, true);
        if (ts->alias) {
            o->type = rhs;
        } else {
            auto* named = const_cast<Type*>(o->type);
            const Type* u = is_invalid(rhs) ? nullptr : under(rhs);
            if (!u) {
                // type T T, or type A B; type B A: the right side is still being declared.
                if (!is_invalid(rhs))
                    report_type_cycle(rhs);
                named->underlying = types.invalid();
            } else {
                named->underlying = u;
            }
            types_to_validate.push_back(named);
        }
        o->decl_state = 2;
        type_path.pop_back();
        // A type's size may depend on types declared after it, so the sizes are checked once
        // the outermost declaration is complete and every type it reached has its underlying.
        if (type_path.empty()) {
            std::vector<const Type*> pending;
            pending.swap(types_to_validate);
            for (const Type* t : pending) {
                std::vector<const Type*> path;
                finite_size(t, path);
            }
        }
    }

    // Reports the cycle of declarations that leads from the named type t, which is still
    // being declared, back to it. Go starts the report at the declaration that comes first
    // in the source.
    void report_type_cycle(const Type* t) {
        std::vector<Entity*> cycle;
        for (Entity* e : type_path)
            if (e->type == t || !cycle.empty())
                cycle.push_back(e);
        report_cycle(cycle);
    }

    void report_cycle(const std::vector<Entity*>& cycle) {
        if (cycle.empty())
            return;
        size_t first = 0;
        for (size_t i = 1; i < cycle.size(); i++)
            if (cycle[i]->pos.line < cycle[first]->pos.line ||
                (cycle[i]->pos.line == cycle[first]->pos.line &&
                 cycle[i]->pos.col < cycle[first]->pos.col))
                first = i;
        Entity* start = cycle[first];
        std::string msg = "invalid recursive type " + start->name;
        for (size_t k = 0; k < cycle.size(); k++) {
            Entity* e = cycle[(first + k) % cycle.size()];
            msg += "\n\t" + pos_text(e->pos) + ": " + e->name + " refers to";
        }
        msg += "\n\t" + pos_text(start->pos) + ": " + start->name;
        error(start->pos, msg);
    }

    // Returns whether a value of type t has a finite size: a struct or array may not contain
    // itself except through a pointer, slice, map, channel, function or interface. path holds
    // the named types entered on the way to t; on a cycle the type where it closes gets an
    // invalid underlying type, so that nothing later walks around it forever.
    bool finite_size(const Type* t, std::vector<const Type*>& path) {
        if (!t)
            return true;
        switch (t->kind) {
        case Kind::Named: {
            auto known = finite_sizes.find(t);
            if (known != finite_sizes.end())
                return known->second;
            if (!t->underlying || !t->declared)
                return true;
            auto in_path = std::find(path.begin(), path.end(), t);
            if (in_path != path.end()) {
                std::vector<Entity*> cycle;
                for (auto it = in_path; it != path.end(); ++it)
                    if (named_entity.count(*it))
                        cycle.push_back(named_entity[*it]);
                report_cycle(cycle);
                const_cast<Type*>(t)->underlying = types.invalid();
                finite_sizes[t] = false;
                return false;
            }
            path.push_back(t);
            bool ok = finite_size(t->underlying, path);
            path.pop_back();
            // A type on a cycle found deeper down already has its verdict.
            if (!finite_sizes.count(t))
                finite_sizes[t] = ok;
            return ok;
        }
        case Kind::Array:
            return finite_size(t->elem, path);
        case Kind::Struct:
            for (const Field& f : t->fields)
                if (!finite_size(f.type, path))
                    return false;
            return true;
        default:
            return true;
        }
    }

    // Builds a function type; declares parameters in scope s when given.
    const Type* signature(FuncTypeExpr* f, FuncDecl* decl) {
        Type* t = types.make(Kind::Func);
        if (!f->type_params.empty()) {
            unsupported(f->type_params[0].pos, "generic functions");
        }
        for (size_t i = 0; i < f->params.size(); i++) {
            FieldDecl& p = f->params[i];
            Expr* te = p.type;
            bool dots = te && te->kind == ExprKind::Ellipsis;
            const Type* pt;
            if (dots) {
                if (i + 1 != f->params.size() || p.names.size() > 1)
                    error(te->pos, "can only use ... with final parameter in list");
                pt = resolve_type(static_cast<EllipsisExpr*>(te)->elem);
                pt = is_invalid(pt) ? pt : types.slice_of(pt);
                t->variadic = true;
            } else {
                pt = resolve_type(te);
            }
            if (p.names.empty()) {
                t->params.push_back(pt);
                t->param_names.push_back("");
                if (decl)
                    decl->params.push_back(nullptr);
            }
            for (Ident* n : p.names) {
                t->params.push_back(pt);
                t->param_names.push_back(n->name);
                if (decl) {
                    Entity* o = new_local(n->name, n->pos, pt);
                    o->is_param = true;
                    o->used = true;
                    n->obj = o;
                    decl->params.push_back(o);
                }
            }
        }
        for (auto& r : f->results) {
            const Type* rt = resolve_type(r.type);
            if (r.names.empty()) {
                t->results.push_back(rt);
                t->result_names.push_back("");
            }
            for (Ident* n : r.names) {
                t->results.push_back(rt);
                t->result_names.push_back(n->name);
            }
        }
        return t;
    }

    // [SECTION] Package level

    void collect() {
        File& f = ast.file;

        // Imports live in the file block.
        for (GenDecl* d : f.imports) {
            for (ImportSpec& s : d->imports) {
                if (!s.path || s.path->bad)
                    continue;
                std::string path = unquote_string(s.path->text);
                const Package* pkg = uni.package(path);
                if (!pkg) {
                    // The loader (loader.h) refused the file before it got here.
                    import_failed = true;
                    continue;
                }
                std::string name = s.name ? s.name->name : pkg->name;
                if (name == ".") {
                    unsupported(s.name->pos, "dot imports");
                    continue;
                }
                Entity* o = new_object(ObjKind::PkgName, name, s.path->pos);
                o->package = pkg;
                s.obj = o;
                if (name == "_")
                    continue;
                imports.push_back(&s);
                declare(&file_scope, o);
            }
        }

        // Package-level objects, in source order.
        for (Node* n : f.decls) {
            if (auto* d = dynamic_cast<GenDecl*>(n)) {
                if (d->tok == Tok::Import)
                    continue;
                if (d->tok == Tok::Type) {
                    for (auto& ts : d->types)
                        declare_type(&pkg_scope, ts);
                    continue;
                }
                for (ValueSpec* vs : d->values) {
                    for (Ident* id : vs->names) {
                        Entity* o = new_object(d->tok == Tok::Const ? ObjKind::Const : ObjKind::Var,
                                               id->name, id->pos);
                        o->is_global = d->tok == Tok::Var;
                        id->obj = o;
                        vs->objs.push_back(id->name == "_" ? nullptr : o);
                        spec_of[o] = vs;
                        if (id->name == "_") {
                            if (o->is_global) {
                                vs->objs.back() = o; // evaluated for side effects
                                o->slot = int(result.globals.size());
                                result.globals.push_back(o);
                            }
                            continue;
                        }
                        if (declare(&pkg_scope, o) && o->is_global) {
                            o->slot = int(result.globals.size());
                            result.globals.push_back(o);
                        }
                    }
                }
            } else if (auto* fd = dynamic_cast<FuncDecl*>(n)) {
                Entity* o = new_object(ObjKind::Func, fd->name->name, fd->name->pos);
                fd->obj = o;
                func_of[o] = fd;
                if (!fd->recv && !fd->sig->type_params.empty()) {
                    declare_generic(fd, o);
                    continue;
                }
                if (fd->recv) {
                    // A method of a generic type (receiver T[P]) is compiled per instance.
                    Expr* rt = unparen(fd->recv->type);
                    if (rt && rt->kind == ExprKind::Star)
                        rt = unparen(static_cast<StarExpr*>(rt)->x);
                    if (rt && rt->kind == ExprKind::Index)
                        continue;
                    o->function = int(result.functions.size());
                    result.functions.push_back(fd);
                    continue;
                }
                if (fd->name->name == "init") {
                    if (!fd->sig->params.empty() || !fd->sig->results.empty())
                        error(fd->name->pos,
                              "func init must have no arguments and no return values");
                    o->function = int(result.functions.size());
                    result.functions.push_back(fd);
                    result.init_funcs.push_back(fd);
                    continue;
                }
                if (fd->name->name == "main" &&
                    (!fd->sig->params.empty() || !fd->sig->results.empty()))
                    error(fd->name->pos, "func main must have no arguments and no return values");
                if (fd->name->name == "_")
                    continue;
                if (declare(&pkg_scope, o)) {
                    o->function = int(result.functions.size());
                    result.functions.push_back(fd);
                    if (fd->name->name == "main")
                        result.main = fd;
                }
            }
        }
    }

    void check_signatures() {
        scope = &file_scope;
        for (auto& [o, ts] : type_spec_of)
            if (!ts->alias || o->decl_state == 0)
                resolve_type_decl(o);
        for (FuncDecl* fd : ast.file.funcs)
            if (fd->recv)
                collect_generic_method(fd);
        for (FuncDecl* fd : ast.file.funcs) {
            next_slot = 0;
            fn_locals.clear();
            if (generic_methods.count(fd))
                continue; // checked in each instance of its type
            if (generics.count(fd->obj)) {
                if (!fd->body)
                    error(fd->name->pos, "missing function body");
                fd->obj->decl_state = 2;
                continue; // its instances get their signatures
            }
            if (fd->recv && !method_receiver(fd))
                continue;
            fd->obj->type = signature(fd->sig, fd);
            fd->go_name = "main." + fd->name->name;
            if (fd->recv)
                add_method(fd);
            if (!fd->body)
                error(fd->name->pos, "missing function body");
            fd->obj->decl_state = 2;
        }
        scope = nullptr;
    }

    std::map<const FuncDecl*, std::pair<const Type*, bool>> recv_of; // base type, pointer

    // Checks a method's receiver: T or *T for a type T declared here.
    bool method_receiver(FuncDecl* fd) {
        Expr* rt = unparen(fd->recv->type);
        bool pointer = false;
        if (rt && rt->kind == ExprKind::Star) {
            pointer = true;
            rt = unparen(static_cast<StarExpr*>(rt)->x);
        }
        const Type* base = nullptr;
        if (rt && rt->kind == ExprKind::Ident) {
            expr_or_type(rt);
            if (rt->mode == Mode::Invalid)
                return false;
            if (rt->mode == Mode::TypeExpr)
                base = rt->type;
        }
        if (!base || base->kind != Kind::Named || !base->declared) {
            if (rt && rt->mode == Mode::TypeExpr && base && !is_invalid(base))
                // Go points at the receiver's name when it has one.
                error(fd->recv->names.empty() ? rt->pos : fd->recv->names[0]->pos,
                      "cannot define new methods on non-local type " + type_string(base));
            else if (rt)
                unsupported(fd->recv->type->pos, "this receiver type");
            return false;
        }
        const Type* u = under(base);
        if (u->kind == Kind::Pointer || u->kind == Kind::Interface) {
            error(rt->pos, "invalid receiver type " + expr_string(fd->recv->type) +
                               " (pointer or interface type)");
            return false;
        }
        recv_of[fd] = {base, pointer};
        return true;
    }

    // Returns where the struct type declared as base names its field name, if it does.
    Pos field_pos(const Type* base, const std::string& name) {
        auto it = named_entity.find(base);
        Entity* o = it != named_entity.end()
                        ? it->second
                        : (base->generic_name.empty() ? nullptr
                                                      : pkg_scope.lookup_local(base->generic_name));
        if (!o || !type_spec_of.count(o))
            return Pos{};
        Expr* st = unparen(type_spec_of[o]->type);
        if (st->kind != ExprKind::StructType)
            return Pos{};
        for (FieldDecl& f : static_cast<StructTypeExpr*>(st)->fields)
            for (Ident* n : f.names)
                if (n->name == name)
                    return n->pos;
        return Pos{};
    }

    void add_method(FuncDecl* fd) {
        auto [base, pointer] = recv_of[fd];
        auto* named = const_cast<Type*>(base);
        const std::string& name = fd->name->name;
        fd->go_name = "main." + (pointer ? "(*" + base->name + ")" : base->name) + "." + name;
        if (name == "_")
            return;
        // Go 1.19 names a generic type without its type arguments here.
        const std::string& type_name = base->generic_name.empty() ? base->name : base->generic_name;
        for (const Method& m : named->methods) {
            if (m.name == name) {
                std::string other;
                if (m.function >= 0 && size_t(m.function) < result.functions.size())
                    other = "\n\t" + pos_text(result.functions[size_t(m.function)]->name->pos) +
                            ": other declaration of " + name;
                error(fd->name->pos, type_name + "." + name + " redeclared in this block" + other);
                return;
            }
        }
        if (under(base)->kind == Kind::Struct)
            for (const Field& f : under(base)->fields)
                if (f.name == name) {
                    std::string other;
                    if (Pos at = field_pos(base, name); at.valid())
                        other = "\n\t" + pos_text(at) + ": other declaration of " + name;
                    error(fd->name->pos, "field and method with the same name " + name + other);
                    return;
                }
        Method m;
        m.name = name;
        m.sig = fd->obj->type;
        m.pointer_receiver = pointer;
        m.function = fd->obj->function;
        named->methods.push_back(m);
    }

    // Checks a package-level const or var spec (once; dependencies first).
    void check_package_spec(ValueSpec* vs, bool is_const) {
        for (Entity* o : vs->objs)
            if (o && o->decl_state != 0)
                return;
        for (Entity* o : vs->objs)
            if (o)
                o->decl_state = 1;
        Scope* saved_scope = scope;
        std::set<Entity*>* saved_deps = cur_deps;
        scope = &file_scope;
        cur_deps = &deps[vs];
        if (is_const)
            const_spec(vs);
        else
            var_spec(vs, true);
        scope = saved_scope;
        cur_deps = saved_deps;
        for (Entity* o : vs->objs)
            if (o)
                o->decl_state = 2;
    }

    void check_package_decls() {
        for (GenDecl* d : ast.file.gen_decls) {
            if (d->tok == Tok::Type)
                continue; // resolved with the signatures
            for (ValueSpec* vs : d->values)
                check_package_spec(vs, d->tok == Tok::Const);
        }
    }

    // Orders package-level variable initialisation as the spec says: the
    // earliest declared variable that depends on no uninitialised variable.
    // Returns the references of a package-level declaration in source order.
    std::vector<Entity*> refs_of(Entity* o) {
        const void* key =
            o->kind == ObjKind::Var ? (const void*)spec_of[o] : (const void*)func_of[o];
        std::vector<Entity*> r(deps[key].begin(), deps[key].end());
        std::sort(r.begin(), r.end(), [](Entity* a, Entity* b) { return a->pos < b->pos; });
        return r;
    }

    // Finds a path of references from o back to target (depth first).
    bool cycle_path(Entity* o, Entity* target, std::vector<Entity*>& path,
                    std::set<Entity*>& seen) {
        path.push_back(o);
        for (Entity* d : refs_of(o)) {
            if (d == target)
                return true;
            bool decl = (d->kind == ObjKind::Var && d->is_global && spec_of.count(d)) ||
                        (d->kind == ObjKind::Func && func_of.count(d));
            if (decl && seen.insert(d).second && cycle_path(d, target, path, seen))
                return true;
        }
        path.pop_back();
        return false;
    }

    // Reports the first package variable that depends on itself, as go does:
    // "initialization loop for x" and the chain of references.
    bool report_init_cycle() {
        for (GenDecl* d : ast.file.gen_decls) {
            if (d->tok != Tok::Var)
                continue;
            for (ValueSpec* vs : d->values)
                for (Entity* v : vs->objs) {
                    if (!v || v->name == "_")
                        continue;
                    std::vector<Entity*> path;
                    std::set<Entity*> seen;
                    if (!cycle_path(v, v, path, seen))
                        continue;
                    std::string msg = "initialization loop for " + v->name;
                    for (Entity* e : path)
                        msg += "\n\t" + pos_text(e->pos) + ": " + e->name + " refers to";
                    msg += "\n\t" + pos_text(v->pos) + ": " + v->name;
                    error(v->pos, msg);
                    return true;
                }
        }
        return false;
    }

    void init_order() {
        if (report_init_cycle())
            return;

        // Transitive dependencies through functions.
        std::map<const void*, std::set<Entity*>> vars_of;
        for (GenDecl* d : ast.file.gen_decls) {
            if (d->tok != Tok::Var)
                continue;
            for (ValueSpec* vs : d->values) {
                std::set<Entity*>& out = vars_of[vs];
                std::set<const void*> seen;
                std::vector<const void*> work = {vs};
                while (!work.empty()) {
                    const void* k = work.back();
                    work.pop_back();
                    if (!seen.insert(k).second)
                        continue;
                    for (Entity* o : deps[k]) {
                        if (o->kind == ObjKind::Var && o->is_global) {
                            out.insert(o);
                        } else if (o->kind == ObjKind::Func && func_of.count(o)) {
                            work.push_back(func_of[o]);
                        }
                    }
                }
            }
        }
        std::vector<ValueSpec*> pending;
        for (GenDecl* d : ast.file.gen_decls)
            if (d->tok == Tok::Var)
                for (ValueSpec* vs : d->values)
                    pending.push_back(vs);
        std::set<Entity*> done;
        while (!pending.empty()) {
            size_t pick = pending.size();
            for (size_t i = 0; i < pending.size() && pick == pending.size(); i++) {
                bool ready = true;
                for (Entity* o : vars_of[pending[i]]) {
                    bool own = std::find(pending[i]->objs.begin(), pending[i]->objs.end(), o) !=
                               pending[i]->objs.end();
                    if (!own && !done.count(o))
                        ready = false;
                }
                if (ready)
                    pick = i;
            }
            if (pick == pending.size())
                return; // a cycle, reported above

            ValueSpec* vs = pending[pick];
            pending.erase(pending.begin() + long(pick));
            for (Entity* o : vs->objs)
                if (o)
                    done.insert(o);
            if (!vs->values.empty())
                result.init_order.push_back(vs);
        }
    }

    void check_bodies() {
        for (FuncDecl* fd : ast.file.funcs) {
            if (!fd->body || !fd->obj->type || generics.count(fd->obj) || generic_methods.count(fd))
                continue;
            cur_deps = &deps[fd];
            func_body(fd, &file_scope);
            cur_deps = nullptr;
        }
        check_instances();
        probe_generics();
    }

    // Checks the body of a function or function literal; a literal's scope
    // sits inside the enclosing function's, whose checking state is saved.
    void func_body(FuncDecl* fd, Scope* outer) {
        FuncDecl* saved_fn = fn;
        const Type* saved_sig = fn_sig;
        std::vector<Entity*> saved_locals = std::move(fn_locals);
        int saved_slot = next_slot, saved_loop = loop_depth, saved_break = break_depth;
        Scope* saved_scope = scope;
        auto saved_breakables = std::move(breakables);
        auto saved_labels = std::move(labels);
        auto saved_gotos = std::move(gotos);
        std::string saved_pending = std::move(pending_label);
        Stmt* saved_ok = fallthrough_ok;
        Stmt* saved_final = fallthrough_final;
        breakables.clear();
        labels.clear();
        pending_label.clear();
        fallthrough_ok = fallthrough_final = nullptr;
        fn_stack.push_back(fd);

        fn = fd;
        fn_sig = fd->obj->type;
        fn_locals.clear();
        next_slot = 0;
        loop_depth = break_depth = 0;
        scope = outer;
        Scope* fs = open_scope();
        fs->is_function = true;
        // Parameters were made when the signature was checked; declare them
        // again here with fresh slots in order (a method's receiver first).
        fd->params.clear();
        fd->named_results.clear();
        if (fd->recv) {
            auto [base, pointer] = recv_of[fd];
            const Type* rt = pointer ? types.pointer_to(base) : base;
            if (!fd->recv->names.empty() && fd->recv->names[0]->name != "_") {
                Ident* n = fd->recv->names[0];
                Entity* o = new_local(n->name, n->pos, rt);
                o->is_param = true;
                o->used = true;
                n->obj = o;
                fd->recv_obj = o;
                declare(fs, o);
            } else {
                next_slot++;
            }
        }
        size_t pi = 0;
        for (auto& p : fd->sig->params) {
            for (Ident* n : p.names) {
                const Type* pt = pi < fn_sig->params.size() ? fn_sig->params[pi] : types.invalid();
                pi++;
                Entity* o = new_local(n->name, n->pos, pt);
                o->is_param = true;
                o->used = true;
                n->obj = o;
                fd->params.push_back(o);
                declare(fs, o);
            }
            if (p.names.empty()) {
                pi++;
                next_slot++;
                fd->params.push_back(nullptr);
            }
        }
        size_t ri = 0;
        for (auto& r : fd->sig->results) {
            for (Ident* n : r.names) {
                Entity* o = new_local(n->name, n->pos, fn_sig->results[ri++]);
                o->used = true;
                n->obj = o;
                fd->named_results.push_back(o);
                declare(fs, o);
            }
            if (r.names.empty())
                ri++;
        }
        gotos.clear();
        collect_labels(fd->body->list, fd->body->pos);
        stmt_list(fd->body->list);
        check_gotos();
        unused_labels();
        if (!fn_sig->results.empty() && !terminating_list(fd->body->list))

            error(fd->body->rbrace, "missing return");
        close_scope();
        fd->num_locals = next_slot;

        // Unused variables, in source order (go/types reports them per function).
        std::vector<Entity*> unused;
        // A variable whose type or initial value was already an error is not
        // reported again (go/types marks it used).
        for (Entity* o : fn_locals)
            if (!o->used && !o->is_param && o->name != "_" && !is_invalid(o->type))
                unused.push_back(o);

        // go/types reports them block by block, outer blocks first, each in source order;
        // that order decides which ten errors go build shows.
        auto block = [&](Entity* o) {
            auto it = block_of.find(o);
            return it == block_of.end() ? 0 : it->second;
        };
        std::sort(unused.begin(), unused.end(), [&](Entity* a, Entity* b) {
            return std::pair(block(a), a->pos) < std::pair(block(b), b->pos);
        });
        for (Entity* o : unused)
            error(o->pos, o->name + " declared but not used");

        fn_stack.pop_back();
        fn = saved_fn;
        fn_sig = saved_sig;
        fn_locals = std::move(saved_locals);
        next_slot = saved_slot;
        loop_depth = saved_loop;
        break_depth = saved_break;
        scope = saved_scope;
        breakables = std::move(saved_breakables);
        labels = std::move(saved_labels);
        gotos = std::move(saved_gotos);
        pending_label = std::move(saved_pending);
        fallthrough_ok = saved_ok;
        fallthrough_final = saved_final;
    }

    void unused_imports() {
        for (ImportSpec* s : imports) {
            if (s->obj->used)
                continue;
            std::string path = unquote_string(s->path->text);
            if (s->name && s->name->name != s->obj->package->name)
                error(s->name->pos, "imported and not used: \"" + path + "\" as " + s->name->name);

            else
                error(s->path->pos, "imported and not used: \"" + path + "\"");
        }
    }

    // [SECTION] Generics
    //
    // A generic function is instantiated at check time, once per distinct list of type
    // arguments: the file is parsed again, and that copy of the declaration is checked as an
    // ordinary function with each type parameter's name bound to its type argument. Codegen
    // compiles instances like any other function. The generic body itself is checked only
    // through its instances.

    struct TypeParam {
        std::string name;
        Pos pos;
        Expr* constraint = nullptr;
    };
    struct Instance {
        std::vector<const Type*> args;
        Entity* obj = nullptr;
    };
    struct GenericFunc {
        size_t index = 0; // in ast.file.funcs, the same in every parse of the file
        FuncDecl* decl = nullptr;
        std::vector<TypeParam> params;
        std::vector<Instance> instances;
        const Type* signature = nullptr; // with the type parameters as types, for messages
    };
    std::map<Entity*, GenericFunc> generics;
    std::vector<std::unique_ptr<Ast>> instance_asts; // the copies instances were checked in
    std::vector<std::pair<FuncDecl*, Scope*>> pending_instances; // bodies still to check
    std::map<IndexExpr*, std::vector<const Type*>> explicit_type_args;
    const Type* generic_marker = nullptr; // the type of a generic function's bare name
    // While a signature is written with type parameters as types (for a message), generic
    // types in it are only named, not instantiated.
    bool in_generic_signature = false;
    // NOTE: a program whose instances ask for ever new ones (T, then []T, ...) stops here.
    static constexpr size_t kMaxInstances = 200;
    size_t instance_count = 0;

    const Type* generic_type() {
        if (!generic_marker)
            generic_marker = types.make(Kind::Func);
        return generic_marker;
    }

    // Returns the generic function e names (F or F[...]), or null.
    Entity* generic_entity(Expr* e) {
        e = unparen(e);
        if (e->kind == ExprKind::Index)
            e = unparen(static_cast<IndexExpr*>(e)->x);
        if (e->kind != ExprKind::Ident)
            return nullptr;
        Entity* o = static_cast<Ident*>(e)->obj;
        return o && generics.count(o) ? o : nullptr;
    }

    void declare_generic(FuncDecl* fd, Entity* o) {
        GenericFunc g;
        g.index = size_t(std::find(ast.file.funcs.begin(), ast.file.funcs.end(), fd) -
                         ast.file.funcs.begin());
        g.decl = fd;
        for (const FieldDecl& f : fd->sig->type_params)
            for (Ident* n : f.names)
                g.params.push_back(TypeParam{n->name, n->pos, f.type});
        generics[o] = std::move(g);
        o->type = generic_type();
        if (fd->name->name != "_")
            declare(&pkg_scope, o);
    }

    // Returns the instance of generic function g for args, making it on first use.
    Entity* instantiate(Entity* g, const std::vector<const Type*>& args) {
        GenericFunc& gf = generics[g];
        for (Instance& in : gf.instances) {
            bool same = true;
            for (size_t i = 0; i < args.size(); i++)
                same = same && identical(in.args[i], args[i]);
            if (same)
                return in.obj;
        }
        if (++instance_count > kMaxInstances) {
            unsupported(gf.decl->name->pos, "more than " + std::to_string(kMaxInstances) +
                                                " instances of generic functions");
            return nullptr;
        }
        auto copy = std::make_unique<Ast>();
        parse_file(ast.source, *copy, [](Pos, const std::string&) {});
        FuncDecl* fd = copy->file.funcs[gf.index];
        instance_asts.push_back(std::move(copy));

        Scope* s = type_param_scope(gf.params, args);
        fd->sig->type_params.clear();
        Entity* o = new_object(ObjKind::Func, g->name, g->pos);
        fd->obj = o;
        fd->go_name = "main." + g->name + "[...]"; // as Go's tracebacks name instances
        o->function = int(result.functions.size());
        result.functions.push_back(fd);
        gf.instances.push_back(Instance{args, o}); // a recursive call finds it from here
        Scope* saved = scope;
        scope = s;
        o->type = signature(fd->sig, nullptr);
        scope = saved;
        o->decl_state = 2;
        pending_instances.push_back({fd, s});
        return o;
    }

    // Returns g's signature written with its type parameters ("func([]T, T) int").
    const Type* generic_signature(GenericFunc& gf) {
        if (gf.signature)
            return gf.signature;
        scopes.push_back(std::make_unique<Scope>());
        Scope* s = scopes.back().get();
        s->parent = &file_scope;
        for (const TypeParam& p : gf.params) {
            Type* t = types.make(Kind::Named);
            t->name = p.name;
            t->underlying = types.empty_interface();
            Entity* tn = new_object(ObjKind::TypeName, p.name, p.pos);
            tn->type = t;
            tn->decl_state = 2;
            s->names[p.name] = tn;
        }
        // NOTE: signature() refuses type parameters; they are in scope s instead.
        std::vector<FieldDecl> saved_params = std::move(gf.decl->sig->type_params);
        gf.decl->sig->type_params.clear();
        Scope* saved = scope;
        scope = s;
        in_generic_signature = true;
        gf.signature = signature(gf.decl->sig, nullptr);
        in_generic_signature = false;
        scope = saved;
        gf.decl->sig->type_params = std::move(saved_params);
        return gf.signature;
    }

    // Generic types are instantiated the same way: Stack[int] is a named type of its own,
    // its underlying type resolved in a fresh copy of the declaration, and every method
    // declared on Stack[T] is instantiated with it.
    struct GenericType {
        size_t index = 0; // among the file's type specs, in source order
        std::vector<TypeParam> params;
        std::string params_text;     // "T any", for messages
        std::vector<size_t> methods; // indexes in ast.file.funcs
        std::vector<std::pair<std::vector<const Type*>, const Type*>> instances;
    };
    std::map<Entity*, GenericType> generic_types;
    std::map<const Type*, Entity*> generic_type_of; // placeholder type -> generic type
    std::set<const Type*> constraint_interfaces;    // interfaces with type terms
    // Recursive type declarations: the declared named types and their names, the
    // declarations being resolved (outermost first), the named types whose size is still to
    // be checked, and the verdicts of finite_size.
    std::map<const Type*, Entity*> named_entity;
    std::vector<Entity*> type_path;
    std::vector<const Type*> types_to_validate;
    std::map<const Type*, bool> finite_sizes;
    std::set<const FuncDecl*> generic_methods;

    Scope* scope_or_file() { return scope ? scope : &file_scope; }

    // Returns the type specs of f in source order.
    static std::vector<TypeSpec*> type_specs(File& f) {
        std::vector<TypeSpec*> out;
        for (GenDecl* d : f.gen_decls)
            if (d->tok == Tok::Type)
                for (TypeSpec& ts : d->types)
                    out.push_back(&ts);
        return out;
    }

    void declare_generic_type(TypeSpec& ts, Entity* o) {
        GenericType g;
        std::vector<TypeSpec*> specs = type_specs(ast.file);
        g.index = size_t(std::find(specs.begin(), specs.end(), &ts) - specs.begin());
        for (const FieldDecl& f : ts.type_params) {
            for (Ident* n : f.names)
                g.params.push_back(TypeParam{n->name, n->pos, f.type});
            std::string names;
            for (Ident* n : f.names)
                names += (names.empty() ? "" : ", ") + n->name;
            g.params_text +=
                (g.params_text.empty() ? "" : ", ") + names + " " + expr_string(f.type);
        }
        Type* placeholder = types.make(Kind::Named);
        placeholder->name = ts.name->name;
        placeholder->underlying = types.empty_interface();
        o->type = placeholder;
        o->decl_state = 2;
        generic_type_of[placeholder] = o;
        generic_types[o] = std::move(g);
    }

    // Records a method whose receiver is T[P...] or *T[P...] for a generic type T.
    void collect_generic_method(FuncDecl* fd) {
        Expr* rt = unparen(fd->recv->type);
        if (rt && rt->kind == ExprKind::Star)
            rt = unparen(static_cast<StarExpr*>(rt)->x);
        if (!rt || rt->kind != ExprKind::Index)
            return;
        Expr* base = unparen(static_cast<IndexExpr*>(rt)->x);
        if (base->kind != ExprKind::Ident)
            return;
        Entity* g = pkg_scope.lookup_local(static_cast<Ident*>(base)->name);
        if (!g || !generic_types.count(g))
            return;
        generic_methods.insert(fd);
        generic_types[g].methods.push_back(size_t(
            std::find(ast.file.funcs.begin(), ast.file.funcs.end(), fd) - ast.file.funcs.begin()));
    }

    const Type* instantiate_type(Entity* g, IndexExpr* ix) {
        GenericType& gt = generic_types[g];
        std::vector<const Type*> args;
        for (Expr* i : ix->indices) {
            const Type* t = resolve_type(i);
            if (is_invalid(t))
                return t;
            args.push_back(t);
        }
        if (args.size() != gt.params.size()) {
            error(ix->pos, "got " + std::to_string(args.size()) + " arguments but " +
                               std::to_string(gt.params.size()) + " type parameters");
            return types.invalid();
        }
        if (in_generic_signature) {
            Type* named = types.make(Kind::Named);
            named->name = expr_string(ix);
            named->underlying = types.empty_interface();
            return named;
        }
        std::vector<Pos> at;
        for (Expr* i : ix->indices)
            at.push_back(i->pos);
        if (!satisfy_all(gt.params, args, at))
            return types.invalid();
        for (auto& [have, t] : gt.instances) {
            bool same = true;
            for (size_t i = 0; i < args.size(); i++)
                same = same && identical(have[i], args[i]);
            if (same)
                return t;
        }
        if (++instance_count > kMaxInstances) {
            unsupported(ix->pos, "more than " + std::to_string(kMaxInstances) +
                                     " instances of generic types and functions");
            return types.invalid();
        }

        // The instance exists before its underlying type, which may refer to it.
        Type* t = types.make(Kind::Named);
        t->name = g->name + "[";
        for (size_t i = 0; i < args.size(); i++)
            t->name += (i ? "," : "") + type_string(args[i]);
        t->name += "]";
        t->generic_name = g->name;
        t->type_args = args;
        t->declared = true;
        t->underlying = types.invalid();
        gt.instances.push_back({args, t});
        auto copy = std::make_unique<Ast>();
        parse_file(ast.source, *copy, [](Pos, const std::string&) {});
        Ast& a = *copy;
        instance_asts.push_back(std::move(copy));
        Scope* s = type_param_scope(gt.params, args);
        Scope* saved = scope;
        scope = s;
        TypeSpec* ts = type_specs(a.file)[gt.index];
        const Type* rhs = resolve_type(ts->type);
        t->underlying = is_invalid(rhs) ? rhs : under(rhs);
        scope = saved;

        // Its methods, with the receiver's own names for the type parameters.
        for (size_t mi : gt.methods) {
            FuncDecl* fd = a.file.funcs[mi];
            Expr* rt = unparen(fd->recv->type);
            bool pointer = rt->kind == ExprKind::Star;
            auto* rix =
                static_cast<IndexExpr*>(pointer ? unparen(static_cast<StarExpr*>(rt)->x) : rt);
            std::vector<TypeParam> names;
            for (Expr* e : rix->indices)
                names.push_back(
                    TypeParam{e->kind == ExprKind::Ident ? static_cast<Ident*>(e)->name : "_",
                              e->pos, nullptr});
            if (names.size() != args.size())
                continue; // the original declaration reports it
            Scope* ms = type_param_scope(names, args);
            Entity* o = new_object(ObjKind::Func, fd->name->name, fd->name->pos);
            fd->obj = o;
            o->function = int(result.functions.size());
            result.functions.push_back(fd);
            recv_of[fd] = {t, pointer};
            scope = ms;
            o->type = signature(fd->sig, nullptr);
            scope = saved;
            o->decl_state = 2;
            add_method(fd);
            fd->go_name = "main." + (pointer ? "(*" + g->name + "[...])" : g->name + "[...]") +
                          "." + fd->name->name;
            pending_instances.push_back({fd, ms});
        }
        return t;
    }

    // A scope, inside the file's, where each type parameter's name denotes its argument.
    Scope* type_param_scope(const std::vector<TypeParam>& params,
                            const std::vector<const Type*>& args) {
        scopes.push_back(std::make_unique<Scope>());
        Scope* s = scopes.back().get();
        s->parent = &file_scope;
        for (size_t i = 0; i < params.size(); i++) {
            if (params[i].name == "_")
                continue;
            Entity* tn = new_object(ObjKind::TypeName, params[i].name, params[i].pos);
            tn->type = args[i];
            tn->decl_state = 2;
            s->names[tn->name] = tn;
        }
        return s;
    }

    void check_instances() {
        while (!pending_instances.empty()) {
            auto [fd, s] = pending_instances.front();
            pending_instances.erase(pending_instances.begin());
            cur_deps = &deps[fd];
            body_key = fd->name->pos;
            auto* saved = instance_errors;
            instance_errors = probing ? nullptr : &held_errors[body_key];
            func_body(fd, s);
            instance_errors = saved;
            cur_deps = nullptr;
        }
    }

    // Checks each type argument against its constraint, in a scope where the type parameters
    // denote the arguments (a constraint may name the others: S ~[]E).
    bool satisfy_all(const std::vector<TypeParam>& params, const std::vector<const Type*>& args,
                     const std::vector<Pos>& where) {
        Scope* saved = scope;
        scope = type_param_scope(params, args);
        bool ok = true;
        for (size_t i = 0; i < args.size() && i < params.size() && ok; i++)
            ok = satisfies(args[i], params[i].constraint, where[i]);
        scope = saved;
        return ok;
    }

    // Returns the one term of constraint c that may hold type parameters ([]E in ~[]E or in
    // interface{ ~[]E }), or null; tilde says whether it was written with ~.
    Expr* core_term(Expr* c, bool& tilde) {
        c = unparen(c);
        if (c->kind == ExprKind::Ident) {
            Entity* o = file_scope.lookup(static_cast<Ident*>(c)->name);
            if (!o || !type_spec_of.count(o) || type_spec_of[o]->alias)
                return nullptr;
            c = unparen(type_spec_of[o]->type);
        }
        if (c->kind == ExprKind::InterfaceType) {
            auto* it = static_cast<InterfaceTypeExpr*>(c);
            if (it->elems.size() != 1 || !it->elems[0].names.empty())
                return nullptr;
            c = unparen(it->elems[0].type);
        }
        tilde = c->kind == ExprKind::Unary && static_cast<UnaryExpr*>(c)->op == Tok::Tilde;
        if (tilde)
            c = unparen(static_cast<UnaryExpr*>(c)->x);
        switch (c->kind) {
        case ExprKind::ArrayType:
        case ExprKind::MapType:
        case ExprKind::Star:
        case ExprKind::ChanType:
        case ExprKind::FuncType:
            return c;
        default:
            return nullptr;
        }
    }

    // Go's constraint type inference, forward only: a known argument for S with constraint
    // ~[]E gives E from its underlying type. A mismatch is left to the constraint check.
    void infer_from_core_types(const GenericFunc& gf, std::vector<const Type*>& targs) {
        for (bool progress = true; progress;) {
            progress = false;
            for (size_t k = 0; k < targs.size(); k++) {
                bool tilde = false;
                Expr* term = targs[k] ? core_term(gf.params[k].constraint, tilde) : nullptr;
                if (!term)
                    continue;
                std::vector<const Type*> found = targs;
                silenced++;
                bool ok = unify(gf, term, tilde ? under(targs[k]) : targs[k], found);
                silenced--;
                if (!ok)
                    continue;
                for (size_t i = 0; i < found.size(); i++)
                    if (!targs[i] && found[i]) {
                        targs[i] = found[i];
                        progress = true;
                    }
            }
        }
    }

    static inline const std::string kMissingTilde = "\x01"; // marks why = a type lacking ~

    // Reports, in Go's words, when t does not satisfy constraint c.
    bool satisfies(const Type* t, Expr* c, Pos where) {
        // NOTE: a probe does not compare type sets; a type parameter satisfies anything.
        if (probing && is_type_param(t))
            return true;
        std::string why;
        if (constraint_holds(t, c, why))
            return true;
        if (why == "-")
            return false;
        // Go writes a constraint given inline without spaces: ~int|~float64.
        std::string name = expr_string(unparen(c));
        if (unparen(c)->kind != ExprKind::Ident && unparen(c)->kind != ExprKind::Selector)
            for (size_t at; (at = name.find(" | ")) != std::string::npos;)
                name.replace(at, 3, "|");
        if (why.rfind(kMissingTilde, 0) == 0)
            why = "possibly missing ~ for " + why.substr(kMissingTilde.size()) + " in constraint " +
                  name;
        error(where, type_string(t) + " does not implement " + name +
                         (why.empty() ? "" : " (" + why + ")"));
        return false;
    }

    // Whether t satisfies constraint c: a named or literal interface (methods, type terms,
    // embedded constraints), comparable, or a union of terms written inline. why gets the
    // detail Go adds in parentheses, or "-" when an error was reported already.
    bool constraint_holds(const Type* t, Expr* c, std::string& why) {
        c = unparen(c);
        if (c->kind == ExprKind::Ident) {
            Entity* o = file_scope.lookup(static_cast<Ident*>(c)->name);
            if (o && o->kind == ObjKind::TypeName && o->type && o->type->name == "comparable" &&
                !o->pos.valid())
                // Go 1.19: interfaces are comparable with == but do not satisfy comparable.
                return is_comparable(t) && !is_interface(t);
            if (o && type_spec_of.count(o) && !type_spec_of[o]->alias &&
                type_spec_of[o]->type->kind == ExprKind::InterfaceType)
                return interface_holds(t, static_cast<InterfaceTypeExpr*>(type_spec_of[o]->type),
                                       why);
        }
        if (c->kind == ExprKind::InterfaceType)
            return interface_holds(t, static_cast<InterfaceTypeExpr*>(c), why);
        if (c->kind == ExprKind::Ident || c->kind == ExprKind::Selector) {
            const Type* ct = resolve_type(c);
            if (is_invalid(ct)) {
                why = "-";
                return false;
            }
            if (is_interface(ct)) {
                why = missing_method(t, ct);
                return why.empty();
            }
        }
        return terms_hold(t, c, why);
    }

    bool has_method(const Type* t, const std::string& name) {
        Selection sel = lookup(t, name);
        if (sel.kind != Selection::MethodSel)
            return false;
        // A pointer-receiver method is not in the method set of the value type.
        return !sel.method->pointer_receiver || t->kind == Kind::Pointer || sel.indirect;
    }

    bool interface_holds(const Type* t, InterfaceTypeExpr* it, std::string& why) {
        // Methods first, then type terms and embedded constraints, in Go's order.
        for (FieldDecl& m : it->elems) {
            if (!m.names.empty()) {
                // Go 1.19's words for a type argument: "missing M method".
                const std::string& name = m.names[0]->name;
                Selection sel = lookup(t, name);
                if (sel.kind != Selection::MethodSel) {
                    why = "missing " + name + " method";
                    return false;
                }
                if (!has_method(t, name)) {
                    why = name + " method has pointer receiver";
                    return false;
                }
            }
        }
        for (FieldDecl& m : it->elems)
            if (m.names.empty() && !constraint_holds(t, m.type, why))
                return false;
        return true;
    }

    // t against a union of terms (T, ~T, A | ~B | ...).
    bool terms_hold(const Type* t, Expr* e, std::string& why) {
        std::vector<Expr*> terms;
        std::vector<Expr*> work = {e};
        while (!work.empty()) {
            Expr* x = unparen(work.back());
            work.pop_back();
            if (x->kind == ExprKind::Binary && static_cast<BinaryExpr*>(x)->op == Tok::Or) {
                work.push_back(static_cast<BinaryExpr*>(x)->y);
                work.push_back(static_cast<BinaryExpr*>(x)->x);
            } else {
                terms.push_back(x);
            }
        }
        const Type* alt = nullptr; // a term t would be in with a ~
        for (Expr* term : terms) {
            bool tilde =
                term->kind == ExprKind::Unary && static_cast<UnaryExpr*>(term)->op == Tok::Tilde;
            // NOTE: type_expr, as a term may itself be a constraint (Number | ~string).
            const Type* tt = type_expr(tilde ? static_cast<UnaryExpr*>(term)->x : term);
            if (is_invalid(tt)) {
                why = "-";
                return false;
            }
            std::string inner;
            if (!tilde && is_interface(tt) ? constraint_holds(t, term, inner)
                : tilde                    ? identical(under(t), under(tt))
                                           : identical(t, tt))
                return true;
            if (!alt && !tilde && !is_interface(tt) && identical(tt, under(tt)) &&
                identical(under(t), tt))
                alt = tt;
        }
        if (alt) {
            why = kMissingTilde + type_string(alt); // satisfies adds the constraint's name
            return false;
        }
        why = type_string(t) + " missing in " + term_text(e);
        return false;
    }

    // Returns a union as Go prints its type set: named constraints in it spelled out.
    std::string term_text(Expr* e) {
        // NOTE: a worklist, not recursion over the union's left-deep tree of | operators.
        std::string out;
        std::vector<Expr*> work = {e};
        while (!work.empty()) {
            Expr* x = unparen(work.back());
            work.pop_back();
            if (x->kind == ExprKind::Binary && static_cast<BinaryExpr*>(x)->op == Tok::Or) {
                work.push_back(static_cast<BinaryExpr*>(x)->y);
                work.push_back(static_cast<BinaryExpr*>(x)->x);
                continue;
            }
            out += out.empty() ? "" : " | ";
            InterfaceTypeExpr* it = nullptr;
            if (x->kind == ExprKind::Ident) {
                Entity* o = file_scope.lookup(static_cast<Ident*>(x)->name);
                TypeSpec* ts = o && type_spec_of.count(o) ? type_spec_of[o] : nullptr;
                if (ts && ts->type->kind == ExprKind::InterfaceType)
                    it = static_cast<InterfaceTypeExpr*>(ts->type);
            }
            if (it && it->elems.size() == 1 && it->elems[0].names.empty())
                out += term_text(it->elems[0].type);
            else
                out += expr_string(x);
        }
        return out;
    }

    int type_param_index(const GenericFunc& gf, Expr* e) {
        e = unparen(e);
        if (e->kind != ExprKind::Ident)
            return -1;
        for (size_t i = 0; i < gf.params.size(); i++)
            if (gf.params[i].name == static_cast<Ident*>(e)->name)
                return int(i);
        return -1;
    }

    // Returns whether type expression e mentions a type parameter of gf.
    bool parameterized(const GenericFunc& gf, Expr* e) {
        std::vector<Expr*> work = {e};
        while (!work.empty()) {
            Expr* x = unparen(work.back());
            work.pop_back();
            if (!x)
                continue;
            switch (x->kind) {
            case ExprKind::Ident:
                if (type_param_index(gf, x) >= 0)
                    return true;
                break;
            case ExprKind::ArrayType:
                work.push_back(static_cast<ArrayTypeExpr*>(x)->elem);
                break;
            case ExprKind::Star:
                work.push_back(static_cast<StarExpr*>(x)->x);
                break;
            case ExprKind::MapType:
                work.push_back(static_cast<MapTypeExpr*>(x)->key);
                work.push_back(static_cast<MapTypeExpr*>(x)->value);
                break;
            case ExprKind::ChanType:
                work.push_back(static_cast<ChanTypeExpr*>(x)->elem);
                break;
            case ExprKind::Ellipsis:
                work.push_back(static_cast<EllipsisExpr*>(x)->elem);
                break;
            case ExprKind::Index:
                for (Expr* i : static_cast<IndexExpr*>(x)->indices)
                    work.push_back(i);
                break;
            case ExprKind::FuncType:
                for (FieldDecl& f : static_cast<FuncTypeExpr*>(x)->params)
                    work.push_back(f.type);
                for (FieldDecl& f : static_cast<FuncTypeExpr*>(x)->results)
                    work.push_back(f.type);
                break;
            default:
                break;
            }
        }
        return false;
    }

    static bool has_name(const Type* t) {
        return t->kind <= Kind::UntypedNil || t->kind == Kind::Named;
    }

    // Infers type arguments from parameter type expression pt matched with argument type at
    // (Go's unification, on the shapes we support), recording them in targs as it goes.
    // Returns false where the shapes cannot match; the caller reports it.
    bool unify(const GenericFunc& gf, Expr* pt, const Type* at, std::vector<const Type*>& targs) {
        pt = unparen(pt);
        if (int k = type_param_index(gf, pt); k >= 0) {
            if (!targs[size_t(k)]) {
                targs[size_t(k)] = at;
                return true;
            }
            return identical(targs[size_t(k)], at);
        }
        const Type* u = under(at);
        if (!u)
            return true;
        auto fields = [](std::vector<FieldDecl>& list) {
            std::vector<Expr*> out;
            for (FieldDecl& f : list)
                for (size_t i = 0; i < std::max<size_t>(1, f.names.size()); i++)
                    out.push_back(f.type);
            return out;
        };
        switch (pt->kind) {
        case ExprKind::ArrayType: {
            auto* a = static_cast<ArrayTypeExpr*>(pt);
            if (u->kind != (a->len ? Kind::Array : Kind::Slice))
                return false;
            return unify(gf, a->elem, u->elem, targs);
        }
        case ExprKind::Star:
            return u->kind == Kind::Pointer &&
                   unify(gf, static_cast<StarExpr*>(pt)->x, u->elem, targs);
        case ExprKind::MapType:
            return u->kind == Kind::Map &&
                   unify(gf, static_cast<MapTypeExpr*>(pt)->key, u->key, targs) &&
                   unify(gf, static_cast<MapTypeExpr*>(pt)->value, u->elem, targs);
        case ExprKind::ChanType:
            // NOTE: Go 1.19 unifies channel types whatever their directions.
            return u->kind == Kind::Chan &&
                   unify(gf, static_cast<ChanTypeExpr*>(pt)->elem, u->elem, targs);
        case ExprKind::Index: {
            // G[P...] against an instance of generic type G: its arguments.
            auto* ix = static_cast<IndexExpr*>(pt);
            Expr* base = unparen(ix->x);
            Entity* g = base->kind == ExprKind::Ident
                            ? file_scope.lookup(static_cast<Ident*>(base)->name)
                            : nullptr;
            if (!g || !generic_types.count(g))
                return true;
            for (auto& [args, t] : generic_types[g].instances)
                if (t == at) {
                    for (size_t i = 0; i < args.size() && i < ix->indices.size(); i++)
                        if (!unify(gf, ix->indices[i], args[i], targs))
                            return false;
                    return true;
                }
            return at->generic_name.empty(); // another generic type's instance cannot match
        }
        case ExprKind::FuncType: {
            auto* f = static_cast<FuncTypeExpr*>(pt);
            std::vector<Expr*> ps = fields(f->params), rs = fields(f->results);
            if (u->kind != Kind::Func || ps.size() != u->params.size() ||
                rs.size() != u->results.size())
                return false;
            for (size_t i = 0; i < ps.size(); i++)
                if (!unify(gf, ps[i], u->params[i], targs))
                    return false;
            for (size_t i = 0; i < rs.size(); i++)
                if (!unify(gf, rs[i], u->results[i], targs))
                    return false;
            return true;
        }
        case ExprKind::Ident:
        case ExprKind::Selector: {
            // A type without parameters inside a parameterized one: it must be the same type
            // (a named type and a type literal match through the named type's underlying type).
            Scope* saved = scope;
            scope = &file_scope;
            silenced++;
            const Type* t = resolve_type(pt);
            silenced--;
            scope = saved;
            if (is_invalid(t))
                return true;
            return identical(t, at) || (!has_name(at) && identical(under(t), at)) ||
                   (!has_name(t) && identical(t, u));
        }
        default:
            return true;
        }
    }

    // Returns parameter type pt as Go prints it, with the type arguments known so far in
    // place of their parameters (none: the parameters' names).
    std::string param_type_text(GenericFunc& gf, Expr* pt, const std::vector<const Type*>& targs) {
        std::vector<const Type*> args;
        for (size_t i = 0; i < gf.params.size(); i++) {
            if (i < targs.size() && targs[i]) {
                args.push_back(targs[i]);
                continue;
            }
            Type* t = types.make(Kind::Named);
            t->name = gf.params[i].name;
            t->underlying = types.empty_interface();
            args.push_back(t);
        }
        Scope* saved = scope;
        scope = type_param_scope(gf.params, args);
        silenced++;
        in_generic_signature = true;
        const Type* t = resolve_type(pt);
        in_generic_signature = false;
        silenced--;
        scope = saved;
        return is_invalid(t) ? expr_string(pt) : type_string(t);
    }

    // Reports an argument whose type does not unify with its parameter's, in Go's words.
    void unify_error(GenericFunc& gf, Expr* pt, const Type* at, Expr* arg,
                     const std::vector<const Type*>& targs) {
        std::string head =
            "type " + type_string(at) + " of " + expr_string(arg) + " does not match ";
        bool none = true;
        for (const Type* t : targs)
            none = none && !t;
        std::string tpar = param_type_text(gf, pt, {});
        if (none) {
            std::string names;
            for (size_t i = 0; i < gf.params.size(); i++)
                names += (i == 0                     ? ""
                          : i + 1 < gf.params.size() ? ", "
                          : gf.params.size() > 2     ? ", and "
                                                     : " and ") +
                         gf.params[i].name;
            error(arg->pos, head + tpar + " (cannot infer " + names + ")");
            return;
        }
        std::string inferred = param_type_text(gf, pt, targs);
        if (inferred != tpar)
            error(arg->pos, head + "inferred type " + inferred + " for " + tpar);
        else
            error(arg->pos, head + tpar);
    }

    // F[T1, ...] naming a generic function: complete, it is that instance; partial, the call
    // it stands in infers the rest.
    void generic_index(IndexExpr* ix, Entity* g) {
        GenericFunc& gf = generics[g];
        std::vector<const Type*> args;
        for (Expr* i : ix->indices) {
            const Type* t = resolve_type(i);
            if (is_invalid(t)) {
                set_invalid(ix);
                return;
            }
            args.push_back(t);
        }
        if (args.size() > gf.params.size()) {
            error(ix->indices[gf.params.size()]->pos, "got " + std::to_string(args.size()) +
                                                          " type arguments but want " +
                                                          std::to_string(gf.params.size()));
            set_invalid(ix);
            return;
        }
        explicit_type_args[ix] = args;
        ix->mode = Mode::Value;
        ix->type = generic_type();
        if (args.size() < gf.params.size())
            return;
        std::vector<Pos> at;
        for (Expr* i : ix->indices)
            at.push_back(i->pos);
        if (!satisfy_all(gf.params, args, at)) {
            set_invalid(ix);
            return;
        }
        ix->instance = instantiate(g, args);
        if (!ix->instance) {
            set_invalid(ix);
            return;
        }
        ix->type = ix->instance->type;
    }

    // Replaces the callee of c by the name of instance inst, so the call is an ordinary one.
    void call_instance(CallExpr* c, Entity* inst) {
        Expr* fun = unparen(c->fun);
        auto* id = ast.make<Ident>(fun->pos);
        id->name = inst->name;
        id->obj = inst;
        id->mode = Mode::Value;
        id->type = inst->type;
        c->fun = id;
    }

    // A call of a generic function: infers the type arguments the call does not give from
    // the arguments (typed ones first, then untyped constants by their default types),
    // checks the constraints and calls the instance. The arguments are checked here.
    bool generic_call(CallExpr* c) {
        Expr* fun = unparen(c->fun);
        Entity* g = generic_entity(fun);
        GenericFunc& gf = generics[g];
        std::vector<const Type*> targs(gf.params.size(), nullptr);
        std::vector<Pos> where(gf.params.size(), c->lparen);
        if (fun->kind == ExprKind::Index) {
            auto* ix = static_cast<IndexExpr*>(fun);
            const std::vector<const Type*>& given = explicit_type_args[ix];
            for (size_t i = 0; i < given.size(); i++) {
                targs[i] = given[i];
                where[i] = ix->indices[i]->pos;
            }
        }
        for (Expr* a : c->args)
            expr_or_type(a);
        for (Expr* a : c->args)
            if (a->mode == Mode::Invalid)
                return false;

        // The parameters' type expressions, one per parameter; a variadic one last.
        std::vector<Expr*> ptypes;
        for (FieldDecl& p : gf.decl->sig->params)
            for (size_t i = 0; i < std::max<size_t>(1, p.names.size()); i++)
                ptypes.push_back(p.type);
        bool variadic = !ptypes.empty() && ptypes.back()->kind == ExprKind::Ellipsis;
        auto param_for = [&](size_t i) -> Expr* {
            if (variadic && i + 1 >= ptypes.size()) {
                auto* dots = static_cast<EllipsisExpr*>(ptypes.back());
                return c->has_dots ? nullptr : dots->elem;
            }
            return i < ptypes.size() ? ptypes[i] : nullptr;
        };
        std::vector<std::pair<const Type*, Expr*>> have; // argument types, f(g()) spread
        if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->kind == Kind::Tuple)
            for (const Type* t : c->args[0]->type->results)
                have.push_back({t, c->args[0]});
        else
            for (Expr* a : c->args)
                have.push_back({a->type, a});
        // A wrong count is reported before inference, against the generic signature.
        size_t np = ptypes.size();
        if (variadic && !c->has_dots ? have.size() + 1 < np : have.size() != np) {
            arguments(c, generic_signature(gf), expr_string(fun), true);
            return false;
        }

        for (size_t i = 0; i < have.size(); i++) {
            Expr* pt = param_for(i);
            if (variadic && c->has_dots && i + 1 == ptypes.size() && under(have[i].first) &&
                under(have[i].first)->kind == Kind::Slice)
                pt = static_cast<EllipsisExpr*>(ptypes.back())->elem,
                have[i].first = under(have[i].first)->elem; // f(xs...) gives []T
            if (pt && !is_untyped(have[i].first) && parameterized(gf, pt) &&
                !unify(gf, pt, have[i].first, targs)) {
                unify_error(gf, pt, have[i].first, have[i].second, targs);
                return false;
            }
        }
        std::vector<const Type*> typed = targs;
        for (size_t i = 0; i < have.size(); i++) {
            Expr* pt = param_for(i);
            int k = pt ? type_param_index(gf, pt) : -1;
            if (k < 0 || typed[size_t(k)] || !is_untyped(have[i].first) ||
                have[i].first->kind == Kind::UntypedNil)
                continue;
            const Type* d = types.default_type(have[i].first);
            if (!targs[size_t(k)]) {
                targs[size_t(k)] = d;
            } else if (!identical(targs[size_t(k)], d)) {
                error(have[i].second->pos,
                      "default type " + type_string(d) + " of " + expr_string(have[i].second) +
                          " does not match inferred type " + type_string(targs[size_t(k)]) +
                          " for " + gf.params[size_t(k)].name);
                return false;
            }
        }
        infer_from_core_types(gf, targs);
        for (size_t k = 0; k < targs.size(); k++)
            if (!targs[k]) {
                error(c->lparen, "cannot infer " + gf.params[k].name + " (" +
                                     pos_text(gf.params[k].pos) + ")");
                return false;
            }
        if (!satisfy_all(gf.params, targs, where))
            return false;
        Entity* inst = instantiate(g, targs);
        if (!inst)
            return false;
        call_instance(c, inst);
        return true;
    }

    // Go checks a generic function's body once, against its constraints, even when nothing
    // calls it; we compile bodies through their instances. So every generic function, and
    // every method of a generic type, also gets a probe: an instance whose type arguments are
    // type parameters (type_param_args), checked and never compiled. A probe reports the
    // errors that cannot depend on the type arguments, and those about the type parameters
    // themselves (type_param_error); the rest it cannot judge as Go does and keeps to itself.
    bool probing = false;

    static bool independent_of_type_arguments(const std::string& msg) {
        auto ends_with = [&](std::string_view tail) {
            return msg.size() >= tail.size() &&
                   msg.compare(msg.size() - tail.size(), tail.size(), tail) == 0;
        };
        return msg.rfind("undefined: ", 0) == 0 || ends_with(" declared but not used") ||
               (msg.rfind("label ", 0) == 0 && ends_with(" defined and not used"));
    }

    // Reports an error about a value of type parameter type: a probe's own findings.
    void type_param_error(Pos p, std::string msg) {
        if (silenced == 0)
            report(p, std::move(msg));
    }

    static bool is_type_param(const Type* t) { return t && t->type_param; }

    // Reports an error about an operand of type t: a probe's own when t is a type parameter
    // whose type set is every type (any, or methods only), which allows no operation at all.
    void unconstrained_error(const Type* t, Pos p, std::string msg) {
        if (is_type_param(t) && t->type_set_known && !t->constraint_invalid && t->terms.empty())
            type_param_error(p, std::move(msg));
        else
            error(p, std::move(msg));
    }

    // Reports an error about an operand of type t (a probe's own when t is a type parameter).
    void operand_error(const Type* t, Pos p, std::string msg) {
        if (is_type_param(t) && t->type_set_known && !t->constraint_invalid)
            type_param_error(p, std::move(msg));
        else
            error(p, std::move(msg));
    }

    // Returns whether pred holds for t: for a type parameter, for every type in its type set
    // (none when the set is every type; always when we do not know the set).
    template <class Pred> static bool holds_in_type_set(const Type* t, Pred pred) {
        if (!is_type_param(t))
            return pred(t);
        if (!t->type_set_known || t->constraint_invalid)
            return true;
        if (t->terms.empty())
            return false;
        for (const Type* term : t->terms)
            if (!pred(term))
                return false;
        return true;
    }

    // Reports an error about the operands of b together (mismatched types): a probe's own when
    // either is of a type parameter type, which Go names as such.
    void operands_error(BinaryExpr* b, Pos p, std::string msg) {
        const Type* tp = is_type_param(b->x->type) ? b->x->type : b->y->type;
        operand_error(tp, p, std::move(msg));
    }

    // Returns whether binary operator op (or its op= form) is defined on operands of type t.
    static bool operator_defined_on(Tok op, const Type* t) {
        switch (op) {
        case Tok::Add:
            return is_numeric(t) || is_string(t);
        case Tok::Sub:
        case Tok::Mul:
        case Tok::Quo:
            return is_numeric(t);
        case Tok::Rem:
        case Tok::And:
        case Tok::Or:
        case Tok::Xor:
        case Tok::AndNot:
            return is_integer(t);
        case Tok::LAnd:
        case Tok::LOr:
            return is_boolean(t);
        default:
            return false;
        }
    }

    // Collects the elements of a constraint's interface: type terms, embedded constraints, and
    // methods written beside terms (interface{ ~int; String() string }), which become an
    // interface of their own in methods.
    bool interface_elems(InterfaceTypeExpr* it, std::vector<Expr*>& unions, bool& comparable,
                         const Type*& methods) {
        Type* own = nullptr;
        for (FieldDecl& m : it->elems) {
            if (m.names.empty()) {
                if (!constraint_elems(m.type, unions, comparable, methods))
                    return false;
                continue;
            }
            const Type* sig = resolve_type(m.type);
            if (is_invalid(sig))
                return false;
            if (!own)
                own = types.make(Kind::Interface);
            own->methods.push_back(Method{m.names[0]->name, sig});
        }
        if (own)
            add_methods(methods, own);
        return true;
    }

    // Adds the methods of interface more to those collected in methods (an interface).
    void add_methods(const Type*& methods, const Type* more) {
        if (!methods) {
            methods = more;
            return;
        }
        Type* both = types.make(Kind::Interface);
        both->methods = under(methods)->methods;
        for (const Method& m : under(more)->methods)
            both->methods.push_back(m);
        methods = both;
    }

    // Collects the elements of constraint c: its unions (or single type terms) and whether it
    // embeds comparable. Returns false for a shape we do not model.
    bool constraint_elems(Expr* c, std::vector<Expr*>& unions, bool& comparable,
                          const Type*& methods) {
        c = unparen(c);
        if (c->kind == ExprKind::Ident) {
            Entity* o = scope_or_file()->lookup(static_cast<Ident*>(c)->name);
            if (o && o->kind == ObjKind::TypeName && o->type && o->type->name == "comparable" &&
                !o->pos.valid()) {
                comparable = true;
                return true;
            }
            if (o && type_spec_of.count(o) && !type_spec_of[o]->alias &&
                type_spec_of[o]->type->kind == ExprKind::InterfaceType) {
                auto* it = static_cast<InterfaceTypeExpr*>(type_spec_of[o]->type);
                bool has_terms = false;
                for (FieldDecl& m : it->elems)
                    has_terms = has_terms || m.names.empty();
                if (!has_terms) {
                    methods = resolve_type(c);
                    return !is_invalid(methods);
                }
                return interface_elems(it, unions, comparable, methods);
            }
        }
        if (c->kind == ExprKind::InterfaceType)
            return interface_elems(static_cast<InterfaceTypeExpr*>(c), unions, comparable, methods);
        if (c->kind == ExprKind::Ident || c->kind == ExprKind::Selector) {
            const Type* ct = resolve_type(c);
            if (is_invalid(ct))
                return false;
            if (is_interface(ct)) {
                add_methods(methods, ct);
                return true;
            }
        }
        unions.push_back(c);
        return true;
    }

    // Gives type parameter t the type set of constraint c (resolved in the current scope,
    // where every type parameter of the declaration is bound).
    void constrain(Type* t, Expr* c) {
        Expr* uc = unparen(c);
        Expr* head =
            uc->kind == ExprKind::Selector ? unparen(static_cast<SelectorExpr*>(uc)->x) : uc;
        if (head->kind == ExprKind::Ident &&
            !scope_or_file()->lookup(static_cast<Ident*>(head)->name)) {
            resolve_type(uc); // undefined: Numbr
            t->type_set_known = true;
            t->constraint_invalid = true;
            t->constraint = expr_string(uc);
            return;
        }
        std::vector<Expr*> unions;
        bool comparable = false;
        const Type* methods = nullptr;
        bool known = constraint_elems(c, unions, comparable, methods) && unions.size() <= 1;
        if (known && !unions.empty()) {
            std::vector<Expr*> work = {unions[0]};
            while (!work.empty() && known) {
                Expr* x = unparen(work.back());
                work.pop_back();
                if (x->kind == ExprKind::Binary && static_cast<BinaryExpr*>(x)->op == Tok::Or) {
                    work.push_back(static_cast<BinaryExpr*>(x)->y);
                    work.push_back(static_cast<BinaryExpr*>(x)->x);
                    continue;
                }
                bool tilde =
                    x->kind == ExprKind::Unary && static_cast<UnaryExpr*>(x)->op == Tok::Tilde;
                const Type* tt = type_expr(tilde ? static_cast<UnaryExpr*>(x)->x : x);
                if (is_invalid(tt) || is_interface(tt))
                    known = false;
                else
                    t->terms.push_back(under(tt));
            }
        }
        // Go names a constraint as written, an inline union without spaces.
        std::string text = expr_string(uc);
        if (uc->kind == ExprKind::InterfaceType) {
            auto* it = static_cast<InterfaceTypeExpr*>(uc);
            if (!it->elems.empty()) {
                // Go writes the methods first, then the other elements, each in source order.
                std::string inner;
                silenced++; // the methods' types were resolved, and reported, already
                for (int methods_pass = 1; methods_pass >= 0; methods_pass--) {
                    for (FieldDecl& m : it->elems) {
                        if (m.names.empty() == bool(methods_pass))
                            continue;
                        inner += inner.empty() ? "" : "; ";
                        inner += m.names.empty() ? expr_string(unparen(m.type))
                                                 : m.names[0]->name +
                                                       type_string(resolve_type(m.type)).substr(4);
                    }
                }
                silenced--;
                text = "interface{" + inner + "}";
            }
        }
        if (uc->kind != ExprKind::Ident && uc->kind != ExprKind::Selector)
            for (size_t at; (at = text.find(" | ")) != std::string::npos;)
                text.replace(at, 3, "|");
        t->constraint = text;
        t->type_set_known = known;
        t->constraint_comparable = comparable;
        if (!known)
            t->terms.clear();
        if (t->terms.size() == 1)
            t->underlying = t->terms[0]; // the core type: indexing, ranging, len work on it
        else if (methods && unions.empty())
            t->underlying = under(methods);
        // Methods beside type terms: the type parameter has them itself, since its underlying
        // type is the core type (or the interface of the terms) rather than the constraint.
        if (known && methods && !unions.empty())
            t->methods = under(methods)->methods;
    }

    // Returns type parameters for params, their constraints resolved with all of them bound.
    std::vector<const Type*> type_param_args(const std::vector<TypeParam>& params) {
        std::vector<const Type*> args;
        std::vector<Type*> made;
        for (const TypeParam& p : params) {
            Type* t = types.make(Kind::Named);
            t->name = p.name;
            t->type_param = true;
            t->underlying = types.empty_interface();
            made.push_back(t);
            args.push_back(t);
        }
        Scope* saved = scope;
        scope = type_param_scope(params, args);
        for (size_t i = 0; i < params.size(); i++)
            if (params[i].constraint)
                constrain(made[i], params[i].constraint);
        scope = saved;
        return args;
    }

    void probe_generics() {
        // Source order, as Go checks them.
        std::vector<std::pair<Pos, Entity*>> funcs, typenames;
        for (auto& [g, gf] : generics)
            funcs.push_back({g->pos, g});
        for (auto& [g, gt] : generic_types) {
            bool named = true; // a blank type parameter has no name to bind
            for (const TypeParam& p : gt.params)
                named = named && p.name != "_";
            if (!gt.methods.empty() && named)
                typenames.push_back({g->pos, g});
        }
        std::sort(funcs.begin(), funcs.end());
        std::sort(typenames.begin(), typenames.end());
        size_t compiled = result.functions.size();
        probing = true;
        for (auto& [pos, g] : funcs) {
            instantiate(g, type_param_args(generics[g].params));
            check_instances();
        }
        for (auto& [pos, g] : typenames) {
            GenericType& gt = generic_types[g];
            std::vector<const Type*> args = type_param_args(gt.params);
            auto* ix = ast.make<IndexExpr>(pos);
            auto* base = ast.make<Ident>(pos);
            base->name = g->name;
            ix->x = base;
            for (const Type* a : args) {
                auto* arg = ast.make<Ident>(pos);
                arg->name = a->name;
                ix->indices.push_back(arg);
            }
            Scope* saved = scope;
            scope = type_param_scope(gt.params, args);
            instantiate_type(g, ix);
            scope = saved;
            check_instances();
        }
        probing = false;
        // The probes, and the instances only they asked for, are never called.
        result.functions.resize(compiled);

        // What instances found in bodies whose probe found nothing (it judges only part).
        for (auto& [key, list] : held_errors)
            if (!probe_found.count(key))
                for (auto& [p, msg] : list)
                    report(p, msg);
    }

    // [SECTION] Expressions

    void record_use(Entity* o) {
        o->used = true;
        if (cur_deps && (o->is_global || (o->kind == ObjKind::Func && func_of.count(o))))
            cur_deps->insert(o);
    }

    // Checks an identifier: what it denotes, and its type.
    void ident(Ident* id) {
        if (id->name == "_") {
            error(id->pos, "cannot use _ as value or type");
            set_invalid(id);
            return;
        }
        Entity* o = (scope ? scope : &file_scope)->lookup(id->name);
        if (!o) {
            error(id->pos, "undefined: " + id->name);
            set_invalid(id);
            return;
        }
        id->obj = o;
        switch (o->kind) {
        case ObjKind::PkgName:
            o->used = true;
            id->mode = Mode::PkgName;
            id->type = types.invalid();
            return;
        case ObjKind::Const:
            if (o->name == "iota" && !o->pos.valid()) {
                if (iota < 0) {
                    error(id->pos, "cannot use iota outside constant declaration");
                    set_invalid(id);
                    return;
                }
                id->mode = Mode::Constant;
                id->type = o->type;
                id->value = Constant::make_int(iota);
                return;
            }
            if (spec_of.count(o) && o->decl_state == 0)
                check_package_spec(spec_of[o], true);
            if (o->decl_state == 1) {
                error(id->pos, "initialization cycle or refers to itself");
                set_invalid(id);
                return;
            }
            o->used = true;
            if (is_invalid(o->type)) {
                set_invalid(id);
                return;
            }
            id->mode = Mode::Constant;
            id->type = o->type;
            id->value = o->value;
            return;
        case ObjKind::TypeName:
            if (type_spec_of.count(o) && o->decl_state == 0) {
                Scope* saved = scope;
                resolve_type_decl(o);
                scope = saved;
            }
            if (!o->type && o->decl_state == 1) {
                error(id->pos, "invalid recursive type alias " + o->name);
                o->type = types.invalid();
            }
            if (is_invalid(o->type)) {
                set_invalid(id);
                return;
            }
            id->mode = Mode::TypeExpr;
            id->type = o->type;
            return;
        case ObjKind::Var:
            if (o->is_global && spec_of.count(o) && o->decl_state == 0)
                check_package_spec(spec_of[o], false);
            if (o->is_global && o->decl_state == 1 && o->type == nullptr) {
                // A cycle: init_order reports it as Go does, with the path.
                record_use(o);
                set_invalid(id);
                return;
            }
            record_use(o);
            if (is_invalid(o->type)) {
                set_invalid(id);
                return;
            }
            if (!o->is_global && o->owner && o->owner != fn)
                id->capture = capture(o);
            id->mode = Mode::Variable;
            id->type = o->type;
            return;
        case ObjKind::Func:
            record_use(o);
            id->mode = Mode::Value;
            id->type = o->type ? o->type : types.invalid();
            if (is_invalid(id->type))
                id->mode = Mode::Invalid;
            return;
        case ObjKind::Builtin:
            id->mode = Mode::Builtin;
            id->type = types.invalid();
            return;
        case ObjKind::Nil:
            id->mode = Mode::Value;
            id->type = types.basic(Kind::UntypedNil);
            return;
        default:
            set_invalid(id);
            return;
        }
    }

    // Returns whether values of t are objects with identity that pointers and
    // closures can share directly (structs, arrays, sync objects); any other
    // variable moves into a heap cell when shared.
    static bool aggregate(const Type* t) {
        const Type* u = under(t);
        return u &&
               ((u->kind == Kind::Struct && t->special != Special::Time) || u->kind == Kind::Array);
    }

    // Makes o a shared variable: it lives in a cell unless it is an aggregate.
    static void share(Entity* o) {
        if (o && o->kind == ObjKind::Var && !o->is_global && !aggregate(o->type))
            o->boxed = true;
    }

    // Registers o, a variable of an enclosing function, as captured by every
    // function literal between its owner and the current one; returns its
    // index among the current function's captures.
    int capture(Entity* o) {
        share(o);
        size_t k = fn_stack.size();
        while (k > 0 && fn_stack[k - 1] != o->owner)
            k--;
        int index = -1;
        for (size_t j = k; j < fn_stack.size(); j++) {
            auto& caps = fn_stack[j]->captures;
            auto it = std::find(caps.begin(), caps.end(), o);
            index = int(it - caps.begin());
            if (it == caps.end())
                caps.push_back(o);
        }
        return index;
    }

    // Checks e, which may denote a value, a type, a package or a builtin.
    void expr_or_type(Expr* e) {
        switch (e->kind) {
        case ExprKind::Bad:
            set_invalid(e);
            return;
        case ExprKind::Ident:
            ident(static_cast<Ident*>(e));
            return;
        case ExprKind::BasicLit:
            basic_lit(static_cast<BasicLit*>(e));
            return;
        case ExprKind::Paren:
        case ExprKind::Unary:
        case ExprKind::Star:
        case ExprKind::Binary:
            chain(e);
            return;
        case ExprKind::Selector:
            selector(static_cast<SelectorExpr*>(e));
            return;
        case ExprKind::Call:
            call(static_cast<CallExpr*>(e));
            return;
        case ExprKind::Index:
            index(static_cast<IndexExpr*>(e));
            return;
        case ExprKind::CompositeLit:
            composite(static_cast<CompositeLit*>(e), nullptr);
            return;
        case ExprKind::FuncLit:
            func_lit(static_cast<FuncLit*>(e));
            return;
        case ExprKind::Slice:
            slice_expr(static_cast<SliceExpr*>(e));
            return;
        case ExprKind::TypeAssert: {
            auto* t = static_cast<TypeAssertExpr*>(e);
            if (!t->asserted) {
                error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
                set_invalid(e);
                return;
            }
            rvalue(t->x);
            const Type* target = resolve_type(t->asserted);
            if (t->x->mode == Mode::Invalid || is_invalid(target)) {
                set_invalid(e);
                return;
            }
            if (is_type_param(t->x->type)) {
                type_param_error(t->x->pos,
                                 "invalid operation: cannot use type assertion on type parameter "
                                 "value " +
                                     describe(t->x));
                set_invalid(e);
                return;
            }
            if (!is_interface(t->x->type)) {
                error(t->x->pos, "invalid operation: " + describe(t->x) + " is not an interface");
                set_invalid(e);
                return;
            }
            if (!is_interface(target)) {
                std::string why = missing_method(target, t->x->type);
                if (!why.empty()) {
                    error(start_of(e), "impossible type assertion: " + expr_string(e) + "\n\t" +
                                           type_string(target) + " does not implement " +
                                           type_string(t->x->type) + " " + reason_text(why));
                    set_invalid(e);
                    return;
                }
            }
            e->mode = Mode::Value;
            e->type = target;
            return;
        }
        case ExprKind::KeyValue: {
            error(e->pos, "unexpected key:value expression");
            set_invalid(e);
            return;
        }
        case ExprKind::ArrayType:
        case ExprKind::StructType:
        case ExprKind::FuncType:
        case ExprKind::InterfaceType:
        case ExprKind::MapType:
        case ExprKind::ChanType: {
            const Type* t = resolve_type(e);
            if (is_invalid(t)) {
                set_invalid(e);
                return;
            }
            e->mode = Mode::TypeExpr;
            e->type = t;
            return;
        }
        case ExprKind::Ellipsis: {
            error(e->pos, "invalid use of ...");
            set_invalid(e);
            return;
        }
        }
    }

    // *x once x is checked: a pointer type, or the variable x points to.
    void star(StarExpr* s) {
        Expr* e = s;
        if (s->x->mode == Mode::Invalid) {
            set_invalid(e);
            return;
        }
        if (s->x->mode == Mode::TypeExpr) {
            const Type* t = types.pointer_to(s->x->type);
            std::string what;
            if (!supported_type(t, &what)) {
                unsupported(e->pos, what);
                set_invalid(e);
                return;
            }
            e->mode = Mode::TypeExpr;
            e->type = t;
            return;
        }
        single_value(s->x);
        if (s->x->mode == Mode::Invalid) {
            set_invalid(e);
            return;
        }
        if (s->x->type->kind == Kind::UntypedNil) {
            error(e->pos, "invalid operation: cannot indirect nil");
            set_invalid(e);
            return;
        }
        if (under(s->x->type)->kind != Kind::Pointer) {
            error(s->x->pos, "invalid operation: cannot indirect " + describe(s->x));
            set_invalid(e);
            return;
        }
        e->mode = Mode::Variable;
        e->type = under(s->x->type)->elem;
    }

    // The operand of a link in a chain of parentheses, unary operators (all but ~, which
    // checks no operand) and binary operators (their left side); null for anything else.
    static Expr* chain_operand(Expr* e) {
        switch (e->kind) {
        case ExprKind::Paren:
            return static_cast<ParenExpr*>(e)->x;
        case ExprKind::Unary: {
            auto* u = static_cast<UnaryExpr*>(e);
            return u->op == Tok::Tilde ? nullptr : u->x;
        }
        case ExprKind::Star:
            return static_cast<StarExpr*>(e)->x;
        case ExprKind::Binary:
            return static_cast<BinaryExpr*>(e)->x;
        default:
            return nullptr;
        }
    }

    // Checks a chain like -(-(-x)) or 1+1+...+1 in a loop, innermost operand first: each
    // link checks its operand before anything else, so this is the recursive order, and
    // 10,000 links cost no stack.
    void chain(Expr* e) {
        std::vector<Expr*> links;
        while (Expr* x = chain_operand(e)) {
            links.push_back(e);
            e = x;
        }
        if (e->kind == ExprKind::Unary)
            unary(static_cast<UnaryExpr*>(e)); // ~x
        else
            expr_or_type(e);
        for (size_t i = links.size(); i-- > 0;) {
            Expr* link = links[i];
            switch (link->kind) {
            case ExprKind::Paren: {
                auto* p = static_cast<ParenExpr*>(link);
                p->mode = p->x->mode;
                p->type = p->x->type;
                p->value = p->x->value;
                break;
            }
            case ExprKind::Unary:
                unary(static_cast<UnaryExpr*>(link));
                break;
            case ExprKind::Star:
                star(static_cast<StarExpr*>(link));
                break;
            default:
                binary(static_cast<BinaryExpr*>(link));
                break;
            }
        }
    }

    // Returns Go's parenthesised reason (a "wrong type" reason carries its own).
    static std::string reason_text(const std::string& why) {
        size_t nl = why.find('\n');
        return nl == std::string::npos ? "(" + why + ")" : "(" + why;
    }

    // Returns where Go's syntax tree puts e, which its notes ("previous case") cite: the
    // operator of a binary expression, the '(' of a call or conversion, the '.' of a
    // selector; the start of anything else.
    static Pos node_pos(const Expr* e) {
        switch (e->kind) {
        case ExprKind::Binary:
            return static_cast<const BinaryExpr*>(e)->op_pos;
        case ExprKind::Call:
            return static_cast<const CallExpr*>(e)->lparen;
        case ExprKind::Selector: {
            // NOTE: the dot is taken to sit just before the selected name, as gofmt writes it.
            Pos dot = static_cast<const SelectorExpr*>(e)->sel->pos;
            dot.col--;
            return dot;
        }
        default:
            return e->pos;
        }
    }

    // FuncLit: compiled as a function of its own that captures the enclosing
    // function's variables it uses.
    void func_lit(FuncLit* fl) {
        auto* d = ast.make<FuncDecl>(fl->pos);
        d->sig = fl->sig;
        d->body = fl->body;
        d->is_closure = true;
        d->obj = new_object(ObjKind::Func, "func", fl->pos);
        d->obj->function = int(result.functions.size());
        result.functions.push_back(d);
        FuncDecl* parent = fn;
        int n = ++closure_count[parent];
        d->go_name =
            parent ? parent->go_name + (parent->is_closure ? "." : ".func") + std::to_string(n)
                   : "main.glob..func" + std::to_string(n);
        int saved_slot = next_slot;
        std::vector<Entity*> saved_locals = fn_locals;
        // With d, the parameters get their entities (and types) for func_body to redeclare.
        d->obj->type = signature(fl->sig, d);
        next_slot = saved_slot;
        fn_locals = saved_locals;
        fl->decl = d;
        if (fl->body)
            func_body(d, scope ? scope : &file_scope);
        fl->mode = Mode::Value;
        fl->type = d->obj->type;
    }

    // Checks e as a single value (not a type, package, builtin or tuple).
    void rvalue(Expr* e) {
        expr_or_type(e);
        single_value(e);
    }

    void single_value(Expr* e) {
        if (e->mode == Mode::Value && e->type && e->type == generic_marker) {
            Expr* name = unparen(e);
            if (name->kind == ExprKind::Index)
                name = static_cast<IndexExpr*>(name)->x;
            error(e->pos,
                  "cannot use generic function " + expr_string(name) + " without instantiation");
            set_invalid(e);
            return;
        }
        switch (e->mode) {
        case Mode::Invalid:
            return;
        case Mode::TypeExpr:
            error(e->pos, expr_string(e) + " (type) is not an expression");
            set_invalid(e);
            return;
        case Mode::PkgName:
            error(e->pos, "use of package " + expr_string(e) + " without selector");
            set_invalid(e);
            return;
        case Mode::Builtin:
            error(e->pos, expr_string(e) + " (built-in) must be called");
            set_invalid(e);
            return;
        case Mode::NoValue:
            error(e->pos, expr_string(e) + " (no value) used as value");
            set_invalid(e);
            return;
        default:
            break;
        }
        if (e->type && e->type->kind == Kind::Tuple) {
            error(e->pos, "multiple-value " + expr_string(e) + " (value of type " +
                              type_string(e->type) + ") in single-value context");
            set_invalid(e);
            return;
        }
    }

    // An operand that is a function, like rand.Float32 without its (): Go's
    // errors for it, since no operator applies to functions. Returns true if
    // it reported one.
    bool function_operand(BinaryExpr* b) {
        Expr* f = b->x->type->kind == Kind::Func   ? b->x
                  : b->y->type->kind == Kind::Func ? b->y
                                                   : nullptr;
        if (!f)
            return false;
        Expr* other = f == b->x ? b->y : b->x;
        if (other->type->kind == Kind::UntypedNil && (b->op == Tok::Eql || b->op == Tok::Neq))
            return false; // f == nil
        if (other->mode == Mode::Constant && is_untyped(other->type)) {
            error(other->pos, "cannot convert " + describe(other) + " to " + type_string(f->type));
        } else if (!identical(b->x->type, b->y->type)) {
            error(is_comparison(b->op) ? b->y->pos : b->pos,
                  "invalid operation: " + expr_string(b) + " (mismatched types " +
                      type_string(b->x->type) + " and " + type_string(b->y->type) + ")");
        } else if (b->op == Tok::Eql || b->op == Tok::Neq) {
            error(start_of(b),
                  "invalid operation: " + expr_string(b) + " (func can only be compared to nil)");
        } else if (is_comparison(b->op)) {
            error(start_of(b), "invalid operation: " + expr_string(b) + " (operator " +
                                   token_spelling(b->op) + " not defined on func)");
        } else {
            error(b->x->pos, std::string("invalid operation: operator ") + token_spelling(b->op) +
                                 " not defined on " + describe(b->x));
        }
        set_invalid(b);
        return true;
    }

    void basic_lit(BasicLit* l) {
        if (l->bad) {
            set_invalid(l);
            return;
        }
        l->mode = Mode::Constant;
        switch (l->lit) {
        case Tok::Int: {
            std::string digits;
            for (char c : l->text)
                if (c != '_')
                    digits += c;
            Int128 v = 0;
            int base = 10;
            size_t i = 0;
            if (digits.size() > 1 && digits[0] == '0') {
                char p = char(digits[1] | 0x20);
                if (p == 'x')
                    base = 16, i = 2;
                else if (p == 'o')
                    base = 8, i = 2;
                else if (p == 'b')
                    base = 2, i = 2;
                else
                    base = 8, i = 1;
            }
            bool overflow = false;
            for (; i < digits.size(); i++) {
                int d = std::isdigit((unsigned char)digits[i]) ? digits[i] - '0'
                                                               : (digits[i] | 0x20) - 'a' + 10;
                if (__builtin_mul_overflow(v, Int128(base), &v) ||
                    __builtin_add_overflow(v, Int128(d), &v))
                    overflow = true;
            }
            if (overflow) {
                unsupported(l->pos, "integer constants beyond 128 bits");
                set_invalid(l);
                return;
            }
            l->type = types.basic(Kind::UntypedInt);
            l->value = Constant::make_int(v);
            return;
        }
        case Tok::Float: {
            std::string digits;
            for (char c : l->text)
                if (c != '_')
                    digits += c;
            l->type = types.basic(Kind::UntypedFloat);
            l->value = Constant::make_float(std::strtold(digits.c_str(), nullptr));
            return;
        }
        case Tok::Imag:
            unsupported(l->pos, "complex numbers");
            set_invalid(l);
            return;
        case Tok::Rune:
            l->type = types.basic(Kind::UntypedRune);
            l->value = Constant::make_int(unquote_rune(l->text));
            return;
        case Tok::String:
            l->type = types.basic(Kind::UntypedString);
            l->value = Constant::make_string(unquote_string(l->text));
            return;
        default:
            set_invalid(l);
            return;
        }
    }

    void selector(SelectorExpr* s) {
        // Package members: fmt.Println, time.Millisecond.
        if (s->x->kind == ExprKind::Ident) {
            auto* id = static_cast<Ident*>(s->x);
            Entity* o = (scope ? scope : &file_scope)->lookup(id->name);
            if (o && o->kind == ObjKind::PkgName) {
                o->used = true;
                id->obj = o;
                id->mode = Mode::PkgName;
                const std::string& name = s->sel->name;
                auto it = o->package->members.find(name);
                if (it == o->package->members.end()) {
                    bool exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
                    if (!exported || !o->package->has_go_name(name))
                        error(s->sel->pos, "undefined: " + expr_string(s));
                    else
                        unsupported(s->pos, zone_hint(o->package->path + "." + name));
                    set_invalid(s);
                    return;
                }
                Entity* m = it->second;
                s->member = m;
                switch (m->kind) {
                case ObjKind::Func:
                    s->mode = Mode::Value;
                    s->type = m->type;
                    return;
                case ObjKind::Const:
                    s->mode = Mode::Constant;
                    s->type = m->type;
                    s->value = m->value;
                    return;
                case ObjKind::TypeName:
                    s->mode = Mode::TypeExpr;
                    s->type = m->type;
                    return;
                case ObjKind::Var:
                    // A library variable (strconv.ErrSyntax): read through its native.
                    // os.Args is a global that main.init fills from its native, a variable
                    // the program may assign to as Go allows.
                    // TODO: assigning to the other library variables; we refuse it as not a
                    // variable.
                    s->mode = Mode::Value;
                    s->type = m->type;
                    if (m->native == int(NativeId::OsArgs)) {
                        s->mode = Mode::Variable;
                        if (!m->is_global) {
                            m->is_global = true;
                            m->slot = int(result.globals.size());
                            result.globals.push_back(m);
                            result.os_args = m;
                        }
                    }
                    return;
                default:
                    set_invalid(s);
                    return;
                }
            }
        }
        expr_or_type(s->x);
        if (s->x->mode == Mode::Invalid) {
            set_invalid(s);
            return;
        }
        if (s->x->mode == Mode::TypeExpr) {
            method_expression(s);
            return;
        }
        single_value(s->x);
        if (s->x->mode == Mode::Invalid) {
            set_invalid(s);
            return;
        }
        // Fields and methods, through embedded fields and pointers.
        Selection sel = lookup(s->x->type, s->sel->name);
        if (sel.kind == Selection::Ambiguous) {
            error(s->sel->pos, "ambiguous selector " + expr_string(s));
            set_invalid(s);
            return;
        }
        if (sel.kind == Selection::FieldSel) {
            if (is_invalid(sel.type)) {
                set_invalid(s); // the field's type was reported where it was written
                return;
            }
            s->is_field = true;
            s->path = sel.path;
            // m[k] may be assigned to, but a field of it is not addressable.
            s->mode = (s->x->mode == Mode::Variable && !map_element(s->x)) || sel.indirect
                          ? Mode::Variable
                          : Mode::Value;
            s->type = sel.type;
            return;
        }
        if (sel.kind == Selection::MethodSel) {
            const Method* m = sel.method;
            s->method = m;
            s->path = sel.path;
            s->interface_method = sel.in_interface;
            if (m->pointer_receiver && m->native < 0 && !sel.indirect) {
                // The method needs &x: x must be addressable, and a map element is not.
                if (s->x->mode != Mode::Variable || map_element(s->x)) {
                    error(s->sel->pos, "cannot call pointer method " + m->name + " on " +
                                           type_string(s->x->type));
                    set_invalid(s);
                    return;
                }
                Expr* x = unparen(s->x);
                if (x->kind == ExprKind::Ident && s->path.empty())
                    share(static_cast<Ident*>(x)->obj);
            }
            s->mode = Mode::Value;
            // A library field read through a native (time.Timer's C) has the field's type.
            s->type = m->field ? m->sig->results[0] : m->sig;
            return;
        }
        const Type* t = s->x->type;
        if (t->kind == Kind::Pointer)
            t = t->elem;
        // A method Go has but we do not run yet.
        for (const std::string& g : t->go_methods) {
            if (g == s->sel->name) {
                unsupported(s->pos, zone_hint(type_string(t) + "." + g));
                set_invalid(s);
                return;
            }
        }
        // Go points out a method that differs only in case.
        std::string hint;
        auto lower = [](std::string x) {
            for (char& ch : x)
                ch = char(std::tolower((unsigned char)ch));
            return x;
        };
        for (const std::string& g : t->go_methods)
            if (lower(g) == lower(s->sel->name))
                hint = ", but does have " + g;
        for (const Method& m : t->methods)
            if (lower(m.name) == lower(s->sel->name))
                hint = ", but does have " + m.name;
        const bool library = t->kind == Kind::Named && !t->declared;
        if (under(t) && under(t)->kind == Kind::Struct)
            for (const Field& f : under(t)->fields)
                if (lower(f.name) == lower(s->sel->name) &&
                    !(library && std::islower((unsigned char)f.name[0])))
                    hint = ", but does have " + f.name;
        std::string why =
            "type " + type_string(s->x->type) + " has no field or method " + s->sel->name + hint;
        if (s->x->type->kind == Kind::Pointer && is_interface(t) && !is_type_param(t))
            why = "type " + type_string(s->x->type) + " is pointer to interface, not interface";
        if (s->x->type->kind == Kind::Pointer && is_type_param(t) && t->type_set_known) {
            why = "type " + type_string(s->x->type) +
                  " is pointer to type parameter, not type parameter";
            type_param_error(s->sel->pos, expr_string(s) + " undefined (" + why + ")");
            set_invalid(s);
            return;
        }
        operand_error(s->x->type, s->sel->pos, expr_string(s) + " undefined (" + why + ")");
        set_invalid(s);
    }

    // x[lo:hi] and x[lo:hi:max] of a slice or a string.
    void slice_expr(SliceExpr* s) {
        rvalue(s->x);
        Expr* parts[3] = {s->lo, s->hi, s->max};
        for (Expr* p : parts)
            if (p)
                rvalue(p);
        if (s->x->mode == Mode::Invalid) {
            set_invalid(s);
            return;
        }
        const Type* u = under(s->x->type);
        bool is_str = is_string(u);
        // An array is sliced in place, so it must be a variable; *[N]T slices its pointee.
        const Type* array = u->kind == Kind::Array ? u : nullptr;
        if (u->kind == Kind::Pointer && under(u->elem)->kind == Kind::Array)
            array = under(u->elem);
        if (u->kind == Kind::Array && s->x->mode != Mode::Variable) {
            error(s->x->pos,
                  "invalid operation: " + describe(s->x) + " (slice of unaddressable value)");
            set_invalid(s);
            return;
        }
        if (!is_str && u->kind != Kind::Slice && !array) {
            error(s->x->pos, "invalid operation: cannot slice " + describe(s->x));
            set_invalid(s);
            return;
        }
        if (is_str && s->three) {
            error(s->max->pos, "invalid operation: 3-index slice of string");
            set_invalid(s);
            return;
        }
        int64_t length =
            is_str && s->x->mode == Mode::Constant ? int64_t(s->x->value.s.size()) : -1;
        if (array)
            length = array->len;
        // Constant indices must be in range and in order.
        int64_t prev = -1;
        for (Expr* p : parts) {
            if (!p)
                continue;
            if (p->mode == Mode::Invalid || !index_value(p, length >= 0 ? length + 1 : -1)) {
                set_invalid(s);
                return;
            }
            if (p->mode == Mode::Constant) {
                auto v = int64_t(p->value.i);
                if (v < prev) {
                    error(p->pos, "invalid slice indices: " + std::to_string(v) + " < " +
                                      std::to_string(prev));
                    set_invalid(s);
                    return;
                }
                prev = v;
            }
        }
        if (is_str) {
            convert_untyped(s->x, types.basic(Kind::String), nullptr);
            s->type = is_untyped(s->x->type) ? types.basic(Kind::String) : s->x->type;
        } else if (array) {
            s->type = types.slice_of(array->elem);
        } else {
            s->type = s->x->type;
        }
        s->mode = Mode::Value;
    }

    // T.M and (*T).M: the method as a function whose first parameter is the
    // receiver.
    void method_expression(SelectorExpr* s) {
        const Type* t = s->x->type;
        Selection sel = lookup(t, s->sel->name);
        const Method* m = sel.method;
        if (sel.kind != Selection::MethodSel || !sel.path.empty() || sel.in_interface ||
            (m->function < 0 && m->native < 0) || m->field || m->native == int(NativeId::OnceDo) ||
            m->native == int(NativeId::CondWait) || m->native == int(NativeId::SyncMapRange)) {
            if (sel.kind == Selection::None)
                error(s->sel->pos, expr_string(s) + " undefined (type " + type_string(t) +
                                       " has no method " + s->sel->name + ")");
            else
                unsupported(s->pos, "this method expression");
            set_invalid(s);
            return;
        }
        bool pointer = t->kind == Kind::Pointer;
        if (m->pointer_receiver != pointer) {
            if (m->pointer_receiver)
                error(s->pos, "invalid method expression " + expr_string(s) +
                                  " (needs pointer receiver (*" + type_string(t) + ")." + m->name +
                                  ")");
            else
                unsupported(s->pos, "method expressions of value methods through pointers");
            set_invalid(s);
            return;
        }
        Type* f = types.make(Kind::Func);
        *f = *m->sig;
        f->params.insert(f->params.begin(), t);
        f->param_names.insert(f->param_names.begin(), "");
        s->method = m;
        s->mode = Mode::Value;
        s->type = f;
    }

    // The result of looking a field or method up (spec "Selectors").
    struct Selection {
        enum Kind { None, FieldSel, MethodSel, Ambiguous } kind = None;
        std::vector<int> path; // embedded fields walked; for a field, its index last
        const Type* type = nullptr;
        const Method* method = nullptr;
        bool indirect = false;     // a pointer was followed on the way
        bool in_interface = false; // the method belongs to an interface
    };

    // Finds the field or method name of t at the shallowest embedding depth.
    Selection lookup(const Type* t, const std::string& name) {
        struct Candidate {
            const Type* t;
            std::vector<int> path;
            bool indirect;
        };
        std::vector<Candidate> level = {{t, {}, false}};
        std::set<const Type*> seen;
        while (!level.empty()) {
            std::vector<Candidate> next;
            Selection found;
            int count = 0;
            for (Candidate& c : level) {
                const Type* ct = c.t;
                bool indirect = c.indirect;
                if (ct->kind == Kind::Pointer) {
                    ct = ct->elem;
                    indirect = true;
                }
                if (!seen.insert(ct).second)
                    continue;
                // NOTE: an interface literal's methods are its own: they are found below, once.
                for (const Method& m : ct->methods) {
                    if (m.name != name || ct->kind == Kind::Interface)
                        continue;
                    found = Selection{Selection::MethodSel, c.path, m.sig, &m, indirect, false};
                    count++;
                }
                const Type* u = under(ct);
                if (!u)
                    continue;
                if (u->kind == Kind::Interface && ct == c.t) {
                    for (const Method& m : u->methods) {
                        if (m.name != name)
                            continue;
                        found = Selection{Selection::MethodSel, c.path, m.sig, &m, indirect, true};
                        count++;
                    }
                }
                if (u->kind != Kind::Struct || ct->special != Special::None)
                    continue;
                // A library struct's unexported fields (a strings.Builder's buf) belong to its
                // package: the program cannot name them, and Go reports them as missing.
                const bool foreign = ct->kind == Kind::Named && !ct->declared &&
                                     types.library_type(ct->name) == ct &&
                                     !(name[0] >= 'A' && name[0] <= 'Z');
                for (size_t i = 0; i < u->fields.size(); i++) {
                    const Field& f = u->fields[i];
                    std::vector<int> path = c.path;
                    path.push_back(int(i));
                    if (f.name == name && !foreign) {
                        found =
                            Selection{Selection::FieldSel, path, f.type, nullptr, indirect, false};
                        count++;
                    }
                    if (f.embedded)
                        next.push_back({f.type, path, indirect});
                }
            }
            if (count > 1) {
                Selection amb;
                amb.kind = Selection::Ambiguous;
                return amb;
            }
            if (count == 1)
                return found;
            level = std::move(next);
        }
        return Selection{};
    }

    // Returns why t (not an interface) or interface t does not implement
    // interface iface, in Go's words ("missing M method"); empty when it does.
    std::string missing_method(const Type* t, const Type* iface) {
        for (const Method& want : under(iface)->methods) {
            Selection sel = lookup(t, want.name);
            if (sel.kind != Selection::MethodSel)
                return "missing " + want.name + " method";
            if (!is_interface(t) && sel.method->pointer_receiver && !sel.indirect)
                return want.name + " method has pointer receiver";
            if (!identical(sel.method->sig, want.sig))
                return "wrong type for " + want.name + " method)\n\t\thave " + want.name +
                       type_string(sel.method->sig).substr(4) + "\n\t\twant " + want.name +
                       type_string(want.sig).substr(4);
        }
        return {};
    }

    void index(IndexExpr* ix) {
        expr_or_type(ix->x);
        if (ix->x->mode == Mode::Invalid) {
            for (Expr* i : ix->indices)
                rvalue(i);
            set_invalid(ix);
            return;
        }
        if (Entity* g = generic_entity(ix->x)) {
            generic_index(ix, g);
            return;
        }
        if (ix->x->mode == Mode::TypeExpr && generic_type_of.count(ix->x->type)) {
            const Type* t = type_expr(ix);
            if (is_invalid(t)) {
                set_invalid(ix);
                return;
            }
            ix->mode = Mode::TypeExpr;
            ix->type = t;
            return;
        }
        if (ix->x->mode == Mode::TypeExpr ||
            (ix->x->type && ix->x->type->kind == Kind::Func && ix->x->mode == Mode::Value)) {
            unsupported(ix->pos, "generic instantiation");
            set_invalid(ix);
            return;
        }
        single_value(ix->x);
        Expr* i = ix->indices[0];
        rvalue(i);
        if (ix->x->mode == Mode::Invalid || i->mode == Mode::Invalid) {
            set_invalid(ix);
            return;
        }
        const Type* u = under(ix->x->type);
        const Type* elem = nullptr;
        bool is_str = false;
        if (u->kind == Kind::Map) {
            // A map index is assignable but not addressable; reading a missing key gives the
            // zero value.
            if (!assign_value(i, u->key, "map index")) {
                set_invalid(ix);
                return;
            }
            ix->mode = Mode::Variable;
            ix->type = u->elem;
            return;
        }
        int64_t length = -1;
        bool through_pointer = false;
        if (u->kind == Kind::Pointer && under(u->elem)->kind == Kind::Array) {
            // p[i] on a pointer to an array indexes the array (its object).
            u = under(u->elem);
            through_pointer = true;
        }
        if (u->kind == Kind::Slice) {
            elem = u->elem;
        } else if (u->kind == Kind::Array) {
            elem = u->elem;
            length = u->len;
        } else if (is_string(u)) {
            elem = types.byte_type();
            is_str = true;
        } else {
            unconstrained_error(ix->x->type, ix->lbrack,
                                "invalid operation: cannot index " + describe(ix->x));
            set_invalid(ix);
            return;
        }
        if (length >= 0) {
            if (!index_value(i, length)) {
                set_invalid(ix);
                return;
            }
            ix->mode =
                ix->x->mode == Mode::Variable || through_pointer ? Mode::Variable : Mode::Value;
            ix->type = elem;
            return;
        }
        // The index: an integer, non-negative if constant.
        if (!index_value(i, is_str && ix->x->mode == Mode::Constant ? int64_t(ix->x->value.s.size())
                                                                    : -1)) {
            set_invalid(ix);
            return;
        }
        if (is_str && ix->x->mode == Mode::Constant && i->mode == Mode::Constant) {
            ix->mode = Mode::Value;
            ix->type = elem;
            // Go does not fold s[i] into a constant; the VM indexes at run time.
            convert_untyped(ix->x, types.basic(Kind::String), nullptr);
            return;
        }
        if (is_str)
            convert_untyped(ix->x, types.basic(Kind::String), nullptr);
        ix->mode = is_str ? Mode::Value : Mode::Variable;
        ix->type = elem;
    }

    // Checks an index operand; length is known for constant strings (else -1).
    bool index_value(Expr* i, int64_t length) {
        if (i->mode == Mode::Constant && is_untyped(i->type)) {
            Constant c = i->value;
            std::string reason;
            if (!representable(c, types.basic(Kind::Int), &reason)) {
                if (reason == "truncated")
                    error(i->pos, describe(i) + " truncated to int");
                else if (reason == "overflows")
                    error(i->pos, describe(i) + " overflows int");
                else
                    error(i->pos, "cannot convert " + describe(i) + " to int");
                return false;
            }
            convert_untyped(i, types.basic(Kind::Int), nullptr);
        }
        if (!is_integer(i->type)) {
            error(i->pos, "invalid argument: index " + describe(i) + " must be integer");
            return false;
        }
        if (i->mode == Mode::Constant) {
            if (i->value.i < 0) {
                error(i->pos, "invalid argument: index " + describe(i) + " must not be negative");
                return false;
            }
            if (length >= 0 && i->value.i >= length) {
                error(i->pos, "invalid argument: index " + expr_string(i) +
                                  " out of bounds [0:" + std::to_string(length) + "]");
                return false;
            }
        }
        return true;
    }

    // A unary operation once its operand is checked (chain checks it).
    void unary(UnaryExpr* u) {
        if (u->op == Tok::And) {
            // &x: a struct or array is its own pointer; other variables move to a cell.
            Expr* x = unparen(u->x);
            if (u->x->mode == Mode::Invalid) {
                set_invalid(u);
                return;
            }
            if (x->kind == ExprKind::CompositeLit) {
                if (u->x->mode == Mode::Value &&
                    (aggregate(u->x->type) || is_sync_object(u->x->type))) {
                    u->mode = Mode::Value;
                    u->type = types.pointer_to(u->x->type);
                    return;
                }
                if (u->x->mode != Mode::Invalid)
                    unsupported(u->pos, "taking the address of this literal");
                set_invalid(u);
                return;
            }
            single_value(u->x);
            if (u->x->mode == Mode::Invalid) {
                set_invalid(u);
                return;
            }
            if (u->x->mode != Mode::Variable) {
                error(start_of(u->x),
                      "invalid operation: cannot take address of " + describe(u->x));
                set_invalid(u);
                return;
            }
            if (x->kind == ExprKind::Ident)
                share(static_cast<Ident*>(x)->obj);
            u->mode = Mode::Value;
            u->type = types.pointer_to(u->x->type);
            return;
        }
        if (u->op == Tok::Arrow) {
            single_value(u->x);
            if (u->x->mode == Mode::Invalid) {
                set_invalid(u);
                return;
            }
            const Type* ct = under(u->x->type);
            if (ct->kind != Kind::Chan) {
                error(u->x->pos,
                      "invalid operation: cannot receive from non-channel " + describe(u->x));
                set_invalid(u);
                return;
            }
            if (ct->chan_dir == 1) {
                error(u->x->pos,
                      "invalid operation: cannot receive from send-only channel " + describe(u->x));
                set_invalid(u);
                return;
            }
            u->mode = Mode::Value;
            u->type = ct->elem;
            return;
        }
        if (u->op == Tok::Tilde) {
            error(u->pos, "cannot use ~ outside of interface or type constraint");
            set_invalid(u);
            return;
        }
        single_value(u->x);
        if (u->x->mode == Mode::Invalid) {
            set_invalid(u);
            return;
        }
        const Type* t = u->x->type;
        bool ok = holds_in_type_set(t, [&](const Type* x) {
            switch (u->op) {
            case Tok::Add:
            case Tok::Sub:
                return is_numeric(x);
            case Tok::Xor:
                return is_integer(x);
            case Tok::Not:
                return is_boolean(x);
            default:
                return false;
            }
        });
        if (!ok) {
            operand_error(t, u->x->pos,
                          std::string("invalid operation: operator ") + token_spelling(u->op) +
                              " not defined on " + describe(u->x));

            set_invalid(u);
            return;
        }
        u->type = t;
        if (u->x->mode == Mode::Constant) {
            Constant c = u->x->value;
            switch (u->op) {
            case Tok::Sub:
                if (c.kind == Constant::Kind::Int)
                    c.i = -c.i;
                else
                    c.f = -c.f;
                break;
            case Tok::Not:
                c.b = !c.b;
                break;
            case Tok::Xor:
                if (is_unsigned(t)) {
                    // ^x for unsigned x flips the bits within the type's size.
                    int bits = 64;
                    switch (under(t)->kind) {
                    case Kind::Uint8:
                        bits = 8;
                        break;
                    case Kind::Uint16:
                        bits = 16;
                        break;
                    case Kind::Uint32:
                        bits = 32;
                        break;
                    default:
                        break;
                    }
                    Int128 mask = (Int128(1) << bits) - 1;
                    c.i = c.i ^ mask;
                } else {
                    c.i = ~c.i;
                }
                break;
            default:
                break;
            }
            u->mode = Mode::Constant;
            u->value = c;
            overflow_check(u);
            return;
        }
        u->mode = Mode::Value;
    }

    // A typed constant must fit its type: "c * 10 (constant 1000 of type int8) overflows int8".
    void overflow_check(Expr* e) {
        if (e->mode != Mode::Constant || is_untyped(e->type))
            return;
        Constant c = e->value;
        std::string reason;
        if (!representable(c, e->type, &reason)) {
            if (reason == "truncated")
                error(e->pos, describe(e) + " truncated to " + type_string(e->type));
            else
                error(e->pos, describe(e) + " overflows " + type_string(e->type));
            set_invalid(e);
            return;
        }
        e->value = c;
    }

    static int untyped_rank(const Type* t) {
        switch (t->kind) {
        case Kind::UntypedInt:
            return 1;
        case Kind::UntypedRune:
            return 2;
        case Kind::UntypedFloat:
            return 3;
        default:
            return 0;
        }
    }

    // convert_untyped to a type parameter: the constant must suit every type in its type set.
    bool untyped_to_type_param(Expr* e, const Type* t, const char* context) {
        bool nil = e->type->kind == Kind::UntypedNil;
        if (nil && !context)
            return true; // a comparison with nil reports it
        bool ok = !nil && holds_in_type_set(t, [&](const Type* term) {
            bool kind_ok = (is_numeric(e->type) && is_numeric(term)) ||
                           (is_string(e->type) && is_string(term)) ||
                           (is_boolean(e->type) && is_boolean(term));
            if (!kind_ok || e->mode != Mode::Constant)
                return kind_ok;
            Constant c = e->value;
            std::string reason;
            return representable(c, term, &reason);
        });
        if (!ok) {
            if (nil)
                type_param_error(e->pos,
                                 "cannot use nil as " + type_string(t) + " value in " + context);
            else if (context)
                type_param_error(e->pos, "cannot use " + describe(e) + " as " + type_string(t) +
                                             " value in " + context);
            else
                type_param_error(e->pos, "cannot convert " + describe(e) + " to " + type_string(t));
            set_invalid(e);
            return false;
        }
        set_type_deep(e, t);
        if (e->mode == Mode::Constant)
            e->mode = Mode::Value; // a constant of type parameter type is only a value
        return true;
    }

    // Gives an untyped operand the type t (Go's implicit conversion); reports
    // with the binary-operand wording unless context names an assignment.
    bool convert_untyped(Expr* e, const Type* t, const char* context) {
        if (e->mode == Mode::Invalid || !is_untyped(e->type) || is_invalid(t))
            return true;
        if (is_untyped(t)) {
            // Both untyped: the "larger" numeric kind wins.
            if (is_numeric(e->type) && is_numeric(t) && untyped_rank(t) > untyped_rank(e->type)) {
                e->type = t;
                if (e->mode == Mode::Constant && t->kind == Kind::UntypedFloat)
                    e->value = Constant::make_float(e->value.as_float());
            }
            return true;
        }
        if (is_type_param(t) && t->type_set_known)
            return untyped_to_type_param(e, t, context);
        const Type* target = t;
        if (is_interface(t)) {
            if (e->type->kind == Kind::UntypedNil)
                return true;
            target = types.default_type(e->type);
        } else if (e->type->kind == Kind::UntypedNil) {
            const Type* u = under(t);
            if (u->kind == Kind::Slice || u->kind == Kind::Map || u->kind == Kind::Pointer ||
                u->kind == Kind::Func || u->kind == Kind::Chan) {
                e->type = t;
                return true;
            }
            if (context)
                error(e->pos, "cannot use nil as " + type_string(t) + " value in " + context);
            else
                error(e->pos, "cannot convert nil to " + type_string(t));
            set_invalid(e);
            return false;
        }
        const Type* tu = under(target);
        bool kind_ok = (is_numeric(e->type) && is_numeric(tu)) ||
                       (is_string(e->type) && is_string(tu)) ||
                       (is_boolean(e->type) && is_boolean(tu));
        if (!kind_ok) {
            if (context)
                error(e->pos, "cannot use " + describe(e) + " as " + type_string(t) + " value in " +
                                  context);
            else
                error(e->pos, "cannot convert " + describe(e) + " to " + type_string(t));
            set_invalid(e);
            return false;
        }
        if (e->mode == Mode::Constant) {
            Constant c = e->value;
            std::string reason;
            if (!representable(c, target, &reason)) {
                if (context)
                    error(e->pos, "cannot use " + describe(e) + " as " + type_string(target) +
                                      " value in " + context +
                                      (reason.empty() ? "" : " (" + reason + ")"));
                else if (!reason.empty())
                    // Go names the underlying type here: "truncated to int64".
                    error(e->pos, describe(e) + " " +
                                      (reason == "truncated" ? "truncated to " : "overflows ") +
                                      type_string(under(target)));
                else
                    error(e->pos, "cannot convert " + describe(e) + " to " + type_string(target));
                set_invalid(e);
                return false;
            }
            e->value = c;
        }
        set_type_deep(e, target);
        return true;
    }

    // Records the final type of an untyped expression in it and, for
    // non-constant expressions, in its untyped operands.
    void set_type_deep(Expr* root, const Type* t) {
        // NOTE: a worklist, not recursion: an untyped operand may be 10,000 levels deep.
        std::vector<Expr*> todo{root};
        while (!todo.empty()) {
            Expr* e = todo.back();
            todo.pop_back();
            if (!is_untyped(e->type))
                continue;
            e->type = t;
            if (e->mode == Mode::Constant)
                continue;
            if (e->kind == ExprKind::Paren)
                todo.push_back(static_cast<ParenExpr*>(e)->x);
            else if (e->kind == ExprKind::Unary)
                todo.push_back(static_cast<UnaryExpr*>(e)->x);
            else if (e->kind == ExprKind::Binary) {
                auto* b = static_cast<BinaryExpr*>(e);
                if (b->op == Tok::Shl || b->op == Tok::Shr)
                    todo.push_back(b->x);
                else if (!is_comparison(b->op)) {
                    todo.push_back(b->y);
                    todo.push_back(b->x);
                }
            }
        }
    }

    static bool is_comparison(Tok op) {
        return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq ||
               op == Tok::Gtr || op == Tok::Geq;
    }

    // A binary operation once its left operand is checked (chain checks it).
    void binary(BinaryExpr* b) {
        single_value(b->x);
        expr_or_type(b->y);
        single_value(b->y);
        if (b->x->mode == Mode::Invalid || b->y->mode == Mode::Invalid) {
            set_invalid(b);
            return;
        }
        if (function_operand(b))
            return;

        if (b->op == Tok::Shl || b->op == Tok::Shr) {
            shift(b);
            return;
        }
        // Match untyped operands to the other side.
        const Type* xt = b->x->type;
        const Type* yt = b->y->type;
        // Go points at the left operand, or for a comparison at the right one.
        Pos mismatch_at = is_comparison(b->op) ? b->y->pos : b->pos;
        auto mismatch = [&]() {
            operands_error(b, mismatch_at,
                           "invalid operation: " + expr_string(b) + " (mismatched types " +
                               type_string(b->x->type) + " and " + type_string(b->y->type) + ")");
            set_invalid(b);
        };
        if (is_untyped(xt) && is_untyped(yt)) {
            bool both_num = is_numeric(xt) && is_numeric(yt);
            if (!both_num && xt != yt) {
                mismatch();
                return;
            }
            if (both_num) {
                const Type* wide = untyped_rank(xt) >= untyped_rank(yt) ? xt : yt;
                convert_untyped(b->x, wide, nullptr);
                convert_untyped(b->y, wide, nullptr);
            }
        } else if (is_untyped(xt)) {
            if (!implicit_ok(b->x, yt)) {
                mismatch();
                return;
            }
            if (!convert_untyped(b->x, yt, nullptr)) {
                set_invalid(b);
                return;
            }
        } else if (is_untyped(yt)) {
            if (!implicit_ok(b->y, xt)) {
                mismatch();
                return;
            }
            if (!convert_untyped(b->y, xt, nullptr)) {
                set_invalid(b);
                return;
            }
        }
        xt = b->x->type;
        yt = b->y->type;

        if (is_comparison(b->op)) {
            comparison(b);
            return;
        }
        if (!identical(xt, yt)) {
            mismatch();
            return;
        }
        // The operator must be defined on the operand type (on each type in a type set).
        bool ok =
            holds_in_type_set(xt, [&](const Type* t) { return operator_defined_on(b->op, t); });
        if (!ok) {
            operand_error(xt, b->pos,
                          std::string("invalid operation: operator ") + token_spelling(b->op) +
                              " not defined on " + describe(b->x));
            set_invalid(b);
            return;
        }
        if ((b->op == Tok::Quo || b->op == Tok::Rem) && b->y->mode == Mode::Constant &&
            ((b->y->value.kind == Constant::Kind::Int && b->y->value.i == 0) ||
             (b->y->value.kind == Constant::Kind::Float && b->y->value.f == 0 && is_integer(xt))) &&
            (b->x->mode == Mode::Constant || is_integer(xt))) {
            error(b->y->pos, "invalid operation: division by zero");
            set_invalid(b);
            return;
        }
        b->type = xt;
        if (b->x->mode == Mode::Constant && b->y->mode == Mode::Constant) {
            Constant out;
            if (!fold_binary(b->op, b->x->value, b->y->value, is_integer(xt), out)) {
                error(b->y->pos, "invalid operation: division by zero");
                set_invalid(b);
                return;
            }
            b->mode = Mode::Constant;
            b->value = out;
            overflow_check(b);
            return;
        }
        b->mode = Mode::Value;
    }

    // Returns whether an untyped operand can convert to t at all (else the
    // binary operation reports mismatched types).
    bool implicit_ok(Expr* e, const Type* t) {
        // Beside a type parameter, an untyped constant may convert when it is a boolean exactly
        // when every type in the set is, and a string likewise; whether it converts to each
        // type is convert_untyped's to say ("cannot convert 1.5 (untyped float constant) to
        // T"). Anything else is a mismatch.
        if (is_type_param(t) && t->type_set_known && !t->constraint_invalid &&
            e->type->kind != Kind::UntypedNil) {
            auto all = [&](bool (*pred)(const Type*)) {
                return !t->terms.empty() && holds_in_type_set(t, pred);
            };
            return all(is_boolean) == is_boolean(e->type) && all(is_string) == is_string(e->type);
        }
        const Type* u = under(t);
        if (e->type->kind == Kind::UntypedNil)
            return u->kind == Kind::Slice || u->kind == Kind::Map || u->kind == Kind::Pointer ||
                   u->kind == Kind::Func || u->kind == Kind::Chan || u->kind == Kind::Interface;
        if (u->kind == Kind::Interface)
            return true;
        if (is_numeric(e->type))
            return is_numeric(u);
        if (is_string(e->type))
            return is_string(u);
        if (is_boolean(e->type))
            return is_boolean(u);
        return false;
    }

    // Returns whether e is the predeclared nil (its type may already be the other operand's).
    static bool is_nil(Expr* e) {
        Expr* u = unparen(e);
        return u->kind == ExprKind::Ident && static_cast<Ident*>(u)->obj &&
               static_cast<Ident*>(u)->obj->kind == ObjKind::Nil;
    }

    // Returns the kind of t as Go's comparison errors name it: "struct", "map", or the type.
    static std::string kind_string(const Type* t) {
        switch (under(t)->kind) {
        case Kind::Array:
            return "array";
        case Kind::Slice:
            return "slice";
        case Kind::Struct:
            return "struct";
        case Kind::Pointer:
            return "pointer";
        case Kind::Func:
            return "func";
        case Kind::Interface:
            return "interface";
        case Kind::Map:
            return "map";
        case Kind::Chan:
            return "chan";
        default:
            return type_string(t);
        }
    }

    // Returns why values of type t cannot be compared with ==, in Go's words.
    static std::string incomparable_cause(const Type* t) {
        const Type* u = under(t);
        switch (u->kind) {
        case Kind::Slice:
        case Kind::Func:
        case Kind::Map:
            return kind_string(t) + " can only be compared to nil";
        case Kind::Struct:
            for (const Field& f : u->fields)
                if (!is_comparable(f.type))
                    return "struct containing " + type_string(f.type) + " cannot be compared";
            break;
        case Kind::Array:
            return type_string(u) + " cannot be compared";
        default:
            break;
        }
        return "operator == not defined on " + type_string(t);
    }

    // Checks a comparison of type parameter values against their type set; returns whether it
    // settled the comparison (reported an error, or found it defined).
    bool type_param_comparison(BinaryExpr* b, bool nil_cmp, bool ordered) {
        const Type* xt = b->x->type;
        const Type* yt = b->y->type;
        const Type* tp = is_type_param(xt) ? xt : is_type_param(yt) ? yt : nullptr;
        if (!tp || !tp->type_set_known)
            return false;
        std::string why;
        // An undefined constraint leaves no type in the set for comparisons (Go 1.19).
        auto all = [&](auto pred) {
            return !tp->constraint_invalid && holds_in_type_set(tp, pred);
        };
        if (nil_cmp) {
            if (tp->constraint_invalid)
                return false;
            if (tp->terms.empty())
                why = "mismatched types " + type_string(xt) + " and " + type_string(yt);
        } else if (!identical(xt, yt)) {
            return false;
        } else if (ordered) {
            if (!all([](const Type* t) { return is_ordered(t); }))
                why = "type parameter " + tp->name + " is not comparable with " +
                      token_spelling(b->op);
        } else if (!tp->constraint_comparable &&
                   !all([](const Type* t) { return is_comparable(t) && !is_interface(t); })) {
            why = "incomparable types in type set";
        }
        if (why.empty() && nil_cmp)
            return false;
        if (why.empty()) {
            // Defined on every type in the set: the ordinary checks would look at the
            // parameter's placeholder underlying type instead.
            b->mode = Mode::Value;
            b->type = types.basic(Kind::UntypedBool);
            return true;
        }
        type_param_error(nil_cmp ? b->y->pos : start_of(b),
                         "invalid operation: " + expr_string(b) + " (" + why + ")");
        set_invalid(b);
        return true;
    }

    void comparison(BinaryExpr* b) {
        const Type* xt = b->x->type;
        const Type* yt = b->y->type;
        bool nil_cmp = xt->kind == Kind::UntypedNil || yt->kind == Kind::UntypedNil ||
                       is_nil(b->x) || is_nil(b->y);
        // An interface and a value of a type that implements it compare too.
        bool mixed = !nil_cmp && !identical(xt, yt) &&
                     ((is_interface(xt) && !is_untyped(yt) && assignable_type(yt, xt)) ||
                      (is_interface(yt) && !is_untyped(xt) && assignable_type(xt, yt)));
        if (!nil_cmp && !mixed && !identical(xt, yt) && !(is_untyped(xt) && is_untyped(yt))) {
            operands_error(b, b->y->pos,
                           "invalid operation: " + expr_string(b) + " (mismatched types " +
                               type_string(xt) + " and " + type_string(yt) + ")");
            set_invalid(b);
            return;
        }
        bool ordered = b->op != Tok::Eql && b->op != Tok::Neq;
        if (type_param_comparison(b, nil_cmp, ordered))
            return;
        const Expr* bad_operand = nullptr;
        if (ordered) {
            if (!is_ordered(xt))
                bad_operand = b->x;
        } else if (nil_cmp) {
            const Type* other = xt->kind == Kind::UntypedNil ? yt : xt;
            const Type* u = under(other);
            if (!(u->kind == Kind::Slice || u->kind == Kind::Map || u->kind == Kind::Pointer ||
                  u->kind == Kind::Func || u->kind == Kind::Chan || u->kind == Kind::Interface ||
                  u->kind == Kind::UntypedNil)) {
                error(b->pos, "invalid operation: " + expr_string(b) + " (mismatched types " +
                                  type_string(xt) + " and " + type_string(yt) + ")");
                set_invalid(b);
                return;
            }
            if (u->kind == Kind::UntypedNil) {
                error(b->pos,
                      "invalid operation: " + expr_string(b) + " (operator == not defined on nil)");
                set_invalid(b);
                return;
            }
        } else if (!is_comparable(xt)) {
            bad_operand = b->x;
        } else if (!is_comparable(yt)) {
            bad_operand = b->y;
        }
        if (bad_operand) {
            std::string why = ordered ? std::string("operator ") + token_spelling(b->op) +
                                            " not defined on " + kind_string(bad_operand->type)
                                      : incomparable_cause(bad_operand->type);
            error(b->pos, "invalid operation: " + expr_string(b) + " (" + why + ")");
            set_invalid(b);
            return;
        }
        b->type = types.basic(Kind::UntypedBool);
        if (b->x->mode == Mode::Constant && b->y->mode == Mode::Constant) {
            Constant out;
            fold_binary(b->op, b->x->value, b->y->value, true, out);
            b->mode = Mode::Constant;
            b->value = out;
            return;
        }
        // The operands of a run-time comparison need concrete types.
        if (is_untyped(b->x->type))
            convert_untyped(b->x, types.default_type(b->x->type), nullptr);
        if (is_untyped(b->y->type))
            convert_untyped(b->y, types.default_type(b->y->type), nullptr);
        b->mode = Mode::Value;
    }

    // Checks a shift count: an integer (untyped constants must be representable as uint).
    bool shift_count(Expr* y) {
        if (y->mode == Mode::Constant) {
            Constant c = y->value;
            // An untyped count must be representable as uint, and go build says so that way.
            if (!c.is_integral() && is_untyped(y->type)) {
                error(y->pos, is_numeric(y->type) ? describe(y) + " truncated to uint"
                                                  : "cannot convert " + describe(y) + " to uint");
                return false;
            }
            if (!c.is_integral() || (!is_integer(y->type) && !is_untyped(y->type))) {
                error(y->pos, "invalid operation: shift count " + describe(y) + " must be integer");
                return false;
            }
            if (c.kind == Constant::Kind::Float)
                c = Constant::make_int(Int128(c.f));
            if (c.i < 0) {
                error(y->pos, "invalid operation: negative shift count " + describe(y));
                return false;
            }
            y->value = c;
            if (is_untyped(y->type))
                convert_untyped(y, types.basic(Kind::Uint), nullptr);
        } else if (!integer_type(y->type)) {
            operand_error(y->type, y->pos,
                          "invalid operation: shift count " + describe(y) + " must be integer");
            return false;
        }
        return true;
    }

    // Returns whether t is an integer type; for a type parameter, whether every type of its
    // type set is (int(x) and x << n of a T constrained by any are errors in its body).
    static bool integer_type(const Type* t) {
        return holds_in_type_set(t, [](const Type* u) { return is_integer(u); });
    }

    void shift(BinaryExpr* b) {
        Expr* y = b->y;
        if (!shift_count(y)) {
            set_invalid(b);
            return;
        }
        Expr* x = b->x;
        if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
            Constant c = x->value;
            if (c.kind == Constant::Kind::Float) {
                if (!c.is_integral()) {
                    error(x->pos,
                          "invalid operation: shifted operand " + describe(x) + " must be integer");
                    set_invalid(b);
                    return;
                }
                c = Constant::make_int(Int128(c.f));
            }
            if (c.kind != Constant::Kind::Int || (!is_integer(x->type) && !is_untyped(x->type))) {
                error(x->pos,
                      "invalid operation: shifted operand " + describe(x) + " must be integer");
                set_invalid(b);
                return;
            }
            Int128 n = y->value.i;
            if (b->op == Tok::Shl) {
                if (n >= 126 ||
                    (c.i != 0 && (c.i > 0 ? c.i : -c.i) >= (Int128(1) << (126 - int(n))))) {
                    unsupported(b->pos, "integer constants beyond 128 bits");
                    set_invalid(b);
                    return;
                }
                c.i = c.i << int(n);
            } else {
                c.i = n >= 127 ? (c.i < 0 ? -1 : 0) : c.i >> int(n);
            }
            b->mode = Mode::Constant;
            b->type = x->type->kind == Kind::UntypedFloat ? types.basic(Kind::UntypedInt) : x->type;
            b->value = c;
            overflow_check(b);
            return;
        }
        if (!integer_type(x->type)) {
            operand_error(x->type, x->pos,
                          "invalid operation: shifted operand " + describe(x) + " must be integer");
            set_invalid(b);
            return;
        }
        // A non-constant shift has the type of its left operand; an untyped constant
        // there takes the type the context gives it later (spec "Operators").
        if (is_untyped(x->type) && x->mode == Mode::Constant && !x->value.is_integral()) {
            error(x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
            set_invalid(b);
            return;
        }
        if (is_untyped(y->type))
            convert_untyped(y, types.basic(Kind::Uint), nullptr);
        b->type = x->type->kind == Kind::UntypedFloat ? types.basic(Kind::UntypedInt) : x->type;
        b->mode = Mode::Value;
    }

    // Checks one element of a slice or array literal (an elided literal when
    // it has no type of its own).
    void element(Expr* e, const Type* elem, const char* context) {
        if (e->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(e)->type_expr) {
            composite(static_cast<CompositeLit*>(e), elem);
            return;
        }
        rvalue(e);
        assign_value(e, elem, context);
    }

    // Struct literals: all fields in order, or some by name.
    void struct_literal(CompositeLit* c, const Type* t) {
        const Type* u = under(t);
        bool keyed = !c->elts.empty() && c->elts[0]->kind == ExprKind::KeyValue;
        std::set<std::string> given;
        for (size_t i = 0; i < c->elts.size(); i++) {
            Expr* e = c->elts[i];
            // Go reports a literal's mistakes but keeps its type.
            if ((e->kind == ExprKind::KeyValue) != keyed) {
                error(e->pos, "mixture of field:value and value elements in struct literal");
                break;
            }
            if (!keyed) {
                if (i >= u->fields.size()) {
                    error(e->pos, "too many values in " + type_string(t) + "{…}");
                    break;
                }
                rvalue(e);
                assign_value(e, u->fields[i].type, "struct literal");
                continue;
            }
            auto* kv = static_cast<KeyValueExpr*>(e);
            if (kv->key->kind != ExprKind::Ident) {
                error(kv->key->pos,
                      "invalid field name " + expr_string(kv->key) + " in struct literal");
                rvalue(kv->value);
                continue;
            }
            const std::string& name = static_cast<Ident*>(kv->key)->name;
            int index = -1;
            for (size_t f = 0; f < u->fields.size(); f++)
                if (u->fields[f].name == name)
                    index = int(f);
            if (index < 0) {
                error(kv->key->pos,
                      "unknown field '" + name + "' in struct literal of type " + type_string(t));
                rvalue(kv->value);
                continue;
            }
            if (!given.insert(name).second)
                error(kv->key->pos, "duplicate field name " + name + " in struct literal");
            kv->key->mode = Mode::Value;
            kv->key->value = Constant::make_int(index);
            rvalue(kv->value);
            assign_value(kv->value, u->fields[size_t(index)].type, "struct literal");
        }
        if (!keyed && !c->elts.empty() && c->elts.size() < u->fields.size())
            error(c->rbrace, "too few values in " + type_string(t) + "{…}");
        c->mode = Mode::Value;
        c->type = t;
    }

    // Returns the length an array type's len expression gives, or -1 after reporting why it
    // gives none, in Go 1.19's words.
    int64_t array_length(Expr* len) {
        if (len->kind == ExprKind::Ellipsis) {
            error(len->pos, "invalid use of [...] array (outside a composite literal)");
            return -1;
        }
        // A name is looked up first, without using it: Go words a missing or non-constant
        // one for what it may be, a type parameter missing its constraint.
        if (len->kind == ExprKind::Ident) {
            const std::string& name = static_cast<Ident*>(len)->name;
            Entity* o = scope->lookup(name);
            if (!o) {
                error(len->pos, "undeclared name " + name + " for array length");
                return -1;
            }
            if (o->kind != ObjKind::Const) {
                error(len->pos, "invalid array length " + name);
                return -1;
            }
        }
        rvalue(len);
        if (len->mode != Mode::Constant) {
            if (len->mode != Mode::Invalid)
                error(len->pos, "array length " + describe(len) + " must be constant");
            return -1;
        }
        // An untyped constant of integer value (2.0) is a length too; one that does not fit
        // an int is no integer to Go.
        Constant n = len->value;
        if ((is_untyped(len->type) || is_integer(len->type)) && n.is_integral() &&
            representable(n, types.basic(Kind::Int), nullptr)) {
            if (n.i >= 0)
                return int64_t(n.i);
            error(len->pos, "invalid array length " + describe(len));
            return -1;
        }
        error(len->pos, "array length " + describe(len) + " must be integer");
        return -1;
    }

    // Checks the elements of a composite literal whose type is not one: their own mistakes are
    // reported, as Go does. A key may name a struct field, so only its value is looked at.
    void use_elements(CompositeLit* c) {
        for (Expr* e : c->elts) {
            Expr* v = e->kind == ExprKind::KeyValue ? static_cast<KeyValueExpr*>(e)->value : e;
            if (v->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(v)->type_expr) {
                error(v->pos, "missing type in composite literal");
                continue;
            }
            expr_or_type(v);
        }
    }

    // Array and slice literals; keys are constant indices, each used once. Returns the length.
    int64_t indexed_literal(CompositeLit* c, const Type* elem, int64_t length) {
        int64_t next = 0, max = 0;
        std::set<int64_t> used;
        for (Expr* e : c->elts) {
            Expr* v = e;
            Pos at = e->pos;
            if (e->kind == ExprKind::KeyValue) {
                auto* kv = static_cast<KeyValueExpr*>(e);
                rvalue(kv->key);
                if (kv->key->mode == Mode::Constant && is_untyped(kv->key->type))
                    convert_untyped(kv->key, types.basic(Kind::Int), nullptr);
                if (kv->key->mode != Mode::Constant || !is_integer(kv->key->type)) {
                    if (kv->key->mode != Mode::Invalid)
                        error(kv->colon,
                              "index " + expr_string(kv->key) + " must be integer constant");
                    set_invalid(c);
                    return 0;
                }
                if (kv->key->value.i < 0) {
                    error(kv->key->pos,
                          "invalid argument: index " + describe(kv->key) + " must not be negative");
                    set_invalid(c);
                    return 0;
                }
                next = int64_t(kv->key->value.i);
                v = kv->value;
                at = kv->colon;
            }
            if (!used.insert(next).second) {
                error(at, "duplicate index " + std::to_string(next) + " in array or slice literal");
                set_invalid(c);
                return 0;
            }
            if (length >= 0 && next >= length) {
                // Go words a key past the end as a bad index, an element past it by its count.
                if (e->kind == ExprKind::KeyValue)
                    error(static_cast<KeyValueExpr*>(e)->key->pos,
                          "invalid argument: index " + std::to_string(next) +
                              " out of bounds [0:" + std::to_string(length) + "]");
                else
                    error(v->pos, "index " + std::to_string(next) +
                                      " is out of bounds (>= " + std::to_string(length) + ")");
                set_invalid(c);
                return 0;
            }
            element(v, elem, "array or slice literal");
            next++;
            max = std::max(max, next);
        }
        return max;
    }

    // CompositeLit: struct, array and slice literals.
    void composite(CompositeLit* c, const Type* hint) {
        const Type* t = hint;
        if (hint && !c->type_expr && under(hint)->kind == Kind::Pointer) {
            // []*T{{...}}: the element is &T{...}.
            composite(c, under(hint)->elem);
            if (c->mode != Mode::Invalid)
                c->type = hint;
            return;
        }
        if (c->type_expr) {
            auto* at = c->type_expr->kind == ExprKind::ArrayType
                           ? static_cast<ArrayTypeExpr*>(c->type_expr)
                           : nullptr;
            if (at && at->len && at->len->kind == ExprKind::Ellipsis) {
                // [...]T{...}: the length is the literal's.
                const Type* elem = resolve_type(at->elem);
                if (is_invalid(elem)) {
                    set_invalid(c);
                    return;
                }
                int64_t n = indexed_literal(c, elem, -1);
                if (c->type == types.invalid())
                    return;
                c->mode = Mode::Value;
                c->type = types.array_of(elem, n);
                return;
            }
            t = resolve_type(c->type_expr);
        }
        if (!t) {
            error(c->pos, "invalid composite literal type: missing type");
            set_invalid(c);
            return;
        }
        const Type* u = is_invalid(t) ? nullptr : under(t);
        if (!u || is_invalid(u)) {
            use_elements(c); // the type's own mistake was reported
            set_invalid(c);
            return;
        }
        if ((is_sync_object(t) || t->special == Special::Time) && c->elts.empty()) {
            // sync.WaitGroup{} and time.Time{} are their zero values.
            c->mode = Mode::Value;
            c->type = t;
            return;
        }
        if (u->kind == Kind::Map) {
            map_literal(c, t);
            return;
        }
        if (u->kind == Kind::Struct && t->special == Special::None) {
            struct_literal(c, t);
            return;
        }
        if (u->kind == Kind::Array) {
            indexed_literal(c, u->elem, u->len);
            if (c->type == types.invalid())
                return;
            c->mode = Mode::Value;
            c->type = t;
            return;
        }
        if (u->kind != Kind::Slice) {
            use_elements(c);
            error(c->pos, "invalid composite literal type " + type_string(t));
            set_invalid(c);
            return;
        }
        bool keyed = std::any_of(c->elts.begin(), c->elts.end(),
                                 [](Expr* e) { return e->kind == ExprKind::KeyValue; });
        if (keyed) {
            // []T{2: x, y}: as an array literal whose length is its largest index + 1.
            indexed_literal(c, u->elem, -1);
            if (c->type == types.invalid())
                return;
            c->mode = Mode::Value;
            c->type = t;
            return;
        }
        for (Expr* e : c->elts) {
            if (e->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(e)->type_expr) {
                composite(static_cast<CompositeLit*>(e), u->elem);
                continue;
            }
            rvalue(e);
            assign_value(e, u->elem, "array or slice literal");
        }
        c->mode = Mode::Value;
        c->type = t;
    }

    // map[K]V{k: v, ...}: every element keyed, constant keys distinct.
    void map_literal(CompositeLit* c, const Type* t) {
        const Type* u = under(t);
        std::set<std::string> seen;
        auto element = [&](Expr* e, const Type* want, const char* context) {
            if (e->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(e)->type_expr) {
                composite(static_cast<CompositeLit*>(e), want);
                return;
            }
            rvalue(e);
            assign_value(e, want, context);
        };
        for (Expr* e : c->elts) {
            if (e->kind != ExprKind::KeyValue) {
                error(e->pos, "missing key in map literal");
                rvalue(e);
                continue;
            }
            auto* kv = static_cast<KeyValueExpr*>(e);
            element(kv->key, u->key, "map literal");
            element(kv->value, u->elem, "map literal");
            if (kv->key->mode == Mode::Constant) {
                std::string text = expr_string(kv->key);
                std::string id = kv->key->value.kind == Constant::Kind::String
                                     ? "s" + kv->key->value.s
                                     : "v" + kv->key->value.to_string();
                if (!seen.insert(id).second)
                    error(kv->key->pos, "duplicate key " + text + " in map literal");
            }
        }
        c->mode = Mode::Value;
        c->type = t;
    }

    // [SECTION] Calls

    void call(CallExpr* c) {
        expr_or_type(c->fun);
        Expr* fun = c->fun;
        if (fun->mode == Mode::Invalid) {
            for (Expr* a : c->args)
                expr_or_type(a);
            set_invalid(c);
            return;
        }
        if (fun->mode == Mode::TypeExpr) {
            conversion(c);
            return;
        }
        if (fun->mode == Mode::Builtin) {
            builtin(c, static_cast<Ident*>(unparen(fun))->obj->builtin);
            return;
        }
        if (fun->mode == Mode::PkgName) {
            error(fun->pos, "use of package " + expr_string(fun) + " without selector");
            set_invalid(c);
            return;
        }
        bool checked = false; // the arguments, already
        if (fun->type == generic_marker) {
            if (!generic_call(c)) {
                set_invalid(c);
                return;
            }
            fun = c->fun;
            checked = true;
        } else if (unparen(fun)->kind == ExprKind::Index &&
                   static_cast<IndexExpr*>(unparen(fun))->instance) {
            call_instance(c, static_cast<IndexExpr*>(unparen(fun))->instance);
            fun = c->fun;
        }
        const Type* sig = under(fun->type);
        if (!sig || sig->kind != Kind::Func) {
            // NOTE: Go leaves the arguments unchecked: a variable used only there is unused.
            unconstrained_error(fun->type, c->pos,
                                "invalid operation: cannot call non-function " + describe(fun));
            set_invalid(c);
            return;
        }
        arguments(c, sig, expr_string(fun), checked);
        if (sig->results.empty()) {
            c->mode = Mode::NoValue;
            c->type = types.invalid();
        } else if (sig->results.size() == 1) {
            c->mode = Mode::Value;
            c->type = sig->results[0];
        } else {
            Type* tup = const_cast<Type*>(types.tuple(sig->results));
            tup->result_names = sig->result_names;
            c->mode = Mode::Value;
            c->type = tup;
        }
    }

    // Checks the arguments of a call against the signature.
    void arguments(CallExpr* c, const Type* sig, const std::string& name, bool checked = false) {
        std::vector<Expr*>& args = c->args;
        for (Expr* a : args)
            if (!checked)
                expr_or_type(a);
        // f(g()) where g returns several values.
        std::vector<const Type*> have;
        bool spread = args.size() == 1 && args[0]->type && args[0]->type->kind == Kind::Tuple &&
                      args[0]->mode != Mode::Invalid;
        if (spread) {
            have = args[0]->type->results;
        } else {
            for (Expr* a : args) {
                single_value(a);
                if (a->mode == Mode::Invalid)
                    return;
            }
        }
        for (Expr* a : args)
            if (a->mode == Mode::Invalid)
                return;
        size_t nparams = sig->params.size();
        size_t nargs = spread ? have.size() : args.size();
        if (c->has_dots) {
            if (!sig->variadic) {
                error(start_of(c), "cannot use ... in call to non-variadic " + name);
                return;
            }
        }
        bool count_ok = sig->variadic && !c->has_dots ? nargs >= nparams - 1 : nargs == nparams;
        if (!count_ok) {
            std::string h = "(";
            for (size_t i = 0; i < nargs; i++) {
                if (i)
                    h += ", ";
                h += spread ? type_string(have[i]) : have_type(args[i]);
            }
            h += ")";
            std::string w = "(";
            for (size_t i = 0; i < nparams; i++) {
                if (i)
                    w += ", ";
                if (sig->variadic && i + 1 == nparams)
                    w += "..." + type_string(sig->params[i]->elem);
                else
                    w += type_string(sig->params[i]);
            }
            w += ")";
            bool too_many = nargs > nparams;
            // Go points at the first extra argument, or at the last one given; every value
            // of f(g()) is g()'s.
            Pos at = c->pos;
            if (too_many)
                at = spread ? args[0]->pos : args[nparams]->pos;
            else if (!too_many && !args.empty())
                at = args.back()->pos;
            error(at, std::string(too_many ? "too many" : "not enough") + " arguments in call to " +
                          name + "\n\thave " + h + "\n\twant " + w);
            return;
        }
        if (spread) {
            for (size_t i = 0; i < have.size(); i++) {
                const Type* want = param_type(sig, i, false);
                if (!assignable_type(have[i], want)) {
                    error(args[0]->pos, "cannot use " + expr_string(args[0]) + " (value of type " +
                                            type_string(have[i]) + ") as " + type_string(want) +
                                            " value in argument to " + name);
                    return;
                }
            }
            return;
        }
        for (size_t i = 0; i < args.size(); i++) {
            bool as_slice = c->has_dots && i + 1 == args.size();
            assign_value(args[i], param_type(sig, i, as_slice), ("argument to " + name).c_str());
        }
    }

    const Type* param_type(const Type* sig, size_t i, bool as_slice) {
        size_t n = sig->params.size();
        if (sig->variadic && i >= n - 1)
            return as_slice ? sig->params[n - 1] : sig->params[n - 1]->elem;
        return sig->params[i];
    }

    // Returns whether a type parameter's type set has one underlying type (its core type).
    static bool one_core_type(const Type* t) {
        if (t->terms.empty())
            return false;
        for (const Type* term : t->terms)
            if (!identical(term, t->terms[0]))
                return false;
        return true;
    }

    // Returns whether a value of type from converts to type to, neither a type parameter.
    bool convertible(const Type* from, const Type* to) {
        const Type* fu = under(from);
        const Type* tu = under(to);
        return identical(fu, tu) || assignable_type(from, to) ||
               (is_numeric(tu) && is_numeric(fu)) ||
               (is_string(tu) && (is_integer(fu) || bytes_or_runes(fu))) ||
               (bytes_or_runes(tu) && is_string(fu)) || tu->kind == Kind::Interface ||
               (tu->kind == Kind::Pointer && fu->kind == Kind::Pointer &&
                identical(under(tu->elem), under(fu->elem)));
    }

    // Checks T(x) where x's type or T is a type parameter: Go converts only when every type
    // of the type sets converts, and says which one does not. Returns whether it holds; the
    // instances check the rest.
    bool type_param_conversion(Expr* x, const Type* t) {
        auto known = [](const Type* p) {
            return !is_type_param(p) || (p->type_set_known && !p->constraint_invalid);
        };
        if (!known(x->type) || !known(t))
            return true;
        bool from_param = is_type_param(x->type);
        bool to_param = is_type_param(t);
        std::string head = "cannot convert " + describe(x) + " to type " + type_string(t);
        if (x->mode == Mode::Constant && is_untyped(x->type))
            head = "cannot convert " + expr_string(x) + " (" + x->type->name + " value) to type " +
                   type_string(t);
        if (!to_param && under(t)->kind == Kind::Interface)
            return true; // any(x)
        if ((from_param && x->type->terms.empty()) || (to_param && t->terms.empty())) {
            type_param_error(x->pos, head);
            return false;
        }
        // Each pair of a type from x's set and one from t's.
        std::vector<const Type*> froms =
            from_param ? x->type->terms : std::vector<const Type*>{x->type};
        std::vector<const Type*> tos = to_param ? t->terms : std::vector<const Type*>{t};
        for (const Type* f : froms) {
            for (const Type* to : tos) {
                bool ok;
                if (x->mode == Mode::Constant && is_untyped(x->type)) {
                    std::string reason;
                    Constant v = x->value;
                    ok = (is_numeric(to) && is_numeric(x->type) &&
                          (!is_integer(to) || v.is_integral()) && representable(v, to, &reason)) ||
                         (is_string(to) && (is_string(x->type) || is_integer(x->type))) ||
                         (is_boolean(to) && is_boolean(x->type));
                } else {
                    ok = convertible(f, to);
                }
                if (ok)
                    continue;
                std::string from_text =
                    x->mode == Mode::Constant && is_untyped(x->type) ? describe(x) : type_string(f);
                if (from_param)
                    from_text += " (in " + x->type->name + ")";
                std::string to_text = type_string(to);
                if (to_param)
                    to_text += " (in " + t->name + ")";
                type_param_error(x->pos,
                                 head + ":\n\tcannot convert " + from_text + " to " + to_text);
                return false;
            }
        }
        return true;
    }

    void conversion(CallExpr* c) {
        const Type* t = c->fun->type;
        c->is_conversion = true;
        std::string what;
        if (!supported_type(t, &what)) {
            unsupported(c->fun->pos, what);
            set_invalid(c);
            return;
        }
        if (c->args.size() != 1) {
            if (c->args.empty())
                error(c->rparen, "missing argument in conversion to " + type_string(t));
            else
                error(c->args[1]->pos, "too many arguments in conversion to " + type_string(t));
            for (Expr* a : c->args)
                rvalue(a);
            set_invalid(c);
            return;
        }
        Expr* x = c->args[0];
        rvalue(x);
        if (x->mode == Mode::Invalid) {
            set_invalid(c);
            return;
        }
        if ((is_type_param(x->type) || is_type_param(t)) && !type_param_conversion(x, t)) {
            set_invalid(c);
            return;
        }
        const Type* tu = under(t);
        const Type* xu = under(x->type);
        // Constant conversions stay constant (spec "Conversions").
        if (x->mode == Mode::Constant && (is_numeric(tu) || is_string(tu) || is_boolean(tu))) {
            Constant v = x->value;
            bool ok = false;
            if (is_string(tu) && is_integer(xu)) {
                std::string s;
                append_utf8(s, v.i < 0 || v.i > 0x10FFFF ? 0xFFFD : int32_t(v.i));
                v = Constant::make_string(s);
                ok = true;
            } else if (is_numeric(tu) && is_numeric(xu)) {
                std::string reason;
                if (is_integer(tu) && v.kind == Constant::Kind::Float && !v.is_integral() &&
                    !is_untyped(xu)) {
                    ok = false; // typed float constant to int must be exact too
                } else {
                    ok = representable(v, t, &reason);
                }
                if (!ok) {
                    error(x->pos, "cannot convert " + describe(x) + " to type " + type_string(t));
                    set_invalid(c);
                    return;
                }
            } else if ((is_string(tu) && is_string(xu)) || (is_boolean(tu) && is_boolean(xu))) {
                ok = true;
            }
            if (ok) {
                c->mode = Mode::Constant;
                c->type = t;
                c->value = v;
                // The operand takes the target's type: uint64(1<<63) need not fit an int.
                if (is_untyped(x->type) && is_numeric(tu) && is_numeric(xu))
                    x->type = t;
                else
                    convert_untyped(x, types.default_type(x->type), nullptr);
                return;
            }
        }
        bool ok = false;
        if (identical(tu, xu) || (is_untyped(x->type) && implicit_ok(x, t)))
            ok = true;
        else if (!is_untyped(x->type) && assignable_type(x->type, t))
            ok = true; // (<-chan int)(c) with c a chan int, among others
        else if (is_numeric(tu) && is_numeric(xu))
            ok = true;
        else if (is_string(tu) && (is_integer(xu) || bytes_or_runes(xu)))
            ok = true;
        else if (bytes_or_runes(tu) && is_string(xu))
            ok = true;
        else if (tu->kind == Kind::Interface)
            ok = true;
        else if (tu->kind == Kind::Pointer && xu->kind == Kind::Pointer &&
                 identical(under(tu->elem), under(xu->elem)))
            ok = true; // (*T)(p) between pointers to types with one underlying type
        else if (tu->kind == Kind::Pointer && under(tu->elem)->kind == Kind::Array &&
                 xu->kind == Kind::Slice && identical(under(tu->elem)->elem, xu->elem))
            ok = true; // (*[N]T)(s), since Go 1.17
        if (!ok) {
            error(x->pos, "cannot convert " + describe(x) + " to type " + type_string(t));
            set_invalid(c);
            return;
        }
        if (is_untyped(x->type))
            convert_untyped(
                x, is_interface(t) || tu->kind == Kind::Slice ? types.default_type(x->type) : t,
                nullptr);
        c->mode = Mode::Value;
        c->type = t;
    }

    // Returns whether u is a slice of bytes or of runes, the slices strings convert to and from.
    static bool bytes_or_runes(const Type* u) {
        if (u->kind != Kind::Slice)
            return false;
        Kind k = under(u->elem)->kind;
        return k == Kind::Uint8 || k == Kind::Int32;
    }

    void builtin(CallExpr* c, Builtin id) {
        std::string name = expr_string(c->fun);
        switch (id) {
        case Builtin::Make: {
            if (c->args.empty()) {
                error(c->pos, "invalid operation: not enough arguments for " + expr_string(c) +
                                  " (expected 1, found 0)");
                set_invalid(c);
                return;
            }
            Expr* t = c->args[0];
            expr_or_type(t);
            for (size_t i = 1; i < c->args.size(); i++)
                rvalue(c->args[i]);
            if (t->mode == Mode::Invalid) {
                set_invalid(c);
                return;
            }
            if (t->mode != Mode::TypeExpr) {
                error(t->pos, expr_string(t) + " is not a type");
                set_invalid(c);
                return;
            }
            if (is_type_param(t->type) && under(t->type)->kind == Kind::Interface &&
                t->type->type_set_known && !t->type->constraint_invalid &&
                !one_core_type(t->type)) {
                type_param_error(t->pos, "invalid argument: cannot make " + expr_string(t) +
                                             ": no core type");
                set_invalid(c);
                return;
            }
            Kind made = under(t->type)->kind;
            if (made == Kind::Slice) {
                make_slice(c, t->type);
                return;
            }
            if (made != Kind::Chan && made != Kind::Map) {
                error(t->pos, "invalid argument: cannot make " + expr_string(t) +
                                  "; type must be slice, map, or channel");
                set_invalid(c);
                return;
            }
            if (c->args.size() > 2) {
                error(c->pos, "invalid operation: " + expr_string(c) +
                                  " expects 1 or 2 arguments; found " +
                                  std::to_string(c->args.size()));
                set_invalid(c);
                return;
            }
            if (c->args.size() == 2) {
                Expr* n = c->args[1];
                if (n->mode == Mode::Invalid) {
                    set_invalid(c);
                    return;
                }
                if (!index_value(n, -1)) {
                    set_invalid(c);
                    return;
                }
            }
            c->mode = Mode::Value;
            c->type = t->type;
            return;
        }
        case Builtin::Close: {
            for (Expr* a : c->args)
                rvalue(a);
            if (c->args.size() != 1) {
                error(c->pos, std::string("invalid operation: ") +
                                  (c->args.empty() ? "not enough" : "too many") +
                                  " arguments for " + expr_string(c) + " (expected 1, found " +
                                  std::to_string(c->args.size()) + ")");
                set_invalid(c);
                return;
            }
            Expr* x = c->args[0];
            if (x->mode == Mode::Invalid) {
                set_invalid(c);
                return;
            }
            const Type* ct = under(x->type);
            if (ct->kind != Kind::Chan) {
                error(x->pos, "invalid operation: cannot close non-channel " + describe(x));
                set_invalid(c);
                return;
            }
            if (ct->chan_dir == 2) {
                error(x->pos,
                      "invalid operation: cannot close receive-only channel " + describe(x));
                set_invalid(c);
                return;
            }
            c->mode = Mode::NoValue;
            c->type = types.invalid();
            return;
        }
        case Builtin::New: {
            if (c->args.size() != 1) {
                for (Expr* a : c->args)
                    expr_or_type(a);
                error(c->args.empty() ? c->rparen : c->args[1]->pos,
                      std::string("invalid operation: ") +
                          (c->args.empty() ? "not enough" : "too many") + " arguments for " +
                          expr_string(c) + " (expected 1, found " + std::to_string(c->args.size()) +
                          ")");
                set_invalid(c);
                return;
            }
            Expr* a = c->args[0];
            expr_or_type(a);
            if (a->mode == Mode::Invalid) {
                set_invalid(c);
                return;
            }
            if (a->mode != Mode::TypeExpr) {
                error(a->pos, expr_string(a) + " is not a type");
                set_invalid(c);
                return;
            }
            std::string what;
            if (!supported_type(a->type, &what)) {
                unsupported(a->pos, what);
                set_invalid(c);
                return;
            }
            c->mode = Mode::Value;
            c->type = types.pointer_to(a->type);
            return;
        }

        case Builtin::Len: {
            if (c->args.size() != 1) {
                for (Expr* a : c->args)
                    rvalue(a);
                if (c->args.empty())
                    error(c->pos, "invalid operation: not enough arguments for " + expr_string(c) +
                                      " (expected 1, found 0)");
                else
                    error(c->pos, "invalid operation: too many arguments for " + expr_string(c) +
                                      " (expected 1, found " + std::to_string(c->args.size()) +
                                      ")");
                set_invalid(c);
                return;
            }
            Expr* x = c->args[0];
            rvalue(x);
            if (x->mode == Mode::Invalid) {
                set_invalid(c);
                return;
            }
            const Type* u = under(x->type);
            if (x->mode == Mode::Constant && is_string(u)) {
                c->mode = Mode::Constant;
                c->type = types.basic(Kind::Int);
                c->value = Constant::make_int(Int128(x->value.s.size()));
                convert_untyped(x, types.basic(Kind::String), nullptr);
                return;
            }
            if (!(is_string(u) || u->kind == Kind::Slice || u->kind == Kind::Array ||
                  u->kind == Kind::Map || u->kind == Kind::Chan || array_pointer(u))) {
                unconstrained_error(x->type, x->pos,
                                    "invalid argument: " + describe(x) + " for len");
                set_invalid(c);
                return;
            }
            if (array_length(c, x))
                return;
            c->mode = Mode::Value;
            c->type = types.basic(Kind::Int);
            return;
        }
        case Builtin::Cap:
            builtin_cap(c);
            return;
        case Builtin::Panic:
            if (too_few_args(c, 1))
                return;
            for (Expr* a : c->args)
                rvalue(a);
            if (too_many_args(c, 1))
                return;
            if (!assign_value(c->args[0], types.empty_interface(), "argument to panic")) {
                set_invalid(c);
                return;
            }
            c->mode = Mode::NoValue;
            c->type = types.invalid();
            return;
        case Builtin::Recover:
            for (Expr* a : c->args)
                rvalue(a);
            if (too_many_args(c, 0))
                return;
            c->mode = Mode::Value;
            c->type = types.empty_interface();
            return;
        case Builtin::Print:
        case Builtin::Println:
            builtin_print(c);
            return;
        case Builtin::Append:
            builtin_append(c);
            return;
        case Builtin::Copy:
            builtin_copy(c);
            return;
        case Builtin::Delete:
            builtin_delete(c);
            return;
        default:
            break;
        }
        for (Expr* a : c->args)
            if (a->kind != ExprKind::ArrayType && a->kind != ExprKind::MapType &&
                a->kind != ExprKind::ChanType)
                expr_or_type(a);
        unsupported(c->pos, "the built-in function " + name);
        set_invalid(c);
    }

    // Reports a call of a built-in with fewer arguments than it needs; returns true if so.
    bool too_few_args(CallExpr* c, size_t want) {
        if (c->args.size() >= want)
            return false;
        for (Expr* a : c->args)
            rvalue(a);
        error(c->pos, "invalid operation: not enough arguments for " + expr_string(c) +
                          " (expected " + std::to_string(want) + ", found " +
                          std::to_string(c->args.size()) + ")");
        set_invalid(c);
        return true;
    }

    // print and println take values of basic types (the runtime prints other values as
    // addresses, which we do not imitate).
    void builtin_print(CallExpr* c) {
        c->mode = Mode::NoValue;
        c->type = types.invalid();
        for (Expr* a : c->args) {
            rvalue(a);
            if (a->mode == Mode::Invalid)
                continue;
            if (a->type->kind == Kind::UntypedNil) {
                error(a->pos, "use of untyped nil in argument to built-in " + expr_string(c->fun));
                continue;
            }
            if (is_untyped(a->type))
                convert_untyped(a, types.default_type(a->type), nullptr);
            const Type* u = under(a->type);
            if (!(is_numeric(u) || is_string(u) || is_boolean(u)) || is_sync_object(a->type) ||
                a->type->special == Special::Time) {
                unsupported(a->pos, expr_string(c->fun) + " of " + type_string(a->type));
                continue;
            }
            if (u->kind == Kind::Complex64 || u->kind == Kind::Complex128)
                unsupported(a->pos, "complex numbers");
        }
    }

    // Reports a call of a built-in with more arguments than it takes; returns true if so.
    bool too_many_args(CallExpr* c, size_t want) {
        if (c->args.size() <= want)
            return false;
        error(c->pos, "invalid operation: too many arguments for " + expr_string(c) +
                          " (expected " + std::to_string(want) + ", found " +
                          std::to_string(c->args.size()) + ")");
        set_invalid(c);
        return true;
    }

    // make([]T, len[, cap]): the sizes are integers, constant ones in order.
    void make_slice(CallExpr* c, const Type* t) {
        if (c->args.size() < 2 || c->args.size() > 3) {
            error(c->pos, "invalid operation: " + expr_string(c) +
                              " expects 2 or 3 arguments; found " + std::to_string(c->args.size()));
            set_invalid(c);
            return;
        }
        for (size_t i = 1; i < c->args.size(); i++) {
            if (c->args[i]->mode == Mode::Invalid || !index_value(c->args[i], -1)) {
                set_invalid(c);
                return;
            }
        }
        if (c->args.size() == 3 && c->args[1]->mode == Mode::Constant &&
            c->args[2]->mode == Mode::Constant && c->args[1]->value.i > c->args[2]->value.i) {
            error(c->args[1]->pos, "invalid argument: length and capacity swapped");
            set_invalid(c);
            return;
        }
        c->mode = Mode::Value;
        c->type = t;
    }

    // Returns where e starts in the source, as Go reports positions of whole expressions.
    static Pos start_of(const Expr* e) {
        while (true) {
            switch (e->kind) {
            case ExprKind::Selector:
                e = static_cast<const SelectorExpr*>(e)->x;
                continue;
            case ExprKind::Call:
                e = static_cast<const CallExpr*>(e)->fun;
                continue;
            case ExprKind::Index:
                e = static_cast<const IndexExpr*>(e)->x;
                continue;
            case ExprKind::Slice:
                e = static_cast<const SliceExpr*>(e)->x;
                continue;
            case ExprKind::TypeAssert:
                e = static_cast<const TypeAssertExpr*>(e)->x;
                continue;
            case ExprKind::Binary:
                e = static_cast<const BinaryExpr*>(e)->x;
                continue;
            default:
                return e->pos;
            }
        }
    }

    // Returns whether x is m[k] for a map m.
    static bool map_element(Expr* x) {
        Expr* u = unparen(x);
        return u->kind == ExprKind::Index && static_cast<IndexExpr*>(u)->x->type &&
               under(static_cast<IndexExpr*>(u)->x->type)->kind == Kind::Map;
    }

    static bool array_pointer(const Type* u) {
        return u->kind == Kind::Pointer && under(u->elem)->kind == Kind::Array;
    }

    // Returns whether e has no function call and no channel receive, so that len and cap of
    // it, an array or a pointer to one, are constants (spec "Length and capacity").
    static bool free_of_calls(const Expr* root) {
        // NOTE: a worklist, not recursion: operands may nest 10,000 levels deep.
        std::vector<const Expr*> todo{root};
        while (!todo.empty()) {
            const Expr* e = todo.back();
            todo.pop_back();
            if (!e || e->mode == Mode::Constant || e->mode == Mode::TypeExpr)
                continue;
            switch (e->kind) {
            case ExprKind::Ident:
            case ExprKind::BasicLit:
            case ExprKind::FuncLit:
                break;
            case ExprKind::Paren:
                todo.push_back(static_cast<const ParenExpr*>(e)->x);
                break;
            case ExprKind::Selector:
                todo.push_back(static_cast<const SelectorExpr*>(e)->x);
                break;
            case ExprKind::Star:
                todo.push_back(static_cast<const StarExpr*>(e)->x);
                break;
            case ExprKind::Unary: {
                auto* u = static_cast<const UnaryExpr*>(e);
                if (u->op == Tok::Arrow)
                    return false;
                todo.push_back(u->x);
                break;
            }
            case ExprKind::Binary: {
                auto* b = static_cast<const BinaryExpr*>(e);
                todo.push_back(b->x);
                todo.push_back(b->y);
                break;
            }
            case ExprKind::Index: {
                auto* ix = static_cast<const IndexExpr*>(e);
                todo.insert(todo.end(), ix->indices.begin(), ix->indices.end());
                todo.push_back(ix->x);
                break;
            }
            case ExprKind::KeyValue: {
                auto* kv = static_cast<const KeyValueExpr*>(e);
                todo.push_back(kv->key);
                todo.push_back(kv->value);
                break;
            }
            case ExprKind::CompositeLit: {
                auto& elts = static_cast<const CompositeLit*>(e)->elts;
                todo.insert(todo.end(), elts.begin(), elts.end());
                break;
            }
            case ExprKind::Call: {
                auto* c = static_cast<const CallExpr*>(e);
                if (!c->is_conversion)
                    return false;
                todo.push_back(c->args[0]);
                break;
            }
            default:
                return false;
            }
        }
        return true;
    }

    // len(x) and cap(x) of an array or a pointer to one: a constant when x is free of calls
    // (x is then not evaluated). Returns whether c became that constant.
    bool array_length(CallExpr* c, Expr* x) {
        const Type* u = under(x->type);
        if (array_pointer(u))
            u = under(u->elem);
        if (u->kind != Kind::Array || !free_of_calls(x))
            return false;
        c->mode = Mode::Constant;
        c->type = types.basic(Kind::Int);
        c->value = Constant::make_int(Int128(u->len));
        return true;
    }

    void builtin_cap(CallExpr* c) {
        if (too_few_args(c, 1))
            return;
        for (Expr* a : c->args)
            rvalue(a);
        if (too_many_args(c, 1))
            return;
        Expr* x = c->args[0];
        if (x->mode == Mode::Invalid) {
            set_invalid(c);
            return;
        }
        Kind k = under(x->type)->kind;
        if (k != Kind::Slice && k != Kind::Chan && k != Kind::Array &&
            !array_pointer(under(x->type))) {
            unconstrained_error(x->type, x->pos, "invalid argument: " + describe(x) + " for cap");
            set_invalid(c);
            return;
        }
        if (array_length(c, x))
            return;
        c->mode = Mode::Value;
        c->type = types.basic(Kind::Int);
    }

    // append(s, xs...) / append(s, x, y): the values must be assignable to the element type;
    // append([]byte, string...) is the one spread of another type.
    void builtin_append(CallExpr* c) {
        if (too_few_args(c, 1))
            return;
        Expr* s = c->args[0];
        rvalue(s);
        for (size_t i = 1; i < c->args.size(); i++)
            rvalue(c->args[i]);
        if (s->mode == Mode::Invalid) {
            set_invalid(c);
            return;
        }
        if (s->type->kind == Kind::UntypedNil) {
            error(s->pos, "first argument to append must be a typed slice; found untyped nil");
            set_invalid(c);
            return;
        }
        const Type* st = s->type;
        if (under(st)->kind != Kind::Slice) {
            error(s->pos, "first argument to append must be a slice; have " + describe(s));
            set_invalid(c);
            return;
        }
        const Type* elem = under(st)->elem;
        c->mode = Mode::Value;
        c->type = st;
        if (c->has_dots) {
            if (c->args.size() != 2) {
                error(c->pos, "can only use ... with final argument in list");
                set_invalid(c);
                return;
            }
            Expr* xs = c->args[1];
            if (xs->mode == Mode::Invalid) {
                set_invalid(c);
                return;
            }
            if (under(elem)->kind == Kind::Uint8 && is_string(xs->type)) {
                convert_untyped(xs, types.basic(Kind::String), nullptr);
                return;
            }
            if (!assign_value(xs, types.slice_of(elem), "argument to append"))
                set_invalid(c);
            return;
        }
        for (size_t i = 1; i < c->args.size(); i++)
            if (!assign_value(c->args[i], elem, "argument to append"))
                set_invalid(c);
    }

    void builtin_copy(CallExpr* c) {
        if (too_few_args(c, 2))
            return;
        for (Expr* a : c->args)
            rvalue(a);
        if (too_many_args(c, 2))
            return;
        Expr* dst = c->args[0];
        Expr* src = c->args[1];
        if (dst->mode == Mode::Invalid || src->mode == Mode::Invalid) {
            set_invalid(c);
            return;
        }
        const Type* du = under(dst->type);
        const Type* su = under(src->type);
        if (du->kind != Kind::Slice || (su->kind != Kind::Slice && !is_string(su))) {
            error(dst->pos, "invalid argument: copy expects slice arguments; found " +
                                describe(dst) + " and " + describe(src));
            set_invalid(c);
            return;
        }
        const Type* src_elem = is_string(su) ? types.byte_type() : su->elem;
        if (!identical(du->elem, src_elem)) {
            error(dst->pos, "invalid argument: arguments to copy " + describe(dst) + " and " +
                                describe(src) + " have different element types " +
                                type_string(du->elem) + " and " + type_string(src_elem));
            set_invalid(c);
            return;
        }
        convert_untyped(src, types.basic(Kind::String), nullptr);
        c->mode = Mode::Value;
        c->type = types.basic(Kind::Int);
    }

    void builtin_delete(CallExpr* c) {
        if (too_few_args(c, 2))
            return;
        for (Expr* a : c->args)
            rvalue(a);
        if (too_many_args(c, 2))
            return;
        Expr* m = c->args[0];
        if (m->mode == Mode::Invalid || c->args[1]->mode == Mode::Invalid) {
            set_invalid(c);
            return;
        }
        if (under(m->type)->kind != Kind::Map) {
            error(m->pos, "invalid argument: " + describe(m) + " is not a map");
            set_invalid(c);
            return;
        }
        if (!assign_value(c->args[1], under(m->type)->key, "argument to delete")) {
            set_invalid(c);
            return;
        }
        c->mode = Mode::NoValue;
        c->type = types.invalid();
    }

    // [SECTION] Assignability

    bool assignable_type(const Type* v, const Type* t) {
        if (is_invalid(v) || is_invalid(t))
            return true;
        if (identical(v, t))
            return true;
        const Type* vu = under(v);
        const Type* tu = under(t);
        if (identical(vu, tu) && (v->kind != Kind::Named || t->kind != Kind::Named) &&
            vu->kind != Kind::Int && !(vu->kind >= Kind::Bool && vu->kind <= Kind::String))
            return true;
        // A bidirectional channel may be used as a send- or receive-only one.
        if (vu->kind == Kind::Chan && tu->kind == Kind::Chan && vu->chan_dir == 0 &&
            identical(vu->elem, tu->elem) && (v->kind != Kind::Named || t->kind != Kind::Named))
            return true;
        // nil may be assigned to pointers, functions, slices, maps, channels, interfaces.
        if (v->kind == Kind::UntypedNil)
            return tu->kind == Kind::Pointer || tu->kind == Kind::Func || tu->kind == Kind::Slice ||
                   tu->kind == Kind::Map || tu->kind == Kind::Chan || tu->kind == Kind::Interface;
        if (tu->kind == Kind::Interface)
            return tu->methods.empty() || missing_method(v, t).empty();
        return false;
    }

    // Reports that value vt of the multi-valued r cannot be assigned to a variable of type t,
    // in Go 1.19's words: the untyped ok of a comma-ok form is "as T value", a typed result
    // "as type T".
    void spread_mismatch(const Expr* r, const Type* vt, const Type* t) {
        const std::string head = "cannot use " + expr_string(r);
        if (is_untyped(vt)) {
            error(r->pos,
                  head + " (" + vt->name + " value) as " + type_string(t) + " value in assignment");
            return;
        }
        std::string extra;
        const Type* tu = under(t);
        if (tu->kind == Kind::Interface && !tu->methods.empty())
            extra = ":\n\t" + type_string(vt) + " does not implement " + type_string(t) + " " +
                    reason_text(missing_method(vt, t));
        error(r->pos, head + " (value of type " + type_string(vt) + ") as type " + type_string(t) +
                          " in assignment" + extra);
    }

    // Checks that the value e can be assigned to a variable of type t, and
    // gives untyped constants their type. context: "assignment", ...
    bool assign_value(Expr* e, const Type* t, const char* context) {
        if (e->mode == Mode::Invalid || is_invalid(t))
            return false;
        if (is_untyped(e->type)) {
            if (e->type->kind == Kind::UntypedNil && !is_interface(t) && !implicit_ok(e, t)) {
                error(e->pos, "cannot use nil as " + type_string(t) + " value in " + context);
                set_invalid(e);
                return false;
            }
            if (is_interface(t) && under(t)->methods.empty() == false &&
                e->type->kind != Kind::UntypedNil) {
                const Type* d = types.default_type(e->type);
                std::string why = missing_method(d, t);
                if (!why.empty()) {
                    // Go describes the constant with its default type here.
                    error(e->pos, "cannot use " + expr_string(e) +
                                      (e->mode == Mode::Constant ? " (constant of type "
                                                                 : " (value of type ") +
                                      type_string(d) + ") as type " + type_string(t) + " in " +
                                      context + ":\n\t" + type_string(d) + " does not implement " +
                                      type_string(t) + " " + reason_text(why));
                    set_invalid(e);
                    return false;
                }
            }
            return convert_untyped(e, t, context);
        }
        if (!assignable_type(e->type, t)) {
            std::string extra;
            const Type* tu = under(t);
            if (tu->kind == Kind::Interface && !tu->methods.empty())
                extra = ":\n\t" + type_string(e->type) + " does not implement " + type_string(t) +
                        " " + reason_text(missing_method(e->type, t));
            else if (tu->kind == Kind::Pointer && is_interface(tu->elem) &&
                     !is_type_param(tu->elem))
                // *Shape for Shape: Go explains the pointer to an interface.
                extra = ":\n\t" + type_string(e->type) + " does not implement " + type_string(t) +
                        " (type " + type_string(t) + " is pointer to interface, not interface)";
            // Go 1.19 words a typed mismatch "as type T", an untyped one "as T value".
            std::string msg = "cannot use " + describe(e) + " as type " + type_string(t) + " in " +
                              context + extra;
            if (tu->kind == Kind::Interface || is_type_param(t))
                error(e->pos, msg);
            else
                unconstrained_error(e->type, e->pos, msg);

            set_invalid(e);
            return false;
        }
        if (t->kind == Kind::Named && !t->declared && t->name == "context.Context" &&
            !is_interface(e->type)) {
            // Package context runs natively on its own contexts only.
            const Type* d = under(e->type)->kind == Kind::Pointer ? under(e->type)->elem : e->type;
            if (d->kind != Kind::Named || d->declared || d->name.rfind("context.", 0) != 0) {
                unsupported(e->pos, "a context.Context implemented by the program");
                set_invalid(e);
                return false;
            }
        }
        return true;
    }

    // Checks the right-hand sides for nlhs variables; one call may supply
    // several values (spread). Returns false after reporting a mismatch.
    bool values_for(size_t nlhs, std::vector<Expr*>& rhs, std::vector<const Type*>& out_types,
                    bool& spread, bool is_var_decl) {
        spread = false;
        auto mismatch = [&](Pos at, const std::string& have) {
            error(at,
                  "assignment mismatch: " + plural(nlhs, "variable", "variables") + " but " + have);
        };
        // v, ok := m[k]
        if (nlhs == 2 && rhs.size() == 1 && unparen(rhs[0])->kind == ExprKind::Index) {
            rvalue(rhs[0]);
            if (rhs[0]->mode == Mode::Invalid)
                return false;
            auto* ix = static_cast<IndexExpr*>(unparen(rhs[0]));
            if (under(ix->x->type)->kind == Kind::Map) {
                ix->comma_ok = true;
                spread = true;
                out_types = {rhs[0]->type, types.basic(Kind::UntypedBool)};
                return true;
            }
            mismatch(rhs[0]->pos, "1 value");
            return false;
        }
        // v, ok := x.(T)
        if (nlhs == 2 && rhs.size() == 1 && unparen(rhs[0])->kind == ExprKind::TypeAssert) {
            rvalue(rhs[0]);
            if (rhs[0]->mode == Mode::Invalid)
                return false;
            static_cast<TypeAssertExpr*>(unparen(rhs[0]))->comma_ok = true;
            spread = true;
            out_types = {rhs[0]->type, types.basic(Kind::UntypedBool)};
            return true;
        }
        // v, ok := <-ch
        if (nlhs == 2 && rhs.size() == 1 && receive(rhs[0])) {
            rvalue(rhs[0]);
            if (rhs[0]->mode == Mode::Invalid)
                return false;
            receive(rhs[0])->comma_ok = true;
            spread = true;
            out_types = {rhs[0]->type, types.basic(Kind::UntypedBool)};
            return true;
        }

        if (rhs.size() == 1) {
            Expr* r = rhs[0];
            expr_or_type(r);
            if (r->mode == Mode::Invalid)
                return false;
            if (r->type && r->type->kind == Kind::Tuple && !(nlhs == 1 && is_var_decl)) {
                size_t n = r->type->results.size();
                if (n != nlhs) {
                    Expr* call = unparen(r);
                    std::string callee = call->kind == ExprKind::Call
                                             ? expr_string(static_cast<CallExpr*>(call)->fun)
                                             : expr_string(r);
                    mismatch(r->pos, callee + " returns " + plural(n, "value", "values"));
                    return false;
                }
                spread = true;
                out_types = r->type->results;
                return true;
            }
            single_value(r);
            if (r->mode == Mode::Invalid)
                return false;
            if (nlhs != 1) {
                // Go names what was called, even a builtin or a conversion.
                Expr* call = unparen(r);
                mismatch(r->pos,
                         call->kind == ExprKind::Call
                             ? expr_string(static_cast<CallExpr*>(call)->fun) + " returns 1 value"
                             : "1 value");
                return false;
            }
            out_types.push_back(r->type);
            return true;
        }
        for (Expr* r : rhs)
            rvalue(r);
        if (rhs.size() > nlhs && is_var_decl) {
            error(rhs[nlhs]->pos, "extra init expr " + expr_string(rhs[nlhs]));
            return false;
        }
        if (rhs.size() != nlhs) {
            // go/types says nothing more when a value was already wrong.
            for (Expr* r : rhs)
                if (r->mode == Mode::Invalid)
                    return false;
            mismatch(rhs[0]->pos, plural(rhs.size(), "value", "values"));
            return false;
        }
        for (Expr* r : rhs)
            out_types.push_back(r->mode == Mode::Invalid ? types.invalid() : r->type);
        return true;
    }

    // [SECTION] Statements

    void const_spec(ValueSpec* vs) {
        int saved_iota = iota;
        iota = vs->iota;
        ValueSpec* src = vs->values.empty() && vs->inherited ? vs->inherited : vs;
        const Type* t = nullptr;
        if (src->type) {
            t = resolve_type(src->type);
            std::string what;
            const Type* u = under(t);
            if (!is_invalid(t) && !(is_numeric(u) || is_string(u) || is_boolean(u))) {
                error(src->type->pos, "invalid constant type " + type_string(t));
                t = types.invalid();
            }
        }
        if (src->values.empty()) {
            error(vs->pos, "missing init expr for const declaration");
        }
        for (size_t i = 0; i < vs->names.size(); i++) {
            Entity* o = vs->names[i]->obj;
            if (!o)
                o = vs->objs.size() > i ? vs->objs[i] : nullptr;
            if (i >= src->values.size()) {
                if (!src->values.empty())
                    error(vs->names[i]->pos, "missing init expr for const declaration");
                if (o)
                    o->type = types.invalid();
                continue;
            }
            Expr* e = src->values[i];
            rvalue(e);
            if (e->mode != Mode::Invalid && e->mode != Mode::Constant) {
                error(e->pos, describe(e) + " is not constant");
                set_invalid(e);
            }
            if (o) {
                if (e->mode == Mode::Invalid || (t && is_invalid(t))) {
                    o->type = types.invalid();
                } else if (t) {
                    if (assign_value(e, t, "constant declaration")) {
                        o->type = t;
                        o->value = e->value;
                    } else {
                        o->type = types.invalid();
                    }
                } else {
                    o->type = e->type;
                    o->value = e->value;
                }
            }
        }
        if (src->values.size() > vs->names.size())
            error(src->values[vs->names.size()]->pos, "extra init expr");
        iota = saved_iota;
    }

    // VarSpec, at package level or in a function (then the names are
    // declared after the values are checked, as scoping requires).
    void var_spec(ValueSpec* vs, bool global) {
        const Type* t = vs->type ? resolve_type(vs->type) : nullptr;
        std::vector<Entity*> objs;
        for (size_t i = 0; i < vs->names.size(); i++) {
            Entity* o;
            if (global) {
                o = vs->objs[i] ? vs->objs[i] : vs->names[i]->obj;
            } else {
                o = new_local(vs->names[i]->name, vs->names[i]->pos, nullptr);
                vs->names[i]->obj = o;
            }
            objs.push_back(o);
        }
        if (!global)
            vs->objs = objs;
        auto set_types = [&](const Type* ty) {
            for (Entity* o : objs)
                if (o && !o->type)
                    o->type = ty;
        };
        if (vs->values.empty()) {
            set_types(t ? t : types.invalid());
        } else {
            std::vector<const Type*> vtypes;
            bool spread = false;
            if (!values_for(vs->names.size(), vs->values, vtypes, spread, true)) {
                set_types(t ? t : types.invalid());
                for (Entity* o : objs)
                    if (o)
                        o->used = true; // no follow-on "declared but not used"
            } else if (spread) {
                for (size_t i = 0; i < objs.size(); i++) {
                    const Type* vt = types.default_type(vtypes[i]);
                    if (t && !assignable_type(vt, t))
                        spread_mismatch(vs->values[0], vtypes[i], t);
                    if (objs[i] && !objs[i]->type)
                        objs[i]->type = t ? t : vt;
                }
            } else {
                for (size_t i = 0; i < objs.size(); i++) {
                    Expr* e = vs->values[i];
                    const Type* ty = t;
                    if (!ty) {
                        if (e->mode == Mode::Invalid) {
                            ty = types.invalid();
                        } else if (e->type->kind == Kind::UntypedNil) {
                            error(e->pos, "use of untyped nil in variable declaration");
                            ty = types.invalid();
                        } else {
                            ty = types.default_type(e->type);
                        }
                    }
                    if (e->mode != Mode::Invalid && !is_invalid(ty))
                        assign_value(e, ty, "variable declaration");
                    if (objs[i] && !objs[i]->type)
                        objs[i]->type = ty;
                    if (objs[i] && e->mode == Mode::Invalid)
                        objs[i]->used = true; // its error was reported already
                }
            }
        }
        std::string what;
        for (Entity* o : objs)
            if (o && !supported_type(o->type, &what)) {
                o->type = types.invalid();
            }
        if (!global)
            for (Entity* o : objs)
                if (!declare(scope, o))
                    o->used = true; // reported as redeclared instead
    }

    void stmt_list(const std::vector<Stmt*>& list) {
        for (Stmt* s : list)
            stmt(s);
    }

    void block(BlockStmt* b) {
        open_scope();
        stmt_list(b->list);
        close_scope();
    }

    void stmt(Stmt* s) {
        switch (s->kind) {
        case StmtKind::Bad:
        case StmtKind::Empty:
            return;
        case StmtKind::Decl:
            decl_stmt(static_cast<DeclStmt*>(s));
            return;
        case StmtKind::Labeled: {
            auto* l = static_cast<LabeledStmt*>(s);
            StmtKind k = l->stmt->kind;
            if (k == StmtKind::For || k == StmtKind::Range || k == StmtKind::Switch ||
                k == StmtKind::TypeSwitch || k == StmtKind::Select)
                pending_label = l->label->name;
            stmt(l->stmt);
            pending_label.clear();
            return;
        }
        case StmtKind::Expr:
            expr_stmt(static_cast<ExprStmt*>(s));
            return;
        case StmtKind::Send: {
            send_stmt(static_cast<SendStmt*>(s));
            return;
        }
        case StmtKind::IncDec:
            incdec(static_cast<IncDecStmt*>(s));
            return;
        case StmtKind::Assign:
            assign(static_cast<AssignStmt*>(s));
            return;
        case StmtKind::Go:
            go_stmt(static_cast<GoStmt*>(s));
            return;
        case StmtKind::Defer: {
            auto* d = static_cast<DeferStmt*>(s);
            if (unparen(d->call)->kind != ExprKind::Call) {
                call_without_parens(d->call); // the parser reported it

                return;
            }
            defer_stmt(d);
            return;
        }
        case StmtKind::Return:
            return_stmt(static_cast<ReturnStmt*>(s));
            return;
        case StmtKind::Branch: {
            auto* b = static_cast<BranchStmt*>(s);
            if (b->label && b->tok != Tok::Goto) {
                branch_to_label(b);
                return;
            }
            switch (b->tok) {
            case Tok::Break:
                if (break_depth == 0)
                    error(b->pos, "break is not in a loop, switch, or select");
                return;
            case Tok::Continue:
                if (loop_depth == 0)
                    error(b->pos, "continue is not in a loop");
                return;
            case Tok::Goto:
                return; // checked by check_gotos

            default:
                if (type_switch_fallthroughs.count(s))
                    error(b->pos, "cannot fallthrough in type switch");
                else if (s == fallthrough_final)
                    error(b->pos, "cannot fallthrough final case in switch");
                else if (s != fallthrough_ok)
                    error(b->pos, "fallthrough statement out of place");
                return;
            }
        }
        case StmtKind::Block:
            block(static_cast<BlockStmt*>(s));
            return;
        case StmtKind::If:
            if_stmt(static_cast<IfStmt*>(s));
            return;
        case StmtKind::Switch: {
            switch_stmt(static_cast<SwitchStmt*>(s));
            return;
        }
        case StmtKind::TypeSwitch:
            type_switch(static_cast<TypeSwitchStmt*>(s));
            return;
        case StmtKind::Select:
            select_stmt(static_cast<SelectStmt*>(s));
            return;
        case StmtKind::For:
            for_stmt(static_cast<ForStmt*>(s));
            return;
        case StmtKind::Range: {
            range_stmt(static_cast<RangeStmt*>(s));
            return;
        }
        }
    }

    // TypeSwitchStmt: each case lists types (or nil); v has the case's type
    // when it lists one, else the switched expression's.
    void type_switch(TypeSwitchStmt* ts) {
        open_scope();
        if (ts->init)
            stmt(ts->init);
        rvalue(ts->x);
        bool ok = ts->x->mode != Mode::Invalid;
        if (ok && is_type_param(ts->x->type)) {
            type_param_error(ts->x->pos,
                             "cannot use type switch on type parameter value " + describe(ts->x));
            ok = false;
        } else if (ok && !is_interface(ts->x->type)) {
            error(ts->x->pos, describe(ts->x) + " is not an interface");
            ok = false;
        }
        enter_breakable(false);
        Pos first_default;
        std::vector<Entity*> binds;
        std::vector<std::pair<const Type*, Expr*>> seen; // case types so far; null for nil
        // Whether e repeats an earlier case (nil: t null); reports it as Go does.
        auto duplicate = [&](Expr* e, const Type* t) {
            for (auto& [other, at] : seen)
                if (t ? other && identical(t, other) : !other) {
                    error(e->pos, "duplicate case " + (t ? type_string(t) : std::string("nil")) +
                                      " in type switch\n\t" + pos_text(at->pos) +
                                      ": previous case");
                    return true;
                }
            seen.push_back({t, e});
            return false;
        };
        for (CaseClause& c : ts->clauses) {
            if (c.is_default) {
                if (first_default.valid())
                    error(c.pos, "multiple defaults (first at " + pos_text(first_default) + ")");
                else
                    first_default = c.pos;
            }
            const Type* single = nullptr;
            for (Expr* e : c.list) {
                expr_or_type(e);
                if (e->mode == Mode::Invalid)
                    continue;
                if (e->mode == Mode::Value && e->type->kind == Kind::UntypedNil) {
                    duplicate(e, nullptr);
                    continue;
                }
                if (e->mode != Mode::TypeExpr) {
                    error(e->pos, expr_string(e) + " is not a type");
                    e->mode = Mode::Invalid;
                    continue;
                }
                if (duplicate(e, e->type)) {
                    if (c.list.size() == 1)
                        single = e->type;
                    continue;
                }
                std::string what;
                if (!supported_type(e->type, &what)) {
                    unsupported(e->pos, what);
                    e->mode = Mode::Invalid;
                    continue;
                }
                if (ok && !is_interface(e->type)) {
                    std::string why = missing_method(e->type, ts->x->type);
                    if (!why.empty())
                        error(e->pos, "impossible type switch case: " + expr_string(ts->x) + " (" +
                                          describe(ts->x).substr(expr_string(ts->x).size() + 2) +
                                          " cannot have dynamic type " + type_string(e->type) +
                                          " " + reason_text(why));
                }
                if (c.list.size() == 1)
                    single = e->type;
            }
            open_scope();
            if (ts->bind && ts->bind->name != "_") {
                const Type* vt = single ? single : ok ? ts->x->type : types.invalid();
                Entity* o = new_local(ts->bind->name, ts->bind->pos, vt);
                c.bind = o;
                binds.push_back(o);
                declare(scope, o);
            }
            for (Stmt* st : c.body)
                if (st->kind == StmtKind::Branch &&
                    static_cast<BranchStmt*>(st)->tok == Tok::Fallthrough)
                    type_switch_fallthroughs.insert(st);
            stmt_list(c.body);
            close_scope();
        }
        leave_breakable();
        if (ts->bind && ts->bind->name != "_") {
            bool used = false;
            for (Entity* o : binds)
                used = used || o->used;
            for (Entity* o : binds)
                o->used = true;
            if (!used && ok)
                error(ts->bind->pos, ts->bind->name + " declared but not used");
        }
        close_scope();
    }

    void decl_stmt(DeclStmt* d) {
        GenDecl* g = d->decl;
        if (g->tok == Tok::Type) {
            for (auto& ts : g->types) {
                declare_type(scope, ts);
                resolve_type_decl(ts.name->obj);
            }
            return;
        }
        for (ValueSpec* vs : g->values) {
            if (g->tok == Tok::Var) {
                var_spec(vs, false);
                continue;
            }
            // Local constants: objects first so const_spec can fill them in.
            vs->objs.clear();
            for (Ident* n : vs->names) {
                Entity* o = new_object(ObjKind::Const, n->name, n->pos);
                n->obj = o;
                vs->objs.push_back(o);
            }
            const_spec(vs);
            for (Entity* o : vs->objs) {
                o->used = true;
                declare(scope, o);
            }
        }
    }

    void expr_stmt(ExprStmt* s) {
        Expr* x = s->x;
        expr_or_type(x);
        if (x->mode == Mode::Invalid)
            return;
        Expr* u = unparen(x);
        if (receive(u))
            return; // a receive statement: <-ch
        if (u->kind == ExprKind::Call && !static_cast<CallExpr*>(u)->is_conversion) {

            auto* c = static_cast<CallExpr*>(u);
            Expr* f = unparen(c->fun);
            // len(x) and friends are values, not statements; copy and recover may stand
            // alone, their result dropped.
            bool may_drop = f->mode == Mode::Builtin &&
                            (static_cast<Ident*>(f)->obj->builtin == Builtin::Copy ||
                             static_cast<Ident*>(f)->obj->builtin == Builtin::Recover);
            if (f->mode == Mode::Builtin && x->mode != Mode::NoValue && !may_drop) {
                error(x->pos, describe(x) + " is not used");
            }
            return;
        }
        if (x->mode == Mode::TypeExpr) {
            error(x->pos, expr_string(x) + " (type) is not an expression");
            return;
        }
        if (x->mode == Mode::Value && x->type && x->type->kind == Kind::Func) {
            error(x->pos, describe(x) + " is not used");
            return;
        }
        single_value(x);

        if (x->mode == Mode::Invalid)
            return;
        error(x->pos, describe(x) + " is not used");
    }

    // Checks an assignment target; returns its type or null.
    const Type* lhs_target(Expr* e) {
        if (is_blank(e)) {
            e->mode = Mode::Variable;
            e->type = nullptr;
            return nullptr;
        }
        Expr* u = unparen(e);
        // Assigning to a variable is not a use of it.
        if (u->kind == ExprKind::Ident) {
            auto* id = static_cast<Ident*>(u);
            Entity* o = (scope ? scope : &file_scope)->lookup(id->name);
            if (o && o->kind == ObjKind::Var) {
                bool was_used = o->used;
                expr_or_type(e);
                o->used = was_used;
                return e->mode == Mode::Invalid ? types.invalid() : e->type;
            }
        }
        expr_or_type(e);
        if (e->mode == Mode::Invalid)
            return types.invalid();
        single_value(e);
        if (e->mode == Mode::Invalid)
            return types.invalid();
        if (e->mode != Mode::Variable) {
            not_assignable(e);
            return types.invalid();
        }
        return e->type;
    }

    // Reports that e, checked and not a variable, cannot be assigned to.
    void not_assignable(Expr* e) {
        Expr* u = unparen(e);
        if (u->kind == ExprKind::Selector && static_cast<SelectorExpr*>(u)->is_field &&
            map_element(static_cast<SelectorExpr*>(u)->x))
            error(start_of(e), "cannot assign to struct field " + expr_string(e) + " in map");
        else if (u->kind == ExprKind::Index && is_string(static_cast<IndexExpr*>(u)->x->type))
            error(e->pos, "cannot assign to " + expr_string(e) + " (value of type byte)");
        else
            error(e->pos, "cannot assign to " + describe(e)); // Go 1.19's words, not 1.20's
    }

    void assign(AssignStmt* a) {
        if (a->tok == Tok::Define) {
            define(a);
            return;
        }
        if (a->tok == Tok::AssignOp) {
            // x op= y is x = x op y with x evaluated once.
            Expr* x = a->lhs[0];
            expr_or_type(x);
            single_value(x);
            rvalue(a->rhs[0]);
            if (x->mode == Mode::Invalid || a->rhs[0]->mode == Mode::Invalid)
                return;
            if (x->mode != Mode::Variable) {
                not_assignable(x);
                return;
            }
            BinaryExpr tmp;
            tmp.pos = x->pos;
            tmp.op = a->op;
            tmp.op_pos = a->tok_pos;
            tmp.x = x;
            tmp.y = a->rhs[0];
            check_op_assign(&tmp);
            return;
        }
        size_t n = a->lhs.size();
        std::vector<const Type*> lt;
        for (Expr* l : a->lhs)
            lt.push_back(lhs_target(l));
        std::vector<const Type*> vtypes;
        bool spread = false;
        if (!values_for(n, a->rhs, vtypes, spread, false))
            return;
        for (size_t i = 0; i < n; i++) {
            if (lt[i] && is_invalid(lt[i]))
                continue;
            if (spread) {
                if (lt[i] && !assignable_type(types.default_type(vtypes[i]), lt[i]))
                    spread_mismatch(a->rhs[0], vtypes[i], lt[i]);
                continue;
            }
            Expr* r = a->rhs[i];
            if (r->mode == Mode::Invalid)
                continue;
            if (!lt[i]) {
                // _ = x: x needs a type of its own.
                if (r->type->kind == Kind::UntypedNil) {
                    error(r->pos, "use of untyped nil in assignment");
                    continue;
                }
                if (is_untyped(r->type))
                    convert_untyped(r, types.default_type(r->type), "assignment");
                continue;
            }
            assign_value(r, lt[i], "assignment");
        }
    }

    void check_op_assign(BinaryExpr* tmp) {
        Expr* x = tmp->x;
        Expr* y = tmp->y;
        if (tmp->op == Tok::Shl || tmp->op == Tok::Shr) {
            if (!is_integer(x->type)) {
                error(x->pos,
                      "invalid operation: shifted operand " + describe(x) + " must be integer");
                return;
            }
            shift_count(y);
            return;
        }
        if (is_untyped(y->type)) {
            if (!implicit_ok(y, x->type)) {
                error(x->pos, "invalid operation: " + expr_string(x) + " " +
                                  token_spelling(tmp->op) + "= " + expr_string(y) +
                                  " (mismatched types " + type_string(x->type) + " and " +
                                  type_string(y->type) + ")");
                return;
            }
            if (!convert_untyped(y, x->type, nullptr))
                return;
        }
        if (!identical(x->type, y->type)) {
            error(x->pos, "invalid operation: " + expr_string(x) + " " + token_spelling(tmp->op) +
                              "= " + expr_string(y) + " (mismatched types " + type_string(x->type) +
                              " and " + type_string(y->type) + ")");
            return;
        }
        bool ok = holds_in_type_set(x->type,
                                    [&](const Type* t) { return operator_defined_on(tmp->op, t); });
        if (!ok) {
            operand_error(x->type, x->pos,
                          std::string("invalid operation: operator ") + token_spelling(tmp->op) +
                              " not defined on " + describe(x));
            return;
        }
        if ((tmp->op == Tok::Quo || tmp->op == Tok::Rem) && y->mode == Mode::Constant &&
            is_integer(x->type) && y->value.kind == Constant::Kind::Int && y->value.i == 0) {
            error(y->pos, "invalid operation: division by zero");
        }
    }

    void define(AssignStmt* a) {
        // ShortVarDecl = IdentifierList ":=" ExpressionList .
        std::vector<Expr*> names;
        bool ok_names = true;
        for (Expr* l : a->lhs) {
            if (l->kind != ExprKind::Ident) {
                error(l->pos, "non-name " + expr_string(l) + " on left side of :=");
                ok_names = false;
            }
            names.push_back(l);
        }
        std::vector<const Type*> vtypes;
        bool spread = false;
        bool ok = values_for(a->lhs.size(), a->rhs, vtypes, spread, false);
        if (!ok_names) {
            return;
        }
        std::vector<Entity*> targets;
        bool any_new = false;
        std::set<std::string> seen;
        for (size_t i = 0; i < a->lhs.size(); i++) {
            auto* id = static_cast<Ident*>(a->lhs[i]);
            if (id->name == "_") {
                targets.push_back(nullptr);
                id->mode = Mode::Variable;
                continue;
            }
            if (!seen.insert(id->name).second) {
                error(id->pos, id->name + " repeated on left side of :=");
                targets.push_back(nullptr);
                continue;
            }
            Entity* prev = scope->lookup_local(id->name);
            if (prev && prev->kind == ObjKind::Var) {
                targets.push_back(prev);
                id->obj = prev;
                id->mode = Mode::Variable;
                id->type = prev->type;
                continue;
            }
            Entity* o = new_local(id->name, id->pos, nullptr);
            id->obj = o;
            a->new_vars.push_back(o);
            targets.push_back(o);
            any_new = true;
        }
        if (!any_new)
            error(a->tok_pos, "no new variables on left side of :=");
        for (size_t i = 0; i < targets.size(); i++) {
            Entity* o = targets[i];
            bool is_new =
                o && std::find(a->new_vars.begin(), a->new_vars.end(), o) != a->new_vars.end();
            if (!ok) {
                if (is_new) {
                    o->type = types.invalid();
                    o->used = true; // no follow-on "declared but not used"
                }
                continue;
            }
            const Type* vt = types.default_type(vtypes[i]);
            if (!spread) {
                Expr* r = a->rhs[i];
                if (r->mode == Mode::Invalid) {
                    if (is_new)
                        o->type = types.invalid();
                    continue;
                }
                if (is_new) {
                    if (r->type->kind == Kind::UntypedNil) {
                        error(r->pos, "use of untyped nil in assignment");
                        o->type = types.invalid();
                        o->used = true;
                        continue;
                    }
                    vt = types.default_type(r->type);
                    assign_value(r, vt, "assignment");
                    o->type = vt;
                } else if (o) {
                    assign_value(r, o->type, "assignment");
                } else if (is_untyped(r->type)) {
                    convert_untyped(r, types.default_type(r->type), "assignment");
                }
            } else {
                if (is_new)
                    o->type = vt;
                else if (o && !assignable_type(vt, o->type))
                    spread_mismatch(a->rhs[0], vtypes[i], o->type);
            }
            std::string what;
            if (is_new && !supported_type(o->type, &what))
                o->type = types.invalid();
        }
        for (Entity* o : a->new_vars)
            declare(scope, o);
        for (size_t i = 0; i < targets.size(); i++) {
            auto* id = static_cast<Ident*>(a->lhs[i]);
            if (targets[i]) {
                id->type = targets[i]->type;
                id->mode = Mode::Variable;
            }
        }
    }

    void incdec(IncDecStmt* s) {
        expr_or_type(s->x);
        single_value(s->x);
        if (s->x->mode == Mode::Invalid)
            return;
        if (!is_numeric(s->x->type)) {
            error(s->x->pos, std::string("invalid operation: ") + expr_string(s->x) +
                                 (s->inc ? "++" : "--") + " (non-numeric type " +
                                 type_string(s->x->type) + ")");
            return;
        }
        if (s->x->mode != Mode::Variable)
            not_assignable(s->x);
    }

    // defer f(args): a function of the program, a library function or method, or one of
    // the built-ins that may stand as a statement.
    void defer_stmt(DeferStmt* d) {
        auto* c = static_cast<CallExpr*>(unparen(d->call));
        expr_or_type(c);
        if (!go_or_defer_call(c, "defer"))
            return;
        fn->has_defer = true;
    }

    // Checks the call of a go or defer statement (keyword says which) as Go does: a
    // conversion, or a built-in that may not stand as a statement, is an error. Returns
    // whether the call is one that can go on.
    bool go_or_defer_call(CallExpr* c, const char* keyword) {
        if (c->mode == Mode::Invalid)
            return false;
        if (c->is_conversion) {
            error(c->pos,
                  std::string(keyword) + " requires function call, not conversion " + describe(c));
            return false;
        }
        Expr* f = unparen(c->fun);
        if (f->mode != Mode::Builtin)
            return true;
        switch (static_cast<Ident*>(f)->obj->builtin) {
        case Builtin::Close:
        case Builtin::Copy:
        case Builtin::Delete:
        case Builtin::Panic:
        case Builtin::Print:
        case Builtin::Println:
        case Builtin::Recover:
            return true;
        default:
            error(c->pos, std::string(keyword) + " discards result of " + describe(c));
            return false;
        }
    }

    void go_stmt(GoStmt* g) {
        Expr* u = unparen(g->call);
        if (u->kind != ExprKind::Call) {
            call_without_parens(g->call); // the parser reported it
            return;
        }
        auto* c = static_cast<CallExpr*>(u);
        expr_or_type(c);
        go_or_defer_call(c, "go");
    }

    // "go f" and "defer f": Go goes on as if f() had been written.
    void call_without_parens(Expr* e) {
        expr_or_type(e);
        if (e->mode == Mode::Invalid || e->mode == Mode::TypeExpr || e->mode == Mode::Builtin)
            return;
        if (!e->type || e->type->kind != Kind::Func) {
            unconstrained_error(e->type, e->pos,
                                "invalid operation: cannot call non-function " + describe(e));
            return;
        }
        const Type* sig = e->type;
        if (sig->params.empty() || (sig->variadic && sig->params.size() == 1))
            return;
        std::string w = "(";
        for (size_t i = 0; i < sig->params.size(); i++) {
            if (i)
                w += ", ";
            if (sig->variadic && i + 1 == sig->params.size())
                w += "..." + type_string(sig->params[i]->elem);
            else
                w += type_string(sig->params[i]);
        }
        error(e->pos, "not enough arguments in call to " + expr_string(e) + "\n\thave ()\n\twant " +
                          w + ")");
    }

    void return_stmt(ReturnStmt* r) {

        const Type* sig = fn_sig;
        std::vector<const Type*> want = sig->results;
        if (r->results.empty()) {
            if (!want.empty() && fn->named_results.empty()) {
                std::string w = "(";
                for (size_t i = 0; i < want.size(); i++)
                    w += (i ? ", " : "") + type_string(want[i]);
                error(r->pos, "not enough return values\n\thave ()\n\twant " + w + ")");
            }
            return;
        }
        if (want.empty()) {
            for (Expr* e : r->results)
                rvalue(e);
            bool invalid = false;
            for (Expr* e : r->results)
                invalid |= e->mode == Mode::Invalid;
            if (invalid)
                return;
            std::string h = "(";
            for (size_t i = 0; i < r->results.size(); i++)
                h += (i ? ", " : "") + have_type(r->results[i]);
            error(r->results[0]->pos, "too many return values\n\thave " + h + ")\n\twant ()");
            return;
        }
        std::vector<const Type*> vtypes;
        // return f() with f returning several values.
        if (r->results.size() == 1 && want.size() > 1) {
            expr_or_type(r->results[0]);
            Expr* e = r->results[0];
            if (e->mode == Mode::Invalid)
                return;
            if (e->type && e->type->kind == Kind::Tuple) {
                if (e->type->results.size() != want.size()) {
                    count_error(r, want, e->type->results);
                    return;
                }
                for (size_t i = 0; i < want.size(); i++)
                    if (!assignable_type(e->type->results[i], want[i]))
                        error(e->pos, "cannot use " + expr_string(e) + " (value of type " +
                                          type_string(e->type) + ") as " + type_string(want[i]) +
                                          " value in return statement");
                return;
            }
            single_value(e);
            if (e->mode == Mode::Invalid)
                return;
            count_error(r, want, {});
            return;
        }
        for (Expr* e : r->results)
            rvalue(e);
        for (Expr* e : r->results)
            if (e->mode == Mode::Invalid)
                return;
        if (r->results.size() != want.size()) {
            count_error(r, want, {});
            return;
        }
        for (size_t i = 0; i < want.size(); i++)
            assign_value(r->results[i], want[i], "return statement");
    }

    void count_error(ReturnStmt* r, const std::vector<const Type*>& want,
                     const std::vector<const Type*>& tuple) {
        std::string h = "(";
        if (!tuple.empty()) {
            for (size_t i = 0; i < tuple.size(); i++)
                h += (i ? ", " : "") + type_string(tuple[i]);
        } else {
            for (size_t i = 0; i < r->results.size(); i++)
                h += (i ? ", " : "") + have_type(r->results[i]);
        }
        h += ")";
        std::string w = "(";
        for (size_t i = 0; i < want.size(); i++)
            w += (i ? ", " : "") + type_string(want[i]);
        w += ")";
        size_t n = tuple.empty() ? r->results.size() : tuple.size();
        if (n > want.size())
            error(start_of(tuple.empty() ? r->results[want.size()] : r->results[0]),
                  "too many return values\n\thave " + h + "\n\twant " + w);
        else
            // Go points at the last value given.
            error(start_of(r->results.back()),
                  "not enough return values\n\thave " + h + "\n\twant " + w);
    }

    void condition(Expr* cond, const char* where) {
        rvalue(cond);
        if (cond->mode == Mode::Invalid)
            return;
        if (!is_boolean(cond->type)) {
            error(cond->pos, std::string("non-boolean condition in ") + where + " statement");
            return;
        }
        if (is_untyped(cond->type))
            convert_untyped(cond, types.basic(Kind::Bool), nullptr);
    }

    // Checks an if statement and its else-if chain in a loop (10,000 arms must not exhaust
    // the stack): each arm's scope nests in the one before, as Go's do.
    void if_stmt(IfStmt* s) {
        int scopes = 0;
        for (;;) {
            open_scope();
            scopes++;
            if (s->init)
                simple_stmt(s->init);
            if (s->cond)
                condition(s->cond, "if");
            block(s->then);
            if (!s->els)
                break;
            if (s->els->kind != StmtKind::If) {
                block(static_cast<BlockStmt*>(s->els));
                break;
            }
            s = static_cast<IfStmt*>(s->els);
        }
        while (scopes-- > 0)
            close_scope();
    }

    void simple_stmt(Stmt* s) { stmt(s); }

    // The enclosing statements break and continue may leave, innermost last.
    struct Breakable {
        std::string label;
        bool is_loop;
    };
    std::vector<Breakable> breakables;
    std::string pending_label; // the label of the statement being entered
    Stmt* fallthrough_ok = nullptr;
    std::set<const Stmt*> type_switch_fallthroughs; // directly in a type switch's clause
    Stmt* fallthrough_final = nullptr;
    struct PathStep {
        const std::vector<Stmt*>* list = nullptr;
        size_t index = 0;
        Pos start; // where the block holding list begins
    };
    struct LabelInfo {
        Pos pos;
        bool used = false;
        std::vector<PathStep> path;
    };
    std::vector<PathStep> stmt_path;
    std::vector<std::pair<BranchStmt*, std::vector<PathStep>>> gotos;

    // Returns the position a declaration between statements names, or an invalid Pos.
    static bool declares(Stmt* s, std::string& name, Pos& at) {
        if (s->kind == StmtKind::Decl) {
            GenDecl* d = static_cast<DeclStmt*>(s)->decl;
            if (d->tok == Tok::Var && !d->values.empty() && !d->values[0]->names.empty()) {
                name = d->values[0]->names[0]->name;
                at = d->values[0]->names[0]->pos;
                return true;
            }
        }
        if (s->kind == StmtKind::Assign && static_cast<AssignStmt*>(s)->tok == Tok::Define) {
            auto* a = static_cast<AssignStmt*>(s);
            name = expr_string(a->lhs[0]);
            at = a->tok_pos;
            return true;
        }
        return false;
    }

    // A goto may not jump into a block, nor forward over a variable declaration.
    void check_gotos() {
        for (auto& [b, from] : gotos) {
            const std::string& name = b->label->name;
            auto it = labels.find(name);
            if (it == labels.end()) {
                error(b->label->pos, "label " + name + " not defined");
                continue;
            }
            it->second.used = true;
            const std::vector<PathStep>& to = it->second.path;
            size_t j = 0;
            while (j < to.size() && j < from.size() && to[j].list == from[j].list)
                j++;
            if (j < to.size()) {
                error(b->label->pos,
                      "goto " + name + " jumps into block starting at " + pos_text(to[j].start));
                continue;
            }
            const PathStep& at = to[j - 1];
            for (size_t k = from[j - 1].index + 1; k < at.index; k++) {
                std::string var;
                Pos pos;
                if (declares((*at.list)[k], var, pos)) {
                    error(b->label->pos, "goto " + name + " jumps over declaration of " + var +
                                             " at " + pos_text(pos));
                    break;
                }
            }
        }
    }
    std::map<std::string, LabelInfo> labels; // the function's labels

    void enter_breakable(bool is_loop) {
        breakables.push_back({pending_label, is_loop});
        pending_label.clear();
        break_depth++;
        if (is_loop)
            loop_depth++;
    }
    void leave_breakable() {
        if (breakables.back().is_loop)
            loop_depth--;
        break_depth--;
        breakables.pop_back();
    }

    // Collects a function's labels (they have function scope) and reports
    // duplicates.
    // Collects the function's labels, and its gotos with where each stands: the statement
    // lists enclosing it, outermost first, with its index in each.
    void collect_labels(const std::vector<Stmt*>& list, Pos start = Pos{}) {
        for (size_t i = 0; i < list.size(); i++) {
            stmt_path.push_back(PathStep{&list, i, start});
            collect_labels_in(list[i]);
            stmt_path.pop_back();
        }
    }
    void collect_labels_in(Stmt* s) {
        switch (s->kind) {
        case StmtKind::Labeled: {
            auto* l = static_cast<LabeledStmt*>(s);
            if (l->label->name != "_") {
                auto it = labels.find(l->label->name);
                if (it != labels.end())
                    error(l->label->pos, "label " + l->label->name + " already defined at " +
                                             pos_text(it->second.pos));
                else
                    labels[l->label->name] = LabelInfo{l->label->pos, false, stmt_path};
            }
            collect_labels_in(l->stmt);
            return;
        }
        case StmtKind::Branch:
            if (static_cast<BranchStmt*>(s)->tok == Tok::Goto)
                gotos.push_back({static_cast<BranchStmt*>(s), stmt_path});
            return;
        case StmtKind::Block:
            collect_labels(static_cast<BlockStmt*>(s)->list, s->pos);
            return;
        case StmtKind::If: {
            auto* i = static_cast<IfStmt*>(s);
            for (;;) { // an else-if chain, in a loop
                collect_labels(i->then->list, i->then->pos);
                if (!i->els || i->els->kind != StmtKind::If)
                    break;
                i = static_cast<IfStmt*>(i->els);
            }
            if (i->els)
                collect_labels_in(i->els);
            return;
        }
        case StmtKind::For:
            collect_labels(static_cast<ForStmt*>(s)->body->list,
                           static_cast<ForStmt*>(s)->body->pos);
            return;
        case StmtKind::Range:
            collect_labels(static_cast<RangeStmt*>(s)->body->list,
                           static_cast<RangeStmt*>(s)->body->pos);
            return;
        case StmtKind::Switch:
            for (auto& c : static_cast<SwitchStmt*>(s)->clauses)
                collect_labels(c.body, c.pos);
            return;
        case StmtKind::TypeSwitch:
            for (auto& c : static_cast<TypeSwitchStmt*>(s)->clauses)
                collect_labels(c.body, c.pos);
            return;
        case StmtKind::Select:
            for (auto& c : static_cast<SelectStmt*>(s)->clauses)
                collect_labels(c.body, c.pos);
            return;
        default:
            return;
        }
    }

    void branch_to_label(BranchStmt* b) {
        const std::string& name = b->label->name;
        auto it = labels.find(name);
        const char* what = b->tok == Tok::Break ? "break" : "continue";
        if (it == labels.end()) {
            error(b->label->pos, std::string(what) + " label not defined: " + name);
            return;
        }
        it->second.used = true;
        for (auto e = breakables.rbegin(); e != breakables.rend(); ++e) {
            if (e->label != name)
                continue;
            if (b->tok == Tok::Continue && !e->is_loop)
                break;
            return;
        }
        error(b->label->pos, std::string("invalid ") + what + " label " + name);
    }

    void unused_labels() {
        std::vector<std::pair<Pos, std::string>> unused;
        for (auto& [name, info] : labels)
            if (!info.used)
                unused.push_back({info.pos, name});
        std::sort(unused.begin(), unused.end());
        for (auto& [pos, name] : unused)
            error(pos, "label " + name + " defined and not used");
    }

    // ExprSwitchStmt: the tag (or true) compared with each case in order.
    void switch_stmt(SwitchStmt* sw) {
        open_scope();
        if (sw->init)
            simple_stmt(sw->init);
        const Type* tag_type = types.basic(Kind::Bool);
        bool tag_ok = true;
        if (sw->tag) {
            rvalue(sw->tag);
            if (sw->tag->mode == Mode::Invalid) {
                tag_ok = false;
            } else {
                if (is_untyped(sw->tag->type))
                    convert_untyped(sw->tag, types.default_type(sw->tag->type), nullptr);
                tag_type = sw->tag->type;
                const Type* u = under(tag_type);
                if (!(is_numeric(u) || is_string(u) || is_boolean(u)) &&
                    (!is_comparable(tag_type) || u->kind == Kind::Map)) {
                    unsupported(sw->tag->pos, "switch on " + type_string(tag_type) + " values");
                    tag_ok = false;
                }
            }
        }
        // Case values: comparable with the tag; constants must not repeat.
        Pos first_default;
        std::vector<Expr*> seen;
        for (size_t ci = 0; ci < sw->clauses.size(); ci++) {
            CaseClause& c = sw->clauses[ci];
            if (c.is_default) {
                if (first_default.valid())
                    error(c.pos, "multiple defaults (first at " + pos_text(first_default) + ")");
                else
                    first_default = c.pos;
            }
            for (Expr* e : c.list) {
                rvalue(e);
                if (e->mode == Mode::Invalid || !tag_ok)
                    continue;
                if (is_untyped(e->type)) {
                    if (!convert_untyped(e, tag_type, nullptr))
                        continue;
                }
                // An interface tag takes the values of types that implement it.
                bool mixed =
                    !identical(e->type, tag_type) &&
                    ((is_interface(tag_type) && assignable_type(e->type, tag_type)) ||
                     (is_interface(e->type) && assignable_type(tag_type, e->type)) ||
                     (e->type->kind == Kind::UntypedNil && assignable_type(e->type, tag_type)));
                if (!identical(e->type, tag_type) && !mixed) {
                    error(e->pos, "invalid case " + expr_string(e) + " in switch" +
                                      (sw->tag ? " on " + expr_string(sw->tag) : " on true") +
                                      " (mismatched types " + type_string(e->type) + " and " +
                                      type_string(tag_type) + ")");
                    continue;
                }
                if (e->mode == Mode::Constant) {
                    for (Expr* prev : seen) {
                        // On an interface tag, 3.0 and int64(3) are different cases: a
                        // duplicate has the same type as well as the same value.
                        if (!identical(prev->type, e->type))
                            continue;
                        Constant eq;
                        if (fold_binary(Tok::Eql, prev->value, e->value, true, eq) && eq.b) {
                            error(e->pos, "duplicate case " + describe(e) +
                                              " in expression switch\n\t" +
                                              pos_text(node_pos(prev)) + ": previous case");
                            break;
                        }
                    }
                    seen.push_back(e);
                }
            }
        }
        // Bodies: each clause is its own block; fallthrough may end all but the last.
        enter_breakable(false);
        for (size_t ci = 0; ci < sw->clauses.size(); ci++) {
            CaseClause& c = sw->clauses[ci];
            Stmt* saved_ok = fallthrough_ok;
            Stmt* saved_final = fallthrough_final;
            fallthrough_ok = fallthrough_final = nullptr;
            Stmt* last = c.body.empty() ? nullptr : c.body.back();
            if (last && last->kind == StmtKind::Branch &&
                static_cast<BranchStmt*>(last)->tok == Tok::Fallthrough) {
                if (ci + 1 < sw->clauses.size())
                    fallthrough_ok = last;
                else
                    fallthrough_final = last;
            }
            open_scope();
            stmt_list(c.body);
            close_scope();
            fallthrough_ok = saved_ok;
            fallthrough_final = saved_final;
        }
        leave_breakable();
        close_scope();
    }

    // SendStmt = Channel "<-" Expression .
    void send_stmt(SendStmt* s) {
        rvalue(s->chan);
        rvalue(s->value);
        if (s->chan->mode == Mode::Invalid || s->value->mode == Mode::Invalid)
            return;
        const Type* ct = under(s->chan->type);
        if (ct->kind != Kind::Chan) {
            error(s->pos, "invalid operation: cannot send to non-channel " + describe(s->chan));
            return;
        }
        if (ct->chan_dir == 2) {
            error(s->pos,
                  "invalid operation: cannot send to receive-only channel " + describe(s->chan));
            return;
        }
        assign_value(s->value, ct->elem, "send");
    }

    // Returns e (without parentheses) when it is a receive <-ch, else null.
    static UnaryExpr* receive(Expr* e) {
        Expr* u = unparen(e);
        if (u && u->kind == ExprKind::Unary && static_cast<UnaryExpr*>(u)->op == Tok::Arrow)
            return static_cast<UnaryExpr*>(u);
        return nullptr;
    }

    // SelectStmt: each case a send, a receive, or a receive assigned to variables.
    void select_stmt(SelectStmt* s) {
        enter_breakable(false);
        Pos first_default;
        for (CaseClause& c : s->clauses) {
            open_scope();
            if (c.is_default) {
                if (first_default.valid())
                    error(c.pos, "multiple defaults (first at " + pos_text(first_default) + ")");
                else
                    first_default = c.pos;
            } else {
                Stmt* comm = c.comm;
                bool ok = false;
                if (comm->kind == StmtKind::Send) {
                    ok = true;
                } else if (comm->kind == StmtKind::Expr) {
                    ok = receive(static_cast<ExprStmt*>(comm)->x) != nullptr;
                } else if (comm->kind == StmtKind::Assign) {
                    auto* a = static_cast<AssignStmt*>(comm);
                    ok = a->tok != Tok::AssignOp && a->rhs.size() == 1 && a->lhs.size() <= 2 &&
                         receive(a->rhs[0]) != nullptr;
                }
                if (!ok) {
                    Expr* at =
                        comm->kind == StmtKind::Expr ? static_cast<ExprStmt*>(comm)->x : nullptr;
                    Pos p = at && at->kind == ExprKind::Binary
                                ? static_cast<BinaryExpr*>(at)->op_pos
                                : comm->pos;
                    error(p, "select case must be send or receive (possibly with assignment)");
                } else if (comm->kind == StmtKind::Expr) {
                    // A receive whose value is dropped is fine here.
                    rvalue(static_cast<ExprStmt*>(comm)->x);
                } else {
                    stmt(comm);
                }
            }
            stmt_list(c.body);
            close_scope();
        }
        leave_breakable();
    }

    // RangeClause over a slice: for i, v := range xs.
    void range_stmt(RangeStmt* r) {
        open_scope();
        rvalue(r->x);
        const Type* key_type = types.basic(Kind::Int);
        const Type* value_type = nullptr;
        bool ok = r->x->mode != Mode::Invalid;
        if (ok) {
            const Type* u = under(r->x->type);
            if (u->kind == Kind::Pointer && under(u->elem)->kind == Kind::Array)
                u = under(u->elem);
            if (u->kind == Kind::Slice || u->kind == Kind::Array) {
                value_type = u->elem;
            } else if (u->kind == Kind::Chan) {
                // for v := range ch: one variable, the received values.
                key_type = u->elem;
                if (u->chan_dir == 1) {
                    error(r->x->pos, "invalid operation: range " + expr_string(r->x) +
                                         " receive from send-only channel " + describe(r->x));
                    ok = false;
                }
                if (r->value) {
                    error(r->value->pos,
                          "range over " + describe(r->x) + " permits only one iteration variable");
                    ok = false;
                }
            } else if (is_string(u)) {
                // Byte offsets and runes.
                convert_untyped(r->x, types.basic(Kind::String), nullptr);
                value_type = types.rune_type();
            } else if (u->kind == Kind::Map) {
                key_type = u->key;
                value_type = u->elem;
            } else if (u->kind == Kind::Array || u->kind == Kind::Chan) {
                ok = false; // their types were refused already
            } else if (is_type_param(r->x->type)) {
                unconstrained_error(r->x->type, r->x->pos,
                                    "cannot range over " + describe(r->x) + " (" +
                                        r->x->type->name + " has no core type)");
                ok = false;
            } else {
                error(r->x->pos, "cannot range over " + describe(r->x));
                ok = false;
            }
        }
        Expr* vars[2] = {r->key, r->value};
        const Type* var_types[2] = {key_type, value_type};
        std::vector<Entity*> fresh;
        for (int k = 0; k < 2; k++) {
            Expr* v = vars[k];
            if (!v)
                continue;
            if (r->define) {
                if (v->kind != ExprKind::Ident) {
                    error(v->pos, "non-name " + expr_string(v) + " on left side of :=");
                    continue;
                }
                auto* id = static_cast<Ident*>(v);
                if (id->name == "_") {
                    id->mode = Mode::Variable;
                    continue;
                }
                Entity* o = new_local(id->name, id->pos, ok ? var_types[k] : types.invalid());
                id->obj = o;
                id->mode = Mode::Variable;
                id->type = o->type;
                fresh.push_back(o);
                continue;
            }
            const Type* t = lhs_target(v);
            if (!ok || !t || is_invalid(t))
                continue;
            if (!assignable_type(var_types[k], t))
                error(v->pos, "cannot use " + expr_string(v) + " (value of type " +
                                  type_string(var_types[k]) + ") as type " + type_string(t) +
                                  " in assignment");
        }
        for (Expr* e : r->extra) {
            error(e->pos, "range clause permits at most two iteration variables");
            if (r->define && e->kind == ExprKind::Ident)
                static_cast<Ident*>(e)->mode = Mode::Variable;
        }
        for (Entity* o : fresh)
            declare(scope, o);
        enter_breakable(true);
        block(r->body);
        leave_breakable();
        close_scope();
    }

    void for_stmt(ForStmt* f) {
        open_scope();

        if (f->init)
            simple_stmt(f->init);
        if (f->cond)
            condition(f->cond, "for");
        if (f->post) {
            if (f->post->kind == StmtKind::Assign &&
                static_cast<AssignStmt*>(f->post)->tok == Tok::Define)
                error(f->post->pos, "cannot declare in post statement of for loop");
            else
                simple_stmt(f->post);
        }
        enter_breakable(true);
        block(f->body);
        leave_breakable();
        close_scope();
    }

    // Terminating statements (spec "Terminating statements").
    bool terminating_list(const std::vector<Stmt*>& list) {
        // Trailing empty statements do not count.
        for (auto it = list.rbegin(); it != list.rend(); ++it) {
            if ((*it)->kind == StmtKind::Empty)
                continue;
            return terminating(*it);
        }
        return false;
    }

    bool terminating(Stmt* s) {
        switch (s->kind) {
        case StmtKind::Return:
            return true;
        case StmtKind::Branch: {
            Tok t = static_cast<BranchStmt*>(s)->tok;
            return t == Tok::Goto || t == Tok::Fallthrough;
        }
        case StmtKind::Expr: {
            Expr* x = unparen(static_cast<ExprStmt*>(s)->x);
            if (x->kind != ExprKind::Call)
                return false;
            Expr* f = unparen(static_cast<CallExpr*>(x)->fun);
            return f->kind == ExprKind::Ident && static_cast<Ident*>(f)->obj &&
                   static_cast<Ident*>(f)->obj->kind == ObjKind::Builtin &&
                   static_cast<Ident*>(f)->obj->builtin == Builtin::Panic;
        }
        case StmtKind::Block:
            return terminating_list(static_cast<BlockStmt*>(s)->list);
        case StmtKind::If: {
            auto* i = static_cast<IfStmt*>(s);
            while (i->els && terminating_list(i->then->list)) { // an else-if chain, in a loop
                if (i->els->kind != StmtKind::If)
                    return terminating(i->els);
                i = static_cast<IfStmt*>(i->els);
            }
            return false;
        }
        case StmtKind::For: {
            auto* f = static_cast<ForStmt*>(s);
            return !f->cond && !has_break(f->body->list, nullptr, true);
        }
        case StmtKind::Labeled: {
            auto* l = static_cast<LabeledStmt*>(s);
            if (l->stmt->kind == StmtKind::For) {
                auto* f = static_cast<ForStmt*>(l->stmt);
                return !f->cond && !has_break(f->body->list, l->label, true);
            }
            return terminating(l->stmt);
        }
        case StmtKind::Switch: {
            auto* sw = static_cast<SwitchStmt*>(s);
            return clauses_terminate(sw->clauses, false);
        }
        case StmtKind::TypeSwitch:
            return clauses_terminate(static_cast<TypeSwitchStmt*>(s)->clauses, false);
        case StmtKind::Select:
            return clauses_terminate(static_cast<SelectStmt*>(s)->clauses, true);
        default:
            return false;
        }
    }

    bool clauses_terminate(const std::vector<CaseClause>& clauses, bool is_select) {
        bool has_default = is_select;
        for (auto& c : clauses) {
            if (c.is_default)
                has_default = true;
            if (has_break(c.body, nullptr, true))
                return false;
            if (!terminating_list(c.body))
                return false;
        }
        return has_default;
    }

    // Returns whether list contains a break that leaves the enclosing
    // statement (unlabeled at this level, or naming label).
    bool has_break(const std::vector<Stmt*>& list, Ident* label, bool top) {
        for (Stmt* s : list)
            if (stmt_has_break(s, label, top))
                return true;
        return false;
    }

    bool stmt_has_break(Stmt* s, Ident* label, bool top) {
        switch (s->kind) {
        case StmtKind::Branch: {
            auto* b = static_cast<BranchStmt*>(s);
            if (b->tok != Tok::Break)
                return false;
            if (!b->label)
                return top;
            return label && b->label->name == label->name;
        }
        case StmtKind::Block:
            return has_break(static_cast<BlockStmt*>(s)->list, label, top);
        case StmtKind::If: {
            auto* i = static_cast<IfStmt*>(s);
            for (;;) { // an else-if chain, in a loop
                if (has_break(i->then->list, label, top))
                    return true;
                if (!i->els)
                    return false;
                if (i->els->kind != StmtKind::If)
                    return stmt_has_break(i->els, label, top);
                i = static_cast<IfStmt*>(i->els);
            }
        }
        case StmtKind::Labeled:
            return stmt_has_break(static_cast<LabeledStmt*>(s)->stmt, label, top);
        case StmtKind::For:
            return has_break(static_cast<ForStmt*>(s)->body->list, label, false);
        case StmtKind::Range:
            return has_break(static_cast<RangeStmt*>(s)->body->list, label, false);
        case StmtKind::Switch:
            for (auto& c : static_cast<SwitchStmt*>(s)->clauses)
                if (has_break(c.body, label, false))
                    return true;
            return false;
        case StmtKind::TypeSwitch:
            for (auto& c : static_cast<TypeSwitchStmt*>(s)->clauses)
                if (has_break(c.body, label, false))
                    return true;
            return false;
        case StmtKind::Select:
            for (auto& c : static_cast<SelectStmt*>(s)->clauses)
                if (has_break(c.body, label, false))
                    return true;
            return false;
        default:
            return false;
        }
    }
};

Checker::Checker(Ast& ast, TypeTable& types, Universe& universe, std::string file_name,
                 CheckErrorSink sink)
    : impl_(std::make_unique<Impl>(ast, types, universe, std::move(file_name), std::move(sink))) {}

Checker::~Checker() = default;

CheckResult Checker::check() {
    Impl& c = *impl_;
    c.collect();
    if (c.import_failed)
        return {};
    c.check_signatures();
    c.check_package_decls();
    c.check_bodies();
    c.init_order();
    if (!c.result.main && c.ast.file.package_name && c.ast.file.package_name->name == "main")
        c.error(Pos{}, "runtime.main_main·f: function main is undeclared in the main package");

    c.unused_imports();
    return std::move(c.result);
}

} // namespace golab
