// codegen.cpp: the compiler from the checked syntax tree to stack bytecode.
//
// Index: [SECTION] Plumbing, Types and constants, Expressions, Calls,
// Statements, Program. Values that go into interfaces are boxed with their
// TypeId here; untyped constants already carry their final type.

#include "lang/codegen.h"

#include <cstring>
#include <map>
#include <unordered_map>

namespace golab {

namespace {

Expr* unparen(Expr* e) {
    while (e && e->kind == ExprKind::Paren)
        e = static_cast<ParenExpr*>(e)->x;
    return e;
}

class CodeGen {
  public:
    CodeGen(const CheckResult& c, TypeTable& t, Program& p) : checked_(c), types_(t), prog_(p) {}

    void program();

  private:
    // [SECTION] Plumbing
    void emit(Op op, int32_t a = 0, int32_t b = 0) {
        fn_->code.push_back(Instr{op, a, b});
        fn_->lines.push_back(line_);
    }
    size_t here() const { return fn_->code.size(); }
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
                     (under(t) && under(t)->kind == Kind::Struct && t->special != Special::Time));
    }

    // [SECTION] Expressions
    void expr(Expr* e);
    void value_to(Expr* e, const Type* target);
    void convert_top(const Type* from, const Type* to);
    void binary(BinaryExpr* b);
    void map_literal(CompositeLit* c);
    void arith(Tok op, const Type* t);
    void shift(Tok op, const Type* t, const Type* count);

    // [SECTION] Calls
    // Pushes a call's results; returns how many.
    int call(CallExpr* c);
    void push_args(CallExpr* c, const Type* sig);
    void spread_to(Expr* call, const std::vector<const Type*>& targets);

    // [SECTION] Statements
    void stmt(Stmt* s);
    void stmts(const std::vector<Stmt*>& list) {
        for (Stmt* s : list)
            stmt(s);
    }
    void store(Expr* target);
    void index_operands(IndexExpr* ix);
    Op store_op(IndexExpr* ix);
    void assign(AssignStmt* a);
    void op_assign(Expr* x, Tok op, Expr* y, const Constant* one);
    void op_assign_arith(Tok op, const Type* t, Expr* y);
    void var_spec(ValueSpec* vs, bool global);
    void function(FuncDecl* fd, int index);

