// parser.cpp: recursive descent over the spec's productions.
//
// Index: [SECTION] Plumbing, Declarations, Types, Statements, Expressions.
// Each parse function names the production it parses in the comment above
// it. Recovery skips to a token that can follow the broken construct, so one
// mistake gives one error.

#include "lang/parser.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace golab {

namespace {

class Parser {
  public:
    Parser(std::string_view src, Ast& ast, const ErrorSink& sink)
        : ast_(ast), sink_(sink),
          lexer_(src, [this](Pos p, std::string m) { report(p, std::move(m)); }) {
        next();
    }

    void file();

  private:
    // [SECTION] Plumbing
    void next() {
        tok_ = lexer_.next();
        consumed_++;
    }
    bool is(Tok k) const { return tok_.kind == k; }
    bool got(Tok k) {
        if (!is(k))
            return false;
        next();
        return true;
    }
    void report(Pos p, std::string msg) {
        any_error_ = true;
        sink_(p, std::move(msg));
    }
    // Reports "syntax error: ..." in Go's shapes: "unexpected X, expecting Y",
    // "unexpected X in/at/after ...", or a plain message.
    void syntax_error_at(Pos p, const std::string& msg) {
        if (is(Tok::Eof) && any_error_)
            return; // a follow-on of an earlier error
        if (p.line == last_syntax_line_)
            return; // go build keeps one syntax error per line
        last_syntax_line_ = p.line;
        std::string text;
        if (msg.rfind("in ", 0) == 0 || msg.rfind("at ", 0) == 0 || msg.rfind("after ", 0) == 0)
            text = "unexpected " + token_description(tok_) + " " + msg;
        else if (msg.rfind("expecting ", 0) == 0)
            text = "unexpected " + token_description(tok_) + ", " + msg;
        else
            text = msg;
        report(p, "syntax error: " + text);
    }
    void syntax_error(const std::string& msg) { syntax_error_at(tok_.pos, msg); }
    static const char* tok_name(Tok k) {
        switch (k) {
        case Tok::Semi:
            return "semicolon or newline";
        case Tok::Comma:
            return "comma";
        case Tok::Name:
            return "name";
        default:
            return token_spelling(k);
        }
    }
    void want(Tok k) {
        if (!got(k)) {
            syntax_error(std::string("expecting ") + tok_name(k));
            advance({});
        }
    }
    // Skips to a token in follow (inside functions also to a keyword that
    // starts a statement), so parsing can go on after an error. With no
    // follow set it skips exactly one token, as Go's parser does.
    void advance(std::initializer_list<Tok> follow) {
        auto stops = [&]() {
            if (is(Tok::Eof))
                return true;
            for (Tok f : follow)
                if (is(f))
                    return true;
            if (follow.size() == 0 || fnest_ == 0)
                return false;
            switch (tok_.kind) {
            case Tok::Break:
            case Tok::Const:
            case Tok::Continue:
            case Tok::Defer:
            case Tok::Fallthrough:
            case Tok::For:
            case Tok::Go:
            case Tok::Goto:
            case Tok::If:
            case Tok::Return:
            case Tok::Select:
            case Tok::Switch:
            case Tok::Type:
            case Tok::Var:
                return true;
            default:
                return false;
            }
        };
        while (!stops()) {
            next();
            if (follow.size() == 0)
                break;
        }
    }
    Ident* ident() {
        auto* id = ast_.make<Ident>(tok_.pos);
        if (is(Tok::Name)) {
            id->name = tok_.text;
            next();
        } else {
            id->name = "_";
            syntax_error("expecting name");
            advance({});
        }
        return id;
    }
    Expr* bad(Pos p) { return ast_.make<BadExpr>(p); }

    // [SECTION] Declarations
    void import_spec(GenDecl* d);
    ValueSpec* value_spec(Tok kind, int iota, ValueSpec* prev);
    void type_spec(GenDecl* d);
    GenDecl* gen_decl(Tok kind);
    FuncDecl* func_decl();

    // [SECTION] Types
    Expr* type_or_null();
    Expr* type_required();
    Expr* type_name();
    FuncTypeExpr* signature(Pos p);
    std::vector<FieldDecl> parameters(bool type_params, bool open_consumed = false,
                                      Ident* first = nullptr);
    Expr* struct_type();
    Expr* interface_type();
    Expr* array_or_slice_type(Pos p);

    // [SECTION] Statements
    BlockStmt* block();
    std::vector<Stmt*> stmt_list();
    Stmt* stmt_or_null();
    Stmt* simple_stmt(std::vector<Expr*> lhs, bool range_ok);
    Stmt* if_stmt();
    Stmt* for_stmt();
    Stmt* switch_stmt();
    Stmt* select_stmt();
    void header(Stmt*& init, Expr*& cond, Stmt** post, bool is_for, const char* keyword);
    CaseClause case_clause(bool is_select);

    // [SECTION] Expressions
    Expr* expr();
    std::vector<Expr*> expr_list();
    Expr* binary_expr(int prec);
    Expr* unary_expr();
    Expr* primary_expr(Expr* x);
    Expr* operand();
    Expr* composite_lit(Expr* type);
    Expr* element();
    Expr* call_or_conversion(Expr* fun);
    static bool complit_type_ok(const Expr* x);

    Ast& ast_;
    const ErrorSink& sink_;
    Lexer lexer_;
    Token tok_;
    bool any_error_ = false;
    int last_syntax_line_ = 0;
    int fnest_ = 0;         // depth of function bodies
    int expr_lev_ = 0;      // < 0: in a control clause header, where T{ is a block
    Stmt* guard_ = nullptr; // a switch header's "v := x.(type)"
    long consumed_ = 0;     // tokens consumed so far
    int depth_ = 0;         // nesting of expressions, types and statements
    bool too_deep_ = false; // the nesting limit was reported

