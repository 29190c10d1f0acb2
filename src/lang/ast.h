// ast.h: the syntax tree of one Go source file, with the checker's notes.
//
// Node names follow the spec's grammar ("CompositeLit", "IfStmt"). The parser
// builds the tree; the checker writes each expression's type, constant value
// and meaning into it; the compiler reads those notes. All nodes of a file
// live in its Ast arena and point at each other with plain pointers.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lang/constant.h"
#include "lang/token.h"
#include "lang/types.h"

namespace golab {

struct Node {
    Pos pos;
    virtual ~Node() = default;
};

// ---------------------------------------------------------------------------
// [SECTION] Expressions

enum class ExprKind : uint8_t {
    Bad,
    Ident,
    BasicLit,
    CompositeLit,
    KeyValue,
    FuncLit,
    Paren,
    Selector,
    Index,
    Slice,
    TypeAssert,
    Call,
    Star,
    Unary,
    Binary,
    ArrayType,
    StructType,
    FuncType,
    InterfaceType,
    MapType,
    ChanType,
    Ellipsis,
};

// How the checker classified an expression (Go's "operand modes").
enum class Mode : uint8_t {
    Invalid,  // an error was reported; stay quiet about this expression
    NoValue,  // a call without results
    Builtin,  // a built-in function name
    TypeExpr, // the expression denotes a type
    Constant,
    Variable, // addressable
    Value,
    PkgName,
};

struct Expr : Node {
    ExprKind kind;
    explicit Expr(ExprKind k) : kind(k) {}
    // Notes from the checker.
    Mode mode = Mode::Invalid;
    const Type* type = nullptr;
    Constant value; // Mode::Constant
};

struct BadExpr : Expr {
    BadExpr() : Expr(ExprKind::Bad) {}
};

struct Ident : Expr {
    Ident() : Expr(ExprKind::Ident) {}
    std::string name;
    Entity* obj = nullptr; // what the name denotes (checker)
    int capture = -1;      // checker: a captured variable, index in the closure's captures
};

struct BasicLit : Expr {
    BasicLit() : Expr(ExprKind::BasicLit) {}
    Tok lit = Tok::Int; // Int, Float, Imag, Rune, String
    std::string text;
    bool bad = false;
};

struct CompositeLit : Expr {
    CompositeLit() : Expr(ExprKind::CompositeLit) {}
    Expr* type_expr = nullptr; // null when elided inside another literal
    std::vector<Expr*> elts;
    Pos rbrace;
};

struct KeyValueExpr : Expr {
    KeyValueExpr() : Expr(ExprKind::KeyValue) {}
    Expr* key = nullptr;
    Expr* value = nullptr;
    Pos colon; // where Go reports a duplicate index
};

struct FieldDecl {
    Pos pos;
    std::vector<struct Ident*> names; // empty: anonymous parameter or embedded field
    Expr* type = nullptr;
    BasicLit* tag = nullptr;
};

struct FuncTypeExpr : Expr {
    FuncTypeExpr() : Expr(ExprKind::FuncType) {}
    std::vector<FieldDecl> type_params;
    std::vector<FieldDecl> params;
    std::vector<FieldDecl> results;
};

struct BlockStmt;

struct FuncDecl;

struct FuncLit : Expr {
    FuncLit() : Expr(ExprKind::FuncLit) {}
    FuncTypeExpr* sig = nullptr;
    BlockStmt* body = nullptr;
    FuncDecl* decl = nullptr; // checker: the function it compiles to
};

// NOTE: "((x))" is one node with count 2: 10,000 parentheses stay one level deep.
struct ParenExpr : Expr {
    ParenExpr() : Expr(ExprKind::Paren) {}
    Expr* x = nullptr;
    int count = 1; // parentheses written around x
};

struct SelectorExpr : Expr {
    SelectorExpr() : Expr(ExprKind::Selector) {}
    Expr* x = nullptr;
    Ident* sel = nullptr;
    Pos dot; // where Go's parser places the expression (pos is where it starts)
    // Checker: a package member (fmt.Println) or a method of a library type.
    Entity* member = nullptr;
    const Method* method = nullptr;
    // Checker, for fields and methods of program types: the field indices
    // walked from x (embedded fields first; for a field, its own index last),
    // and whether the selected method is called through an interface.
    std::vector<int> path;
    bool is_field = false;
    bool interface_method = false;
};

struct IndexExpr : Expr {
    IndexExpr() : Expr(ExprKind::Index) {}
    Expr* x = nullptr;
    std::vector<Expr*> indices; // several only for generic instantiation
    bool comma_ok = false;      // checker: v, ok := m[k]
    Entity* instance = nullptr; // checker: F[int] names this instance of a generic function
    Pos lbrack;
    Pos rbrack;
};

struct SliceExpr : Expr {
    SliceExpr() : Expr(ExprKind::Slice) {}
    Expr* x = nullptr;
    Expr* lo = nullptr;
    Expr* hi = nullptr;
    Expr* max = nullptr;
    bool three = false;
};

struct TypeAssertExpr : Expr {
    TypeAssertExpr() : Expr(ExprKind::TypeAssert) {}
    Expr* x = nullptr;
    Expr* asserted = nullptr; // null for x.(type)
    bool comma_ok = false;    // checker: v, ok := x.(T)
};

struct CallExpr : Expr {
    CallExpr() : Expr(ExprKind::Call) {}
    Expr* fun = nullptr;
    std::vector<Expr*> args;
    bool has_dots = false; // f(xs...)
    Pos lparen;
    Pos rparen;
    // Checker: a conversion T(x) rather than a call.
    bool is_conversion = false;
};

struct StarExpr : Expr {
    StarExpr() : Expr(ExprKind::Star) {}
    Expr* x = nullptr;
};

struct UnaryExpr : Expr {
    UnaryExpr() : Expr(ExprKind::Unary) {}
    Tok op = Tok::Add;
    Expr* x = nullptr;
    bool comma_ok = false; // checker: v, ok := <-ch
};

struct BinaryExpr : Expr {
    BinaryExpr() : Expr(ExprKind::Binary) {}
    Tok op = Tok::Add;
    Pos op_pos;
    Expr* x = nullptr;
    Expr* y = nullptr;
};

struct ArrayTypeExpr : Expr {
    ArrayTypeExpr() : Expr(ExprKind::ArrayType) {}
    Expr* len = nullptr; // null: slice type; an Ellipsis: [...]T
    Expr* elem = nullptr;
};

struct StructTypeExpr : Expr {
    StructTypeExpr() : Expr(ExprKind::StructType) {}
    std::vector<FieldDecl> fields;
};

struct InterfaceTypeExpr : Expr {
    InterfaceTypeExpr() : Expr(ExprKind::InterfaceType) {}
    // Methods (one name, a FuncTypeExpr) and embedded elements (no names).
    std::vector<FieldDecl> elems;
};

struct MapTypeExpr : Expr {
    MapTypeExpr() : Expr(ExprKind::MapType) {}
    Expr* key = nullptr;
    Expr* value = nullptr;
};

struct ChanTypeExpr : Expr {
    ChanTypeExpr() : Expr(ExprKind::ChanType) {}
    int dir = 0; // 0 both, 1 send-only (chan<-), 2 receive-only (<-chan)
    Expr* elem = nullptr;
};

struct EllipsisExpr : Expr {
    EllipsisExpr() : Expr(ExprKind::Ellipsis) {}
    Expr* elem = nullptr; // null in [...]T
};

// ---------------------------------------------------------------------------
// [SECTION] Statements

enum class StmtKind : uint8_t {
    Bad,
    Decl,
    Empty,
    Labeled,
    Expr,
    Send,
    IncDec,
    Assign,
    Go,
    Defer,
    Return,
    Branch,
    Block,
    If,
    Switch,
    TypeSwitch,
    Select,
    For,
    Range,
};

struct Stmt : Node {
    StmtKind kind;
    explicit Stmt(StmtKind k) : kind(k) {}
};

struct BadStmt : Stmt {
    BadStmt() : Stmt(StmtKind::Bad) {}
};

struct GenDecl;

struct DeclStmt : Stmt {
    DeclStmt() : Stmt(StmtKind::Decl) {}
    GenDecl* decl = nullptr;
};

struct EmptyStmt : Stmt {
    EmptyStmt() : Stmt(StmtKind::Empty) {}
};

struct LabeledStmt : Stmt {
    LabeledStmt() : Stmt(StmtKind::Labeled) {}
    Ident* label = nullptr;
    Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
    ExprStmt() : Stmt(StmtKind::Expr) {}
    Expr* x = nullptr;
};

struct SendStmt : Stmt {
    SendStmt() : Stmt(StmtKind::Send) {}
    Expr* chan = nullptr;
    Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
    IncDecStmt() : Stmt(StmtKind::IncDec) {}
    Expr* x = nullptr;
    bool inc = true;
};

struct AssignStmt : Stmt {
    AssignStmt() : Stmt(StmtKind::Assign) {}
    std::vector<Expr*> lhs;
    std::vector<Expr*> rhs;
    Tok tok = Tok::Assign;         // Assign, Define or AssignOp
    std::vector<Entity*> new_vars; // checker, for :=: the variables it declares
    Tok op = Tok::Eof;             // the operator of an AssignOp
    Pos tok_pos;
};

struct GoStmt : Stmt {
    GoStmt() : Stmt(StmtKind::Go) {}
    Expr* call = nullptr; // a CallExpr when well-formed
};

struct DeferStmt : Stmt {
    DeferStmt() : Stmt(StmtKind::Defer) {}
    Expr* call = nullptr;
};

struct ReturnStmt : Stmt {
    ReturnStmt() : Stmt(StmtKind::Return) {}
    std::vector<Expr*> results;
};

struct BranchStmt : Stmt {
    BranchStmt() : Stmt(StmtKind::Branch) {}
    Tok tok = Tok::Break; // Break, Continue, Goto, Fallthrough
    Ident* label = nullptr;
};

struct BlockStmt : Stmt {
    BlockStmt() : Stmt(StmtKind::Block) {}
    std::vector<Stmt*> list;
    Pos rbrace;
};

struct IfStmt : Stmt {
    IfStmt() : Stmt(StmtKind::If) {}
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    BlockStmt* then = nullptr;
    Stmt* els = nullptr; // IfStmt or BlockStmt
};

struct CaseClause {
    Pos pos;
    bool is_default = false;
    std::vector<Expr*> list; // expressions or types
    Stmt* comm = nullptr;    // select: the send or receive
    std::vector<Stmt*> body;
    Entity* bind = nullptr; // type switch: this clause's v in switch v := x.(type)
};

struct SwitchStmt : Stmt {
    SwitchStmt() : Stmt(StmtKind::Switch) {}
    Stmt* init = nullptr;
    Expr* tag = nullptr;
    std::vector<CaseClause> clauses;
    Pos rbrace;
};

struct TypeSwitchStmt : Stmt {
    TypeSwitchStmt() : Stmt(StmtKind::TypeSwitch) {}
    Stmt* init = nullptr;
    Ident* bind = nullptr; // v in switch v := x.(type)
    Expr* x = nullptr;     // x in x.(type)
    std::vector<CaseClause> clauses;
    Pos rbrace;
};

struct SelectStmt : Stmt {
    SelectStmt() : Stmt(StmtKind::Select) {}
    std::vector<CaseClause> clauses;
};

struct ForStmt : Stmt {
    ForStmt() : Stmt(StmtKind::For) {}
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    BlockStmt* body = nullptr;
};

struct RangeStmt : Stmt {
    RangeStmt() : Stmt(StmtKind::Range) {}
    Expr* key = nullptr;
    Expr* value = nullptr;
    bool define = false;
    Expr* x = nullptr;
    BlockStmt* body = nullptr;
    std::vector<Expr*> extra; // a third iteration variable and on: an error
};

// ---------------------------------------------------------------------------
// [SECTION] Declarations

struct ImportSpec {
    Pos pos;
    Ident* name = nullptr; // local name, "." or "_"; null when not given
    BasicLit* path = nullptr;
    Entity* obj = nullptr; // checker
};

struct ValueSpec {
    Pos pos;
    std::vector<Ident*> names;
    Expr* type = nullptr;
    std::vector<Expr*> values;
    // const: the spec's iota, and the spec whose expressions an empty spec repeats.
    int iota = 0;
    ValueSpec* inherited = nullptr;
    std::vector<Entity*> objs; // checker: one per name (null for _)
};

struct TypeSpec {
    Pos pos;
    Ident* name = nullptr;
    std::vector<FieldDecl> type_params;
    bool alias = false;
    Expr* type = nullptr;
};

struct GenDecl : Node {
    Tok tok = Tok::Var; // Import, Const, Type, Var
    std::vector<ImportSpec> imports;
    std::vector<ValueSpec*> values;
    std::vector<TypeSpec> types;
};

struct FuncDecl : Node {
    FieldDecl* recv = nullptr; // methods
    Ident* name = nullptr;
    FuncTypeExpr* sig = nullptr;
    BlockStmt* body = nullptr; // null for a declaration without body
    Entity* obj = nullptr;     // checker
    // Checker: the function's locals (parameters first, then named results,
    // then one slot per declared variable).
    int num_locals = 0;
    std::vector<Entity*> params;
    std::vector<Entity*> named_results;
    // Methods: the receiver (local 0). Closures: the enclosing function's
    // variables they capture, in capture order, and Go's name ("main.main.func1").
    Entity* recv_obj = nullptr;
    std::vector<Entity*> captures;
    std::string go_name;
    bool is_closure = false;
    bool has_defer = false; // checker: the body has a defer statement
};

struct File {
    Pos package_pos;
    Ident* package_name = nullptr;
    std::vector<GenDecl*> imports;
    std::vector<GenDecl*> gen_decls; // const/type/var, in source order
    std::vector<FuncDecl*> funcs;    // in source order
    std::vector<Node*> decls;        // every top-level declaration in order
};

// Owns every node of one parsed file.
class Ast {
  public:
    template <class T> T* make(Pos p) {
        auto n = std::make_unique<T>();
        n->pos = p;
        T* raw = n.get();
        nodes_.push_back(std::move(n));
        return raw;
    }
    template <class T> T* make_plain() {
        auto n = std::make_unique<Holder<T>>();
        T* raw = &n->value;
        nodes_.push_back(std::move(n));
        return raw;
    }
    File file;
    // The text it was parsed from (the checker parses it again to instantiate generics).
    std::string_view source;

  private:
    template <class T> struct Holder : Node { T value; };
    std::vector<std::unique_ptr<Node>> nodes_;
};

// Returns an expression as Go's checker prints it in messages ("a + b", "f(x)").
std::string expr_string(const Expr* e);

} // namespace golab