    const CheckResult& checked_;
    TypeTable& types_;
    Program& prog_;
    Function* fn_ = nullptr;
    FuncDecl* decl_ = nullptr;
    int line_ = 0;
    int next_local_ = 0;
    std::vector<std::pair<const Type*, TypeId>> type_ids_;
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
    void select_stmt(SelectStmt* s);
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

TypeId CodeGen::type_id(const Type* t) {
    for (auto& [ty, id] : type_ids_)
        if (ty == t || identical(ty, t))
            return id;
    TypeInfo info;
    info.name = type_string(t);
    if (t->kind <= Kind::String)
        info.name = types_.basic(t->kind)->name; // %T says uint8 and int32, not byte and rune

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
        if (u->methods.empty() && t->special != Special::Error)
            info.name = "interface {}";
        break;
    case Kind::Func:
        info.kind = TypeKind::Func;
        break;
    case Kind::Pointer:
        // NOTE: a *sync.WaitGroup is the WaitGroup object itself; its zero
        // value is nil, like an interface's (program.h has no pointer kind).
        info.kind = TypeKind::Interface;
        break;
    case Kind::Struct:
        info.kind = t->special == Special::Time        ? TypeKind::Time
                    : t->special == Special::WaitGroup ? TypeKind::WaitGroup
                    : t->special == Special::Mutex     ? TypeKind::Mutex
                    : t->special == Special::RWMutex   ? TypeKind::RWMutex
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
    if (u->kind == Kind::UntypedInt)
        info.name = "int";
    else if (u->kind == Kind::UntypedRune)
        info.name = "int32";
    else if (u->kind == Kind::UntypedFloat)
        info.name = "float64";
    else if (u->kind == Kind::UntypedString)
        info.name = "string";
    else if (u->kind == Kind::UntypedBool)
        info.name = "bool";
    if (t->special == Special::Duration)
        info.string_native = int32_t(NativeId::TimeDurationString);
    if (u->kind == Kind::Map) {
        info.kind = TypeKind::Map;
        TypeId key = type_id(u->key);
        TypeId elem = type_id(u->elem);
        info.key = key;
        info.elem = elem;
        if (t->kind != Kind::Named)
            info.name =
                "map[" + prog_.types[size_t(key)].name + "]" + prog_.types[size_t(elem)].name;
    }
    if (u->kind == Kind::Slice) {
        // The element's entry first, so the slice can refer to it.
        TypeId elem = type_id(u->elem);
        info.elem = elem;
        info.name = "[]" + prog_.types[size_t(elem)].name;
    }
    TypeId id = TypeId(prog_.types.size());
    prog_.types.push_back(std::move(info));
    type_ids_.push_back({t, id});
    return id;
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
    if (e->mode == Mode::Variable && needs_copy(e->type))
        emit(Op::CopyValue, type_id(e->type));
    if (target && is_interface(target) && !is_interface(e->type))
        emit(Op::Box, type_id(types_.default_type(e->type)));
}

void CodeGen::expr(Expr* e) {
    if (e->mode == Mode::Constant) {
        emit_const(e->value, e->type);
        return;
    }
    switch (e->kind) {
    case ExprKind::Paren:
        expr(static_cast<ParenExpr*>(e)->x);
        return;
    case ExprKind::Ident: {
        Entity* o = static_cast<Ident*>(e)->obj;
        if (o->kind == ObjKind::Var)
            emit(o->is_global ? Op::LoadGlobal : Op::LoadLocal, o->slot);
        else
            emit(Op::Zero, type_id(e->type)); // nil of a concrete type
        return;
    }
    case ExprKind::Index: {
        auto* ix = static_cast<IndexExpr*>(e);
        expr(ix->x);
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
        emit(Op::SliceExpr, parts, is_string(under(sl->x->type)) ? 1 : 0);
        return;
    }
    case ExprKind::Unary: {
        auto* u = static_cast<UnaryExpr*>(e);
        if (u->op == Tok::And) {
            expr(u->x); // a WaitGroup or Mutex object is its own pointer
            return;
        }
        if (u->op == Tok::Arrow) {
            // <-ch; with comma_ok the VM pushes the value, then ok.
            set_line(u->pos);
            expr(u->x);
            emit(Op::Recv, u->comma_ok ? 1 : 0, type_id(under(u->x->type)->elem));
            return;
        }
        expr(u->x);
        if (u->op == Tok::Sub) {
            if (is_float(u->type))
                emit(Op::NegFloat, 0, under(u->type)->kind == Kind::Float32 ? 1 : 0);
            else
                emit(Op::NegInt, 0, int32_t(int_kind(u->type)));
        } else if (u->op == Tok::Not) {
            emit(Op::Not);
        } else if (u->op == Tok::Xor) {
            emit(Op::ComplInt, 0, int32_t(int_kind(types_.default_type(u->type))));
        }
        return;
    }
    case ExprKind::Binary:
        binary(static_cast<BinaryExpr*>(e));
        return;
    case ExprKind::Call:
        call(static_cast<CallExpr*>(e));
        return;
    case ExprKind::Selector: {
        // A library field read through a native: timer.C.
        auto* s = static_cast<SelectorExpr*>(e);
        if (s->method && s->method->field) {
            expr(s->x);
            emit(Op::CallNative, s->method->native, 1);
            return;
        }
        break;
    }
    case ExprKind::CompositeLit: {
        auto* c = static_cast<CompositeLit*>(e);
        if (is_sync_object(c->type)) {
            emit(Op::Zero, type_id(c->type)); // sync.WaitGroup{}
            return;
        }
        if (under(c->type)->kind == Kind::Map) {
            map_literal(c);
            return;
        }
        const Type* elem = under(c->type)->elem;

        for (Expr* x : c->elts) {
            if (x->kind == ExprKind::CompositeLit && !static_cast<CompositeLit*>(x)->type_expr)
                expr(x);
            else
                value_to(x, elem);
        }
        emit(Op::MakeSlice, type_id(elem), int32_t(c->elts.size()));
        return;
    }
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

void CodeGen::binary(BinaryExpr* b) {
    if (b->op == Tok::LAnd || b->op == Tok::LOr) {
        // Short-circuit: the left value stays as the result when it decides.
        expr(b->x);
        emit(Op::Dup);
        size_t j = emit_jump(b->op == Tok::LAnd ? Op::JumpIfFalse : Op::JumpIfTrue);
        emit(Op::Pop);
        expr(b->y);
        patch(j, here());
        return;
    }
    if (b->op == Tok::Eql || b->op == Tok::Neq) {
        // s == nil for slices, maps and channels: a nil one is the nil Value.
        Expr* x = unparen(b->x);
        Expr* y = unparen(b->y);
        auto nil = [](Expr* e) {
            return e->kind == ExprKind::Ident && static_cast<Ident*>(e)->obj &&
                   static_cast<Ident*>(e)->obj->kind == ObjKind::Nil;
        };
        if (nil(x) || nil(y)) {
            expr(nil(x) ? y : x);
            emit(Op::IsNil);
            if (b->op == Tok::Neq)
                emit(Op::Not);
            return;
        }
    }
    expr(b->x);
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
        if (!is_interface(from))
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
            emit(Op::Zero, type_id(c->type->elem));
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
        } else if (b == Builtin::Cap) {
            expr(c->args[0]);
            emit(Op::Cap);
        } else if (b == Builtin::Close) {
            expr(c->args[0]);
            emit(Op::Close);
            results = 0;
        } else {
            expr(c->args[0]);
            emit(Op::Len);
        }
        line_ = saved;
        return results;
    }
    const Type* sig = f->type;
    int nresults = int(sig->results.size());
    if (f->kind == ExprKind::Ident) {
        Entity* o = static_cast<Ident*>(f)->obj;
        push_args(c, sig);
        emit(Op::Call, o->function, int32_t(sig->params.size()));
    } else {
        auto* s = static_cast<SelectorExpr*>(f);
        if (s->method) {
            // The receiver comes first; pointer receivers get the object itself.
            expr(s->x);
            push_args(c, sig);
            emit(Op::CallNative, s->method->native, int32_t(sig->params.size() + 1));
        } else {
            push_args(c, sig);
            emit(Op::CallNative, s->member->native, int32_t(sig->params.size()));
        }
    }
    line_ = saved;
    return nresults;
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
    if (u->kind == ExprKind::Unary || u->kind == ExprKind::Index) {
        // v, ok := <-ch and v, ok := m[k]
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
// [SECTION] Statements

// Stores the value on top of the stack into target (a variable or _).
void CodeGen::store(Expr* target) {
    Expr* t = unparen(target);
    if (t->kind == ExprKind::Ident) {
        auto* id = static_cast<Ident*>(t);
        if (id->name == "_" || !id->obj) {
            emit(Op::Pop);
            return;
        }
        emit(id->obj->is_global ? Op::StoreGlobal : Op::StoreLocal, id->obj->slot);
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
void CodeGen::index_operands(IndexExpr* ix) {
    expr(ix->x);
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
    size_t n = a->lhs.size();
    // x, y = f()
    if (a->rhs.size() == 1 && n > 1) {
        std::vector<const Type*> targets;
        for (Expr* l : a->lhs)
            targets.push_back(target_type(l));
        spread_to(a->rhs[0], targets);
        for (size_t i = n; i-- > 0;)
            store(a->lhs[i]);
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
        store(l);
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
            store(a->lhs[i]);
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
        emit(global ? Op::StoreGlobal : Op::StoreLocal, o->slot);
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
        auto* c = static_cast<CallExpr*>(unparen(static_cast<GoStmt*>(s)->call));
        Entity* o = static_cast<Ident*>(unparen(c->fun))->obj;
        push_args(c, o->type);
        emit(Op::Go, o->function, int32_t(o->type->params.size()));
        return;
    }
    case StmtKind::Return: {
        auto* r = static_cast<ReturnStmt*>(s);
        const Type* sig = decl_->obj->type;
        if (r->results.empty()) {
            for (Entity* o : decl_->named_results)
                emit(Op::LoadLocal, o->slot);
        } else if (r->results.size() == 1 && sig->results.size() > 1) {
            spread_to(r->results[0], sig->results);
        } else {
            for (size_t i = 0; i < r->results.size(); i++)
                value_to(r->results[i], sig->results[i]);
        }
        emit(Op::Return, int32_t(sig->results.size()));
        return;
    }
    case StmtKind::Branch: {
        auto* b = static_cast<BranchStmt*>(s);
        size_t j = emit_jump(Op::Jump);
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
        auto* i = static_cast<IfStmt*>(s);
        if (i->init)
            stmt(i->init);
        set_line(i->cond->pos);
        expr(i->cond);
        size_t to_else = emit_jump(Op::JumpIfFalse);
        stmts(i->then->list);
        if (i->els) {
            size_t to_end = emit_jump(Op::Jump);
            patch(to_else, here());
            stmt(i->els);
            patch(to_end, here());
        } else {
            patch(to_else, here());
        }
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
        pending_label_ = l->label->name;
        stmt(l->stmt);
        pending_label_.clear();
        return;
    }
    case StmtKind::Switch:
        switch_stmt(static_cast<SwitchStmt*>(s));
        return;
    case StmtKind::Send: {
        auto* ss = static_cast<SendStmt*>(s);
        expr(ss->chan);
        value_to(ss->value, under(ss->chan->type)->elem);
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
            if (tag >= 0) {
                emit(Op::LoadLocal, tag);
                expr(e);
                arith(Tok::Eql, sw->tag->type);
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
    std::string label = pending_label_;
    pending_label_.clear();
    set_line(s->pos);
    int ncases = 0;
    bool has_default = false;
    std::vector<int> case_index(s->clauses.size(), -1);
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
            expr(ss->chan);
            value_to(ss->value, under(ss->chan->type)->elem);
        } else {
            Expr* rx = c.comm->kind == StmtKind::Expr ? static_cast<ExprStmt*>(c.comm)->x
                                                      : static_cast<AssignStmt*>(c.comm)->rhs[0];
            auto* u = static_cast<UnaryExpr*>(unparen(rx));
            emit_const(Constant::make_int(0), types_.basic(Kind::Int));
            expr(u->x);
            emit_const(Constant::make_int(0), types_.basic(Kind::Int)); // placeholder
        }
    }
    set_line(s->pos);
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
            if (a->lhs.size() > 1) {
                emit(Op::LoadLocal, ok);
                store(a->lhs[1]);
            }
            store(a->lhs[0]);
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

// for v := range ch: receive until the channel is closed and drained.
void CodeGen::range_chan(RangeStmt* r) {
    std::string label = pending_label_;
    pending_label_.clear();
    set_line(r->x->pos);
    expr(r->x);
    int ch = temp();
    emit(Op::StoreLocal, ch);
    size_t top = here();
    set_line(r->pos);
    emit(Op::LoadLocal, ch);
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
    pending_label_ = label;
    enter(true);
    stmts(r->body->list);
    set_line(r->pos);
    emit(Op::Jump, int32_t(top));
    size_t end = here();
    patch(exit, end);
    leave(end, top);
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
    pending_label_ = label;
    enter(true);
    stmts(r->body->list);
    set_line(r->pos);
    emit(Op::Jump, int32_t(top));
    size_t end = here();
    patch(exit, end);
    leave(end, top);
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
    int s = temp(), n = temp(), i = temp();
    emit(Op::StoreLocal, s);
    emit(Op::LoadLocal, s);
    emit(Op::Len);
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

void CodeGen::function(FuncDecl* fd, int index) {
    Function& f = prog_.functions[size_t(index)];
    fn_ = &f;
    decl_ = fd;
    const Type* sig = fd->obj->type;
    f.name = "main." + fd->name->name;
    f.num_params = int32_t(sig->params.size());
    f.num_results = int32_t(sig->results.size());
    f.line = fd->pos.line;
    line_ = fd->pos.line;
    next_local_ = fd->num_locals;

    // Named results start at their zero values.
    for (Entity* o : fd->named_results) {
        emit(Op::Zero, type_id(o->type));
        emit(Op::StoreLocal, o->slot);
    }
    stmts(fd->body->list);
    line_ = fd->body->rbrace.line;
    if (sig->results.empty()) {
        emit(Op::Return, 0);
    } else {
        // Unreachable (the checker proved a terminating statement), but every
        // function ends in a Return.
        for (Entity* o : fd->named_results)
            emit(Op::LoadLocal, o->slot);
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
    prog_.functions.resize(checked_.functions.size());

    for (Entity* g : checked_.globals) {
        prog_.global_types.push_back(type_id(g->type));
        prog_.global_names.push_back(g->name);
    }

    int init_count = 0;
    for (size_t i = 0; i < checked_.functions.size(); i++) {
        FuncDecl* fd = checked_.functions[i];
        function(fd, int(i));
        if (fd->name->name == "init")
            prog_.functions[i].name = "main.init." + std::to_string(init_count++);
    }
    if (checked_.main)
        prog_.main_function = checked_.main->obj->function;

    // main.init: package variables in dependency order, then func init()s.
    if (!checked_.init_order.empty() || !checked_.init_funcs.empty()) {
        prog_.functions.emplace_back();
        Function& f = prog_.functions.back();
        fn_ = &f;
        decl_ = nullptr;
        f.name = "main.init";
        next_local_ = 0;
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
}

} // namespace

void generate_program(const Ast& /*ast*/, const CheckResult& checked, TypeTable& types,
                      Program& prog) {
    CodeGen g(checked, types, prog);
    g.program();
}

} // namespace golab