    // NOTE: parentheses, unary operators, binary operators and blocks are parsed with
    // explicit stacks, and the checker and compiler walk their chains in loops. Everything
    // else (calls, indexes, literals, statements inside statements, right operands that
    // are themselves operations) recurses in all three, and the threads we run on (the
    // browser's main thread included) may have stacks of 1 MB, so that nesting is refused
    // with an error beyond this many levels instead of overflowing the stack.
    static constexpr int kMaxNesting = 1000;
    // Binary operators bind at most this tightly (* / % << >> & &^), so
    // binary_expr(kUnaryPrecedence) reads one unary expression.
    static constexpr int kUnaryPrecedence = 5;
    // Reports the nesting limit once, then gives up on the rest of the file (unwinding
    // would only add errors).
    void too_deep() {
        if (too_deep_)
            return;
        too_deep_ = true;
        report(tok_.pos,
               "not supported yet: nesting deeper than " + std::to_string(kMaxNesting) + " levels");
        while (!is(Tok::Eof))
            next();
    }
    // Enters one level of nesting; false (and the error) when that is one too many.
    bool enter_nesting() {
        if (depth_ < kMaxNesting) {
            depth_++;
            return true;
        }
        too_deep();
        return false;
    }
    struct DepthGuard {
        Parser& p;
        bool ok;
        explicit DepthGuard(Parser& parser) : p(parser), ok(parser.enter_nesting()) {}
        ~DepthGuard() {
            if (ok)
                p.depth_--;
        }
    };
    // A left-deep chain (x.f()[i]...) deepens the tree one level per link without
    // recursing here, but the checker recurses over it later.
    struct ChainGuard {
        Parser& p;
        int links = 0;
        explicit ChainGuard(Parser& parser) : p(parser) {}
        bool grow() {
            if (!p.enter_nesting())
                return false;
            links++;
            return true;
        }
        ~ChainGuard() { p.depth_ -= links; }
    };
};

// ---------------------------------------------------------------------------
// [SECTION] Declarations

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
void Parser::file() {
    File& f = ast_.file;
    f.package_pos = tok_.pos;
    if (!got(Tok::Package)) {
        // NOTE: go build's loader finds this before the compiler does, and
        // words it as go/parser does.
        std::string found = tok_.kind == Tok::Name || tok_.kind == Tok::Int ||
                                    tok_.kind == Tok::Float || tok_.kind == Tok::String ||
                                    tok_.kind == Tok::Rune || tok_.kind == Tok::Imag
                                ? tok_.text
                                : "'" + std::string(token_spelling(tok_.kind)) + "'";
        report(tok_.pos, "expected 'package', found " + found);
        return;
    }

    f.package_name = ident();
    want(Tok::Semi);

    while (is(Tok::Import)) {
        GenDecl* d = gen_decl(Tok::Import);
        f.imports.push_back(d);
        f.decls.push_back(d);
        if (!is(Tok::Eof))
            want(Tok::Semi);
    }

    long guard = -1;
    while (!is(Tok::Eof)) {
        // Every turn must consume something, or recovery could loop forever.
        if (consumed_ == guard) {
            next();
            continue;
        }
        guard = consumed_;
        switch (tok_.kind) {
        case Tok::Const:
        case Tok::Type:
        case Tok::Var: {
            GenDecl* d = gen_decl(tok_.kind);
            f.gen_decls.push_back(d);
            f.decls.push_back(d);
            break;
        }
        case Tok::Func: {
            FuncDecl* d = func_decl();
            if (d) {
                f.funcs.push_back(d);
                f.decls.push_back(d);
            }
            break;
        }
        case Tok::Import:
            syntax_error("imports must appear before other declarations");
            gen_decl(Tok::Import);
            break;
        case Tok::Semi:
            next();
            continue;
        default: {
            // "func main()" with its "{" on the next line is a classic.
            auto* last = f.decls.empty() ? nullptr : dynamic_cast<FuncDecl*>(f.decls.back());
            if (is(Tok::LBrace) && last && !last->body)
                syntax_error("unexpected semicolon or newline before {");
            else
                syntax_error("non-declaration statement outside function body");
            advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
            continue;
        }
        }
        if (!is(Tok::Eof) && !got(Tok::Semi)) {
            syntax_error("after top level declaration");
            advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        }
    }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
void Parser::import_spec(GenDecl* d) {
    ImportSpec s;
    s.pos = tok_.pos;
    if (is(Tok::Name)) {
        s.name = ident();
    } else if (is(Tok::Dot)) {
        s.name = ast_.make<Ident>(tok_.pos);
        s.name->name = ".";
        next();
    }
    if (is(Tok::String)) {
        s.path = ast_.make<BasicLit>(tok_.pos);
        s.path->lit = Tok::String;
        s.path->text = tok_.text;
        s.path->bad = tok_.bad;
        next();
    } else {
        syntax_error("missing import path; require quoted string");
        advance({Tok::Semi, Tok::RParen});
        return;
    }
    d->imports.push_back(s);
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
// VarSpec   = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
ValueSpec* Parser::value_spec(Tok kind, int iota, ValueSpec* prev) {
    auto* s = ast_.make_plain<ValueSpec>();
    s->pos = tok_.pos;
    s->iota = iota;
    s->names.push_back(ident());
    while (got(Tok::Comma))
        s->names.push_back(ident());
    if (kind == Tok::Var) {
        if (!is(Tok::Assign)) {
            s->type = type_or_null();
            if (!s->type) {
                syntax_error("expecting type");
                advance({Tok::Semi, Tok::RParen});
                return s;
            }
        }
        if (got(Tok::Assign))
            s->values = expr_list();
    } else {
        if (!is(Tok::Assign) && !is(Tok::Semi) && !is(Tok::RParen))
            s->type = type_or_null();
        if (got(Tok::Assign))
            s->values = expr_list();
        else if (prev)
            s->inherited = prev->inherited ? prev->inherited : prev;
    }
    return s;
}

// TypeSpec = AliasDecl | TypeDef .
// AliasDecl = identifier "=" Type .  TypeDef = identifier [ TypeParameters ] Type .
void Parser::type_spec(GenDecl* d) {
    TypeSpec s;
    s.pos = tok_.pos;
    s.name = ident();
    if (is(Tok::LBrack)) {
        // Either type parameters or an array/slice type.
        Pos lb = tok_.pos;
        next();
        if (is(Tok::Name)) {
            // [N]T with a constant name, or [P any] type parameters.
            Token save = tok_;
            Expr* x = expr();
            if (is(Tok::RBrack) && x->kind != ExprKind::Bad) {
                next();
                auto* at = ast_.make<ArrayTypeExpr>(lb);
                at->len = x;
                at->elem = type_required();
                s.type = at;
            } else if (x->kind == ExprKind::Ident) {
                // A type parameter list, x its first name: "[P any]", "[A, B any]".
                s.type_params = parameters(true, true, static_cast<Ident*>(x));
                s.type = type_required();
            } else {
                // Type parameter list: name constraint {, name constraint}.
                FieldDecl f;
                f.pos = save.pos;
                if (x->kind == ExprKind::Ident)
                    f.names.push_back(static_cast<Ident*>(x));
                // NOTE: "[P any]" reads as the expression P followed by a constraint,
                // which may be a union: ~int | string.
                f.type = binary_expr(0);
                s.type_params.push_back(f);
                while (got(Tok::Comma)) {
                    if (is(Tok::RBrack))
                        break;
                    FieldDecl g;
                    g.pos = tok_.pos;
                    g.names.push_back(ident());
                    while (got(Tok::Comma))
                        g.names.push_back(ident());
                    g.type = binary_expr(0);
                    s.type_params.push_back(g);
                }
                want(Tok::RBrack);
                s.type = type_required();
            }
        } else {
            s.type = array_or_slice_type(lb);
        }
    } else {
        s.alias = got(Tok::Assign);
        s.type = type_or_null();
        if (!s.type) {
            syntax_error("in type declaration");
            advance({Tok::Semi, Tok::RParen});
            s.type = bad(tok_.pos);
        }
    }
    d->types.push_back(s);
}

// Declaration = ConstDecl | TypeDecl | VarDecl (and ImportDecl), with the
// grouped form "kw ( spec ; spec ; )".
GenDecl* Parser::gen_decl(Tok kind) {
    auto* d = ast_.make<GenDecl>(tok_.pos);
    d->tok = kind;
    next();
    auto one = [&](int iota, ValueSpec* prev) -> ValueSpec* {
        switch (kind) {
        case Tok::Import:
            import_spec(d);
            return nullptr;
        case Tok::Type:
            type_spec(d);
            return nullptr;
        default: {
            ValueSpec* s = value_spec(kind, iota, prev);
            d->values.push_back(s);
            return s;
        }
        }
    };
    if (got(Tok::LParen)) {
        int iota = 0;
        ValueSpec* prev = nullptr;
        long guard = -1;
        while (!is(Tok::RParen) && !is(Tok::Eof)) {
            // Every turn must consume something, or recovery could loop forever.
            if (consumed_ == guard) {
                next();
                continue;
            }
            guard = consumed_;
            prev = one(iota++, prev);
            if (!is(Tok::RParen) && !got(Tok::Semi)) {
                syntax_error(
                    kind == Tok::Import
                        ? "in import declaration; possibly missing semicolon or newline or )"
                        : "after top level declaration");
                advance({Tok::Semi, Tok::RParen});
                got(Tok::Semi);
            }
        }
        want(Tok::RParen);
    } else {
        one(0, nullptr);
    }
    return d;
}

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
FuncDecl* Parser::func_decl() {
    auto* d = ast_.make<FuncDecl>(tok_.pos);
    next();
    if (is(Tok::LParen)) {
        Pos rp = tok_.pos;
        std::vector<FieldDecl> recv = parameters(false);
        if (recv.size() != 1) {
            report(rp, recv.empty() ? "method has no receiver" : "method has multiple receivers");
        }
        if (!recv.empty()) {
            d->recv = ast_.make_plain<FieldDecl>();
            *d->recv = recv[0];
        }
    }
    if (!is(Tok::Name)) {
        syntax_error("expecting name or (");
        advance({Tok::LBrace, Tok::Semi});
        return nullptr;
    }
    d->name = ident();
    std::vector<FieldDecl> tparams;
    if (is(Tok::LBrack)) {
        if (d->recv)
            syntax_error("method must have no type parameters");
        tparams = parameters(true);
        if (d->recv)
            tparams.clear(); // reported; the method is read without them
    }
    d->sig = signature(d->pos);
    d->sig->type_params = std::move(tparams);
    if (is(Tok::LBrace)) {
        fnest_++;
        d->body = block();
        fnest_--;
    }
    return d;
}

// ---------------------------------------------------------------------------
// [SECTION] Types

// TypeName = identifier | PackageName "." identifier, with optional TypeArgs.
Expr* Parser::type_name() {
    Expr* x = ident();
    if (is(Tok::Dot)) {
        auto* s = ast_.make<SelectorExpr>(x->pos);
        next();
        s->x = x;
        s->sel = ident();
        x = s;
    }
    if (is(Tok::LBrack)) {
        auto* ix = ast_.make<IndexExpr>(x->pos);
        next();
        ix->x = x;
        ix->indices.push_back(type_required());
        while (got(Tok::Comma) && !is(Tok::RBrack))
            ix->indices.push_back(type_required());
        ix->rbrack = tok_.pos;
        want(Tok::RBrack);
        x = ix;
    }
    return x;
}

// ArrayType = "[" ArrayLength "]" ElementType .  SliceType = "[" "]" ElementType .
// The "[" is already consumed; p is its position.
Expr* Parser::array_or_slice_type(Pos p) {
    auto* at = ast_.make<ArrayTypeExpr>(p);
    if (got(Tok::RBrack)) {
        at->elem = type_required();
        return at;
    }
    if (is(Tok::Ellipsis)) {
        at->len = ast_.make<EllipsisExpr>(tok_.pos);
        next();
    } else {
        // NOTE: an array length is a whole expression: each nested `[` recurses through
        // expr, binary_expr and operand back to here, deep enough that 1,000 of them
        // overflowed AddressSanitizer's 8 MB stack. So the length counts two more levels.
        DepthGuard length(*this), length_expr(*this);
        if (!length.ok || !length_expr.ok)
            return bad(p);
        expr_lev_++;
        at->len = expr();
        expr_lev_--;
    }
    want(Tok::RBrack);
    at->elem = type_required();
    return at;
}

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
Expr* Parser::type_or_null() {
    Pos p = tok_.pos;
    DepthGuard depth(*this);
    if (!depth.ok)
        return bad(p);
    switch (tok_.kind) {
    case Tok::Name:
        return type_name();
    case Tok::LBrack:
        next();
        return array_or_slice_type(p);
    case Tok::Mul: {
        next();
        auto* s = ast_.make<StarExpr>(p);
        s->x = type_required();
        return s;
    }
    case Tok::Arrow: {
        next();
        auto* c = ast_.make<ChanTypeExpr>(p);
        want(Tok::Chan);
        c->dir = 2;
        c->elem = type_required();
        return c;
    }
    case Tok::Chan: {
        next();
        auto* c = ast_.make<ChanTypeExpr>(p);
        if (got(Tok::Arrow))
            c->dir = 1;
        c->elem = type_required();
        return c;
    }
    case Tok::Func:
        next();
        return signature(p);
    case Tok::Map: {
        next();
        auto* m = ast_.make<MapTypeExpr>(p);
        want(Tok::LBrack);
        m->key = type_required();
        want(Tok::RBrack);
        m->value = type_required();
        return m;
    }
    case Tok::Struct:
        return struct_type();
    case Tok::Interface:
        return interface_type();
    case Tok::LParen: {
        next();
        auto* pe = ast_.make<ParenExpr>(p);
        pe->x = type_required();
        want(Tok::RParen);
        return pe;
    }
    default:
        return nullptr;
    }
}

Expr* Parser::type_required() {
    Expr* t = type_or_null();
    if (!t) {
        syntax_error("expecting type");
        advance({Tok::Comma, Tok::RParen, Tok::RBrack, Tok::Semi, Tok::LBrace, Tok::RBrace});
        return bad(tok_.pos);
    }
    return t;
}

// Signature = Parameters [ Result ] .  Result = Parameters | Type .
FuncTypeExpr* Parser::signature(Pos p) {
    auto* f = ast_.make<FuncTypeExpr>(p);
    if (!is(Tok::LParen)) {
        // As Go's parser does: skip one token and read the list from there
        // ("func g() {}" inside a function reads "() {}" as a parameter).
        syntax_error("expecting (");
        advance({});
        f->params = parameters(false, true);
    } else {
        f->params = parameters(false);
    }

    if (is(Tok::LParen)) {
        f->results = parameters(false);
    } else if (Expr* t = type_or_null()) {
        FieldDecl r;
        r.pos = t->pos;
        r.type = t;
        f->results.push_back(r);
    }
    return f;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// TypeParameters use "[" "]" and the same shape. A lone name is a type unless
// some entry has a name and a type, then every lone name is a parameter name.
// first: the list's first name when the caller has read it already.
std::vector<FieldDecl> Parser::parameters(bool type_params, bool open_consumed, Ident* first) {
    Tok close = type_params ? Tok::RBrack : Tok::RParen;
    if (!open_consumed)
        next(); // ( or [
    struct Entry {
        Pos pos;
        Ident* name = nullptr;
        Expr* type = nullptr;
    };
    std::vector<Entry> entries;
    long guard = -1;
    while (!is(close) && !is(Tok::Eof)) {
        // Every turn must consume something, or recovery could loop forever.
        if (consumed_ == guard) {
            next();
            continue;
        }
        guard = consumed_;
        Entry e;
        e.pos = tok_.pos;
        if (first || is(Tok::Name)) {
            Ident* n = first ? std::exchange(first, nullptr) : ident();
            if (is(Tok::Dot)) {
                // A qualified type name: pkg.T
                auto* s = ast_.make<SelectorExpr>(n->pos);
                next();
                s->x = n;
                s->sel = ident();
                e.type = s;
            } else if (is(Tok::Comma) || is(close)) {
                e.name = n; // decided below
            } else if (is(Tok::LBrack) && !type_params) {
                // name [N]T, name []T, or a generic type name T[int]
                e.name = n;
                e.type = type_required();
            } else {
                e.name = n;
                if (is(Tok::Ellipsis)) {
                    auto* el = ast_.make<EllipsisExpr>(tok_.pos);
                    next();
                    el->elem = type_required();
                    e.type = el;
                } else if (type_params) {
                    e.type = binary_expr(0); // constraints may be unions: ~int | string
                } else {
                    e.type = type_required();
                }
            }
        } else if (is(Tok::Ellipsis)) {
            auto* el = ast_.make<EllipsisExpr>(tok_.pos);
            next();
            el->elem = type_required();
            e.type = el;
        } else {
            Expr* t = type_or_null();
            if (!t) {
                syntax_error(type_params ? "expecting ]" : "expecting )");
                advance({close, Tok::LBrace, Tok::Semi});
                break;
            }
            e.type = t;
        }
        entries.push_back(e);
        if (!got(Tok::Comma)) {
            if (!is(close)) {
                // NOTE: Go says "parameter list" for type parameters too.
                syntax_error(std::string("in parameter list; possibly missing comma or ") +
                             (type_params ? "]" : ")"));
                advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
                if (!is(close))
                    return {};
            }
            break;
        }
    }
    Pos close_pos = tok_.pos;
    want(close);
    if (type_params && !entries.empty() && entries.back().name && !entries.back().type) {
        // [T] or [K comparable, V]: Go points at the closing bracket.
        syntax_error_at(close_pos, "missing type constraint");
        return {};
    }

    // Group names with the type that follows them.
    bool named = false;
    for (auto& e : entries)
        if (e.name && e.type)
            named = true;
    std::vector<FieldDecl> out;
    if (!named) {
        for (auto& e : entries) {
            FieldDecl f;
            f.pos = e.pos;
            f.type = e.type ? e.type : e.name;
            out.push_back(f);
        }
        return out;
    }
    std::vector<Ident*> pending;
    Pos pending_pos;
    for (auto& e : entries) {
        if (e.name && !e.type) {
            if (pending.empty())
                pending_pos = e.pos;
            pending.push_back(e.name);
            continue;
        }
        if (!e.name) {
            syntax_error_at(e.pos, "mixed named and unnamed parameters");
            continue;
        }
        FieldDecl f;
        f.pos = pending.empty() ? e.pos : pending_pos;
        f.names = pending;
        f.names.push_back(e.name);
        f.type = e.type;
        pending.clear();
        out.push_back(f);
    }
    if (!pending.empty())
        syntax_error_at(pending.back()->pos, "mixed named and unnamed parameters");
    return out;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
Expr* Parser::struct_type() {
    auto* st = ast_.make<StructTypeExpr>(tok_.pos);
    next();
    want(Tok::LBrace);
    long guard = -1;
    while (!is(Tok::RBrace) && !is(Tok::Eof)) {
        // Every turn must consume something, or recovery could loop forever.
        if (consumed_ == guard) {
            next();
            continue;
        }
        guard = consumed_;
        FieldDecl f;
        f.pos = tok_.pos;
        if (is(Tok::Mul)) {
            f.type = type_required(); // embedded *T
        } else if (is(Tok::Name)) {
            Ident* n = ident();
            if (is(Tok::Dot) || is(Tok::Semi) || is(Tok::RBrace) || is(Tok::String)) {
                // Embedded field T or pkg.T.
                Expr* t = n;
                if (got(Tok::Dot)) {
                    auto* s = ast_.make<SelectorExpr>(n->pos);
                    s->x = n;
                    s->sel = ident();
                    t = s;
                }
                f.type = t;
            } else {
                f.names.push_back(n);
                while (got(Tok::Comma))
                    f.names.push_back(ident());
                f.type = type_required();
            }
        } else {
            syntax_error("expecting field name or embedded type");
            advance({Tok::Semi, Tok::RBrace});
        }
        if (is(Tok::String)) {
            f.tag = ast_.make<BasicLit>(tok_.pos);
            f.tag->lit = Tok::String;
            f.tag->text = tok_.text;
            next();
        }
        if (f.type)
            st->fields.push_back(f);
        if (!got(Tok::Semi) && !is(Tok::RBrace)) {
            syntax_error("in struct type; possibly missing semicolon or newline or }");
            advance({Tok::Semi, Tok::RBrace});
            got(Tok::Semi);
        }
    }
    want(Tok::RBrace);
    return st;
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// InterfaceElem = MethodElem | TypeElem .
Expr* Parser::interface_type() {
    auto* it = ast_.make<InterfaceTypeExpr>(tok_.pos);
    next();
    want(Tok::LBrace);
    long guard = -1;
    while (!is(Tok::RBrace) && !is(Tok::Eof)) {
        // Every turn must consume something, or recovery could loop forever.
        if (consumed_ == guard) {
            next();
            continue;
        }
        guard = consumed_;
        FieldDecl f;
        f.pos = tok_.pos;
        if (is(Tok::Name)) {
            Ident* n = ident();
            if (is(Tok::LParen)) {
                f.names.push_back(n);
                f.type = signature(n->pos);
            } else {
                Expr* t = n;
                if (got(Tok::Dot)) {
                    auto* s = ast_.make<SelectorExpr>(n->pos);
                    s->x = n;
                    s->sel = ident();
                    t = s;
                }
                // A union of types: A | ~B
                while (is(Tok::Or)) {
                    auto* b = ast_.make<BinaryExpr>(t->pos);
                    b->op = Tok::Or;
                    b->op_pos = tok_.pos;
                    next();
                    b->x = t;
                    b->y = binary_expr(4);
                    t = b;
                }
                f.type = t;
            }
        } else {
            f.type = binary_expr(0);
        }
        it->elems.push_back(f);
        if (!got(Tok::Semi) && !is(Tok::RBrace)) {
            syntax_error("in interface type; possibly missing semicolon or newline or }");
            advance({Tok::Semi, Tok::RBrace});
            got(Tok::Semi);
        }
    }
    want(Tok::RBrace);
    return it;
}

// ---------------------------------------------------------------------------
// [SECTION] Statements

// Block = "{" StatementList "}" .
BlockStmt* Parser::block() {
    auto* b = ast_.make<BlockStmt>(tok_.pos);
    want(Tok::LBrace);
    b->list = stmt_list();
    b->rbrace = tok_.pos;
    want(Tok::RBrace);
    return b;
}

// StatementList = { Statement ";" } .
// A block statement inside the list is entered by a frame on an explicit stack, not by
// recursion, so "{{{...}}}" 10,000 deep nests no C++ calls. A block that holds nothing but
// one block is replaced by it ("{{s}}" is "{s}": the outer scope declares nothing), so
// the tree stays shallow for the checker and compiler; any other block counts as one level
// of nesting for them.
std::vector<Stmt*> Parser::stmt_list() {
    struct Open {
        BlockStmt* block;
        std::vector<Stmt*> outer; // the enclosing list so far
        long guard;
        int height; // nesting of the blocks inside it, as the checker will see them
    };
    std::vector<Open> open;
    std::vector<Stmt*> list;
    long guard = -1;
    int height = 0;
    // Adds s, then eats its separator; false when the list ends here.
    auto add = [&](Stmt* s) {
        if (s && s->kind != StmtKind::Empty)
            list.push_back(s);
        // A token no statement starts with (else after a newline) ends the list; the block
        // then reports it as "unexpected else, expecting }", as Go does.
        if (!s && !is(Tok::RParen))
            return false;
        if (is(Tok::RParen) && !s) {
            syntax_error("expecting expression");
            next();
            advance({Tok::Semi, Tok::RBrace});
        }
        // Statements are separated by semicolons; ")" and "}" may end a
        // statement on the same line.
        if (got(Tok::Semi))
            return true;
        if (is(Tok::RBrace) || is(Tok::Case) || is(Tok::Default) || is(Tok::Eof))
            return false;
        syntax_error("at end of statement");
        advance({Tok::Semi, Tok::RBrace, Tok::Case, Tok::Default});
        got(Tok::Semi);
        return true;
    };
    for (;;) {
        bool more = true;
        while (more && !is(Tok::Eof) && !is(Tok::RBrace) && !is(Tok::Case) && !is(Tok::Default)) {
            // Every turn must consume something, or recovery could loop forever.
            if (consumed_ == guard) {
                next();
                continue;
            }
            guard = consumed_;
            if (is(Tok::LBrace)) {
                auto* b = ast_.make<BlockStmt>(tok_.pos);
                next();
                open.push_back({b, std::move(list), guard, height});
                list.clear();
                guard = -1;
                height = 0;
                continue;
            }
            more = add(stmt_or_null());
        }
        if (open.empty())
            return list;

        // Close the innermost block and go on with the list around it.
        Open o = std::move(open.back());
        open.pop_back();
        BlockStmt* b = o.block;
        b->rbrace = tok_.pos;
        want(Tok::RBrace);
        if (list.size() == 1 && list[0]->kind == StmtKind::Block) {
            // NOTE: the inner block stays, with its positions: Go names the innermost block
            // in "goto L jumps into block starting at ...".
            b = static_cast<BlockStmt*>(list[0]);
        } else {
            b->list = std::move(list);
            height++;
        }
        if (depth_ + height > kMaxNesting)
            too_deep();
        list = std::move(o.outer);
        guard = o.guard;
        height = std::max(height, o.height);
        add(b); // when the list around it ends here too, the loop above sees why
    }
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
Stmt* Parser::stmt_or_null() {
    Pos p = tok_.pos;
    DepthGuard depth(*this);
    if (!depth.ok)
        return ast_.make<BadStmt>(p);
    switch (tok_.kind) {
    case Tok::Semi: {
        return ast_.make<EmptyStmt>(p);
    }
    case Tok::Var:
    case Tok::Const:
    case Tok::Type: {
        auto* s = ast_.make<DeclStmt>(p);
        s->decl = gen_decl(tok_.kind);
        return s;
    }
    case Tok::LBrace:
        return block();
    case Tok::If:
        return if_stmt();
    case Tok::For:
        return for_stmt();
    case Tok::Switch:
        return switch_stmt();
    case Tok::Select:
        return select_stmt();
    case Tok::Go:
    case Tok::Defer: {
        bool is_go = is(Tok::Go);
        next();
        Expr* call = unary_expr();
        // Go's parser reports these, and type checking goes on as if the call were there.
        std::string what = is_go ? "go" : "defer";
        if (call && call->kind == ExprKind::Paren) {
            report(call->pos, "expression in " + what + " must not be parenthesized");
            while (call->kind == ExprKind::Paren)
                call = static_cast<ParenExpr*>(call)->x;
        }
        if (call && call->kind != ExprKind::Call && call->kind != ExprKind::Bad)
            report(call->kind == ExprKind::Selector ? static_cast<SelectorExpr*>(call)->dot
                   : call->kind == ExprKind::Index  ? static_cast<IndexExpr*>(call)->lbrack
                                                    : call->pos,
                   "expression in " + what + " must be function call");
        if (is_go) {
            auto* s = ast_.make<GoStmt>(p);
            s->call = call;
            return s;
        }
        auto* s = ast_.make<DeferStmt>(p);
        s->call = call;
        return s;
    }
    case Tok::Return: {
        auto* s = ast_.make<ReturnStmt>(p);
        next();
        if (!is(Tok::Semi) && !is(Tok::RBrace))
            s->results = expr_list();
        return s;
    }
    case Tok::Break:
    case Tok::Continue:
    case Tok::Goto:
    case Tok::Fallthrough: {
        auto* s = ast_.make<BranchStmt>(p);
        s->tok = tok_.kind;
        next();
        if (s->tok != Tok::Fallthrough && is(Tok::Name))
            s->label = ident();
        return s;
    }
    case Tok::Name:
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Rune:
    case Tok::String:
    case Tok::Func:
    case Tok::LParen:
    case Tok::LBrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:
    case Tok::Mul:
    case Tok::And:
    case Tok::Xor:
    case Tok::Add:
    case Tok::Sub:
    case Tok::Not:
    case Tok::Arrow: {
        std::vector<Expr*> lhs = expr_list();
        // LabeledStmt = Label ":" Statement .
        if (is(Tok::Colon) && lhs.size() == 1 && lhs[0]->kind == ExprKind::Ident) {
            next();
            auto* s = ast_.make<LabeledStmt>(p);
            s->label = static_cast<Ident*>(lhs[0]);
            if (is(Tok::RBrace)) {
                s->stmt = ast_.make<EmptyStmt>(tok_.pos);
                return s;
            }
            s->stmt = stmt_or_null();
            if (!s->stmt) {
                syntax_error("missing statement after label");
                s->stmt = ast_.make<EmptyStmt>(tok_.pos);
            }
            return s;
        }
        return simple_stmt(std::move(lhs), false);
    }
    default:
        return nullptr;
    }
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// lhs is the already parsed expression list. range_ok allows "k, v := range x".
Stmt* Parser::simple_stmt(std::vector<Expr*> lhs, bool range_ok) {
    Pos p = lhs.empty() ? tok_.pos : lhs[0]->pos;
    if (lhs.empty()) {
        if (range_ok && is(Tok::Range)) {
            // for range x
            next();
            auto* r = ast_.make<RangeStmt>(p);
            r->x = expr();
            return r;
        }
        lhs = expr_list();
    }
    switch (tok_.kind) {
    case Tok::Define:
    case Tok::Assign: {
        Tok k = tok_.kind;
        Pos tp = tok_.pos;
        next();
        if (range_ok && is(Tok::Range)) {
            next();
            auto* r = ast_.make<RangeStmt>(p);
            r->define = k == Tok::Define;
            if (lhs.size() >= 1)
                r->key = lhs[0];
            if (lhs.size() >= 2)
                r->value = lhs[1];
            for (size_t i = 2; i < lhs.size(); i++)
                r->extra.push_back(lhs[i]); // the checker reports it, as Go's does

            r->x = expr();
            return r;
        }
        auto* a = ast_.make<AssignStmt>(p);
        a->tok = k;
        a->tok_pos = tp;
        a->lhs = std::move(lhs);
        a->rhs = expr_list();
        return a;
    }
    case Tok::AssignOp: {
        auto* a = ast_.make<AssignStmt>(p);
        a->tok = Tok::AssignOp;
        a->op = tok_.op;
        a->tok_pos = tok_.pos;
        next();
        a->lhs = std::move(lhs);
        a->rhs.push_back(expr());
        return a;
    }
    case Tok::Inc:
    case Tok::Dec: {
        auto* s = ast_.make<IncDecStmt>(p);
        s->inc = is(Tok::Inc);
        next();
        s->x = lhs[0];
        return s;
    }
    case Tok::Arrow: {
        auto* s = ast_.make<SendStmt>(p);
        next();
        s->chan = lhs[0];
        s->value = expr();
        return s;
    }
    default: {
        if (lhs.size() > 1) {
            // A list that is not assigned to (for i, v in xs): Go's parser skips the rest.
            syntax_error("expecting := or = or comma");
            advance({Tok::Semi, Tok::RBrace});
        }
        auto* s = ast_.make<ExprStmt>(p);
        s->x = lhs[0];
        return s;
    }
    }
}

// The header of if, for and switch: [ SimpleStmt ";" ] Expression, or for
// loops [ InitStmt ";" [ Condition ] ";" [ PostStmt ] ] or a RangeClause.
// Errors follow Go's parser: a newline where "{" belongs is reported as such.
void Parser::header(Stmt*& init, Expr*& cond, Stmt** post, bool is_for, const char* keyword) {
    bool is_if = std::string(keyword) == "if";
    if (is(Tok::LBrace)) {
        if (is_if)
            syntax_error("missing condition in if statement");
        return;
    }
    int outer = expr_lev_;
    expr_lev_ = -1;
    if (!is(Tok::Semi)) {
        if (got(Tok::Var))
            syntax_error(std::string("var declaration not allowed in ") + keyword + " initializer");

        init = simple_stmt({}, is_for);
        if (init->kind == StmtKind::Range) {
            expr_lev_ = outer;
            return;
        }
    }
    Stmt* cond_stmt = nullptr;
    Pos semi_pos;
    bool semi_is_newline = false;
    if (!is(Tok::LBrace)) {
        if (is(Tok::Semi)) {
            semi_pos = tok_.pos;
            semi_is_newline = tok_.text == "newline";
            next();
        } else {
            // Asking for "{" rather than ";" gives the better message.
            want(Tok::LBrace);
            if (!is(Tok::LBrace))
                advance({Tok::LBrace, Tok::RBrace});
        }
        if (is_for) {
            if (!is(Tok::Semi)) {
                if (is(Tok::LBrace)) {
                    syntax_error("expected for loop condition");
                    expr_lev_ = outer;
                    return;
                }
                cond_stmt = simple_stmt({}, false);
            }
            want(Tok::Semi);
            if (!is(Tok::LBrace)) {
                *post = simple_stmt({}, false);
                if ((*post)->kind == StmtKind::Assign) {
                    auto* a = static_cast<AssignStmt*>(*post);
                    if (a->tok == Tok::Define)
                        syntax_error_at(a->tok_pos, "cannot declare in post statement of for loop");
                }
            }
        } else if (!is(Tok::LBrace)) {
            cond_stmt = simple_stmt({}, false);
        }
    } else {
        cond_stmt = init;
        init = nullptr;
    }
    expr_lev_ = outer;

    if (!cond_stmt) {
        if (is_if && semi_pos.valid()) {
            if (semi_is_newline)
                syntax_error_at(semi_pos, "unexpected newline, expecting { after if clause");
            else
                syntax_error_at(semi_pos, "missing condition in if statement");
        }
        return;
    }
    if (cond_stmt->kind == StmtKind::Expr) {
        cond = static_cast<ExprStmt*>(cond_stmt)->x;
        return;
    }
    if (std::string(keyword) == "switch" && cond_stmt->kind == StmtKind::Assign) {
        guard_ = cond_stmt; // v := x.(type); switch_stmt sorts it out
        return;
    }
    // "if x := 0 {" instead of "if x := 0; x > 0 {" is a common mistake.
    Pos at = cond_stmt->pos;
    std::string text;
    if (cond_stmt->kind == StmtKind::Assign) {
        auto* a = static_cast<AssignStmt*>(cond_stmt);
        at = a->tok_pos;
        auto list = [](const std::vector<Expr*>& l) {
            std::string r;
            for (size_t i = 0; i < l.size(); i++)
                r += (i ? ", " : "") + expr_string(l[i]);
            return r;
        };
        if (a->tok == Tok::Assign)
            text = "assignment (" + list(a->lhs) + ") = (" + list(a->rhs) + ")";
        else
            text = list(a->lhs) + " " +
                   (a->tok == Tok::Define ? ":=" : token_spelling(a->op) + std::string("=")) + " " +
                   list(a->rhs);
    } else {
        text = "statement";
    }
    syntax_error_at(at, "cannot use " + text + " as value");
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
// An else-if chain is read in a loop, and checked and compiled in loops too, so its arms
// do not nest: 10,000 of them are one level.
Stmt* Parser::if_stmt() {
    auto* first = ast_.make<IfStmt>(tok_.pos);
    DepthGuard depth(*this);
    if (!depth.ok)
        return first;
    for (IfStmt* s = first;;) {
        next();
        header(s->init, s->cond, nullptr, false, "if");
        if (!is(Tok::LBrace)) {
            syntax_error("expecting { after if clause");
            advance({Tok::LBrace, Tok::Semi, Tok::RBrace});
        }
        s->then = block();
        if (!got(Tok::Else))
            break;
        if (is(Tok::If)) {
            auto* arm = ast_.make<IfStmt>(tok_.pos);
            s->els = arm;
            s = arm;
            continue;
        }
        if (is(Tok::LBrace)) {
            s->els = block();
        } else {
            syntax_error("else must be followed by if or statement block");
            advance({Tok::Semi, Tok::RBrace});
        }
        break;
    }
    return first;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Parser::for_stmt() {
    Pos p = tok_.pos;
    next();
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    header(init, cond, &post, true, "for");
    Stmt* result;
    BlockStmt** body;
    if (init && init->kind == StmtKind::Range) {
        auto* r = static_cast<RangeStmt*>(init);
        r->pos = p;
        result = r;
        body = &r->body;
    } else {
        auto* f = ast_.make<ForStmt>(p);
        f->init = init;
        f->cond = cond;
        f->post = post;
        result = f;
        body = &f->body;
    }
    if (!is(Tok::LBrace)) {
        syntax_error("expecting { after for clause");
        advance({Tok::LBrace, Tok::Semi, Tok::RBrace});
    }
    *body = block();
    return result;
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
Stmt* Parser::switch_stmt() {
    Pos p = tok_.pos;
    next();
    Stmt* init = nullptr;
    Expr* tag = nullptr;
    guard_ = nullptr;
    header(init, tag, nullptr, false, "switch");
    // TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
    Ident* bind = nullptr;
    Expr* guarded = nullptr;
    if (guard_) {
        auto* a = static_cast<AssignStmt*>(guard_);
        if (a->tok == Tok::Define && a->lhs.size() == 1 && a->rhs.size() == 1 &&
            a->lhs[0]->kind == ExprKind::Ident && a->rhs[0]->kind == ExprKind::TypeAssert &&
            !static_cast<TypeAssertExpr*>(a->rhs[0])->asserted) {
            bind = static_cast<Ident*>(a->lhs[0]);
            guarded = static_cast<TypeAssertExpr*>(a->rhs[0])->x;
        } else {
            syntax_error_at(a->pos, "cannot use assignment as value");
        }
        guard_ = nullptr;
    } else if (tag && tag->kind == ExprKind::TypeAssert &&
               !static_cast<TypeAssertExpr*>(tag)->asserted) {
        guarded = static_cast<TypeAssertExpr*>(tag)->x;
    }
    if (!is(Tok::LBrace)) {
        syntax_error("expecting { after switch clause");
        advance({Tok::LBrace, Tok::Semi, Tok::RBrace});
    }
    want(Tok::LBrace);
    std::vector<CaseClause> clauses;
    while (is(Tok::Case) || is(Tok::Default))
        clauses.push_back(case_clause(false));
    Pos rb = tok_.pos;
    if (!is(Tok::RBrace)) {
        syntax_error("expecting case or default or }");
        advance({Tok::RBrace});
    }
    want(Tok::RBrace);
    if (guarded) {
        auto* s = ast_.make<TypeSwitchStmt>(p);
        s->init = init;
        s->bind = bind;
        s->x = guarded;
        s->clauses = std::move(clauses);
        s->rbrace = rb;
        return s;
    }
    auto* s = ast_.make<SwitchStmt>(p);
    s->init = init;
    s->tag = tag;
    s->clauses = std::move(clauses);
    s->rbrace = rb;
    return s;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// CommClause     = CommCase ":" StatementList .
CaseClause Parser::case_clause(bool is_select) {
    CaseClause c;
    c.pos = tok_.pos;
    if (got(Tok::Default)) {
        c.is_default = true;
    } else {
        next(); // case
        if (is_select) {
            std::vector<Expr*> lhs = expr_list();
            c.comm = simple_stmt(std::move(lhs), false);
        } else {
            c.list = expr_list();
        }
    }
    want(Tok::Colon);
    c.body = stmt_list();
    return c;
}

// SelectStmt = "select" "{" { CommClause } "}" .
Stmt* Parser::select_stmt() {
    auto* s = ast_.make<SelectStmt>(tok_.pos);
    next();
    if (!is(Tok::LBrace)) {
        syntax_error("expecting { after select clause");
        advance({Tok::LBrace, Tok::Semi, Tok::RBrace});
    }
    want(Tok::LBrace);
    while (is(Tok::Case) || is(Tok::Default))
        s->clauses.push_back(case_clause(true));
    if (!is(Tok::RBrace)) {
        syntax_error("expecting case or default or }");
        advance({Tok::RBrace});
    }
    want(Tok::RBrace);
    return s;
}

// ---------------------------------------------------------------------------
// [SECTION] Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::expr() {
    return binary_expr(0);
}

// ExpressionList = Expression { "," Expression } .
std::vector<Expr*> Parser::expr_list() {
    std::vector<Expr*> list;
    list.push_back(expr());
    while (got(Tok::Comma))
        list.push_back(expr());
    return list;
}

// binary_expr parses an expression whose operators all bind tighter than prec, with an
// explicit stack of what waits for an operand: prefix operators, open parentheses and
// binary operators with their left side. So "-(-(-x)))" and "((((1))))" nest no C++ calls
// however deep they go; a binary operator waiting for its right side counts as one level
// of nesting (the checker recurses into right operands), as do & and * (the compiler's
// address and access paths recurse over them).
Expr* Parser::binary_expr(int prec) {
    enum class Wait : uint8_t { Prefix, Star, Paren, Binary };
    struct Frame {
        Wait wait;
        Pos pos;           // the operator or "("
        Tok op = Tok::Eof; // Prefix, Binary
        Expr* x = nullptr; // Binary: the left operand
        int prec = 0;      // Binary
        int lev = 0;       // Paren: expr_lev_ outside the parentheses
        bool counted = false;
    };
    std::vector<Frame> stack;
    auto pop = [&]() {
        Frame f = stack.back();
        stack.pop_back();
        if (f.counted)
            depth_--;
        return f;
    };
    for (;;) {
        // [1] Before an operand: stack up prefix operators and "(".
        Expr* x = nullptr;
        while (!x) {
            Frame f{Wait::Prefix, tok_.pos, tok_.kind};
            switch (tok_.kind) {
            case Tok::Add:
            case Tok::Sub:
            case Tok::Not:
            case Tok::Xor:
            case Tok::Tilde:
                break;
            case Tok::And:
            case Tok::Mul:
                if (!enter_nesting()) {
                    x = bad(f.pos);
                    continue;
                }
                f.counted = true;
                f.wait = tok_.kind == Tok::Mul ? Wait::Star : Wait::Prefix;
                break;
            case Tok::Arrow:
                next();
                if (is(Tok::Chan)) {
                    // <-chan T
                    auto* c = ast_.make<ChanTypeExpr>(f.pos);
                    next();
                    c->dir = 2;
                    c->elem = type_required();
                    x = primary_expr(c);
                    continue;
                }
                stack.push_back(f);
                continue;
            case Tok::LParen:
                f.wait = Wait::Paren;
                f.lev = expr_lev_;
                expr_lev_++;
                break;
            default:
                x = primary_expr(nullptr);
                continue;
            }
            next();
            stack.push_back(f);
        }

        // [2] After an operand: complete what waited for it, until an operator needs a
        // right operand (back to [1]) or the expression ends.
        for (;;) {
            while (!stack.empty() &&
                   (stack.back().wait == Wait::Prefix || stack.back().wait == Wait::Star)) {
                Frame f = pop();
                if (f.wait == Wait::Star) {
                    auto* s = ast_.make<StarExpr>(f.pos);
                    s->x = x;
                    x = s;
                } else {
                    auto* u = ast_.make<UnaryExpr>(f.pos);
                    u->op = f.op;
                    u->x = x;
                    x = u;
                }
            }
            int p = binary_precedence(tok_.kind);
            while (!stack.empty() && stack.back().wait == Wait::Binary && stack.back().prec >= p) {
                Frame f = pop();
                auto* b = ast_.make<BinaryExpr>(f.x->pos);
                b->op = f.op;
                b->op_pos = f.pos;
                b->x = f.x;
                b->y = x;
                x = b;
            }
            int floor = !stack.empty() && stack.back().wait == Wait::Paren ? 0 : prec;
            if (p > floor && enter_nesting()) {
                stack.push_back({Wait::Binary, tok_.pos, tok_.kind, x, p, 0, true});
                next();
                break;
            }
            if (stack.empty())
                return x;

            // ")" closes the innermost parentheses; "((x))" stays one node.
            Frame f = pop();
            expr_lev_ = f.lev;
            want(Tok::RParen);
            if (x->kind == ExprKind::Paren) {
                static_cast<ParenExpr*>(x)->count++;
                x->pos = f.pos;
            } else {
                auto* pe = ast_.make<ParenExpr>(f.pos);
                pe->x = x;
                x = pe;
            }
            x = primary_expr(x);
        }
    }
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unary_expr() {
    return binary_expr(kUnaryPrecedence);
}

bool Parser::complit_type_ok(const Expr* x) {
    switch (x->kind) {
    case ExprKind::Ident:
    case ExprKind::Selector:
    case ExprKind::Index:
        return true; // only when not in a control clause
    case ExprKind::ArrayType:
    case ExprKind::StructType:
    case ExprKind::MapType:
        return true;
    default:
        return false;
    }
}

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
//               PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
//               PrimaryExpr Arguments .
Expr* Parser::primary_expr(Expr* x) {
    if (!x)
        x = operand();
    ChainGuard chain(*this);
    for (;;) {
        Pos p = tok_.pos;
        if (!chain.grow())
            return x;
        switch (tok_.kind) {
        case Tok::Dot: {
            next();
            if (is(Tok::Name)) {
                auto* s = ast_.make<SelectorExpr>(x->pos);
                s->dot = p;
                s->x = x;
                s->sel = ident();
                x = s;
            } else if (is(Tok::LParen)) {
                next();
                auto* ta = ast_.make<TypeAssertExpr>(x->pos);
                ta->x = x;
                if (!got(Tok::Type))
                    ta->asserted = type_required();
                want(Tok::RParen);
                x = ta;
            } else {
                syntax_error("expecting name or (");
                advance({Tok::Semi, Tok::RParen});
                return x;
            }
            break;
        }
        case Tok::LBrack: {
            next();
            expr_lev_++;
            Expr* i0 = nullptr;
            if (!is(Tok::Colon)) {
                i0 = expr();
            }
            if (i0 && (is(Tok::RBrack) || is(Tok::Comma))) {
                auto* ix = ast_.make<IndexExpr>(x->pos);
                ix->lbrack = p;
                ix->x = x;
                ix->indices.push_back(i0);
                while (got(Tok::Comma) && !is(Tok::RBrack))
                    ix->indices.push_back(expr());
                ix->rbrack = tok_.pos;
                expr_lev_--;
                want(Tok::RBrack);
                x = ix;
                break;
            }
            if (!is(Tok::Colon)) {
                expr_lev_--;
                syntax_error("expecting comma, : or ]");
                advance({Tok::RBrack, Tok::Semi, Tok::RBrace});
                got(Tok::RBrack);
                return x;
            }
            auto* sl = ast_.make<SliceExpr>(p); // Go places a slice expression at its [
            sl->x = x;
            sl->lo = i0;
            next(); // :
            if (!is(Tok::Colon) && !is(Tok::RBrack))
                sl->hi = expr();
            if (got(Tok::Colon)) {
                sl->three = true;
                if (!sl->hi)
                    syntax_error_at(p, "middle index required in 3-index slice");
                if (is(Tok::RBrack))
                    syntax_error("final index required in 3-index slice");
                else
                    sl->max = expr();
            }
            expr_lev_--;
            want(Tok::RBrack);
            x = sl;
            break;
        }
        case Tok::LParen:
            x = call_or_conversion(x);
            break;
        case Tok::LBrace: {
            // A composite literal T{...}; in control clause headers a bare
            // name followed by "{" starts the block instead.
            bool plain_type = x->kind == ExprKind::Ident || x->kind == ExprKind::Selector ||
                              x->kind == ExprKind::Index;
            if (!complit_type_ok(x) || (plain_type && expr_lev_ < 0))
                return x;
            x = composite_lit(x);
            break;
        }
        default:
            return x;
        }
    }
}

// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
Expr* Parser::call_or_conversion(Expr* fun) {
    auto* c = ast_.make<CallExpr>(fun->pos);
    c->fun = fun;
    c->lparen = tok_.pos;
    next(); // (
    expr_lev_++;
    long guard = -1;
    while (!is(Tok::RParen) && !is(Tok::Eof)) {
        // Every turn must consume something, or recovery could loop forever.
        if (consumed_ == guard) {
            next();
            continue;
        }
        guard = consumed_;
        c->args.push_back(expr());
        if (got(Tok::Ellipsis))
            c->has_dots = true;
        if (!got(Tok::Comma)) {
            if (!is(Tok::RParen)) {
                syntax_error("in argument list; possibly missing comma or )");
                advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
                if (!is(Tok::RParen)) {
                    expr_lev_--;
                    c->rparen = tok_.pos;
                    return c;
                }
            }
            break;
        }
    }
    expr_lev_--;
    c->rparen = tok_.pos;
    want(Tok::RParen);
    return c;
}

// Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
// Literal = BasicLit | CompositeLit | FunctionLit .
// "(" is binary_expr's: it opens parentheses on its stack.
Expr* Parser::operand() {
    Pos p = tok_.pos;
    switch (tok_.kind) {
    case Tok::Name:
        return ident();
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Rune:
    case Tok::String: {
        auto* l = ast_.make<BasicLit>(p);
        l->lit = tok_.kind;
        l->text = tok_.text;
        l->bad = tok_.bad;
        next();
        return l;
    }
    case Tok::Func: {
        next();
        FuncTypeExpr* sig = signature(p);
        if (is(Tok::LBrace)) {
            // NOTE: a function literal costs the checker and compiler about twice the
            // stack of other nesting, so it counts as a level of its own besides its
            // return statement: in Chromium's main thread 700 nested literals compiled and
            // 990 overflowed the stack, when each counted once.
            DepthGuard body(*this);
            if (!body.ok)
                return bad(p);
            auto* fl = ast_.make<FuncLit>(p);
            fl->sig = sig;
            int outer = expr_lev_;
            expr_lev_ = 0;
            fnest_++;
            fl->body = block();
            fnest_--;
            expr_lev_ = outer;
            return fl;
        }
        return sig;
    }
    case Tok::LBrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface:
        return type_or_null();
    default:
        syntax_error("expecting expression");
        advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
        return bad(p);
    }
}

// CompositeLit = LiteralType LiteralValue .
// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
Expr* Parser::composite_lit(Expr* type) {
    auto* c = ast_.make<CompositeLit>(type ? type->pos : tok_.pos);
    c->type_expr = type;
    DepthGuard depth(*this);
    if (!depth.ok)
        return c;
    next(); // {
    int outer = expr_lev_;
    expr_lev_ = 0;
    long guard = -1;
    while (!is(Tok::RBrace) && !is(Tok::Eof)) {
        // Every turn must consume something, or recovery could loop forever.
        if (consumed_ == guard) {
            next();
            continue;
        }
        guard = consumed_;
        c->elts.push_back(element());
        if (!got(Tok::Comma)) {
            if (!is(Tok::RBrace)) {
                syntax_error("in composite literal; possibly missing comma or }");
                // Like Go's list parsing: skip to a closing bracket; give up
                // on the literal unless it is ours.
                advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
                if (!is(Tok::RBrace)) {
                    expr_lev_ = outer;
                    c->rbrace = tok_.pos;
                    return c;
                }
            }
            break;
        }
    }
    expr_lev_ = outer;
    c->rbrace = tok_.pos;
    want(Tok::RBrace);
    return c;
}

// KeyedElement = [ Key ":" ] Element .  Element = Expression | LiteralValue .
Expr* Parser::element() {
    auto value = [&]() -> Expr* {
        if (is(Tok::LBrace))
            return composite_lit(nullptr);
        return expr();
    };
    Expr* x = value();
    Pos colon = tok_.pos;
    if (got(Tok::Colon)) {
        auto* kv = ast_.make<KeyValueExpr>(x->pos);
        kv->colon = colon;
        kv->key = x;
        kv->value = value();
        return kv;
    }
    return x;
}

} // namespace

void parse_file(std::string_view source, Ast& ast, const ErrorSink& on_error) {
    ast.source = source;
    Parser p(source, ast, on_error);
    p.file();
}

} // namespace golab
