// parser_test.cpp: the parser reads all of Go 1.19's syntax, builds the tree
// the spec's grammar describes, and reports syntax errors as go build does
// (every expected text below is go 1.19's output for the same program).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/compile.h"
#include "lang/parser.h"

namespace golab {
namespace {

struct Parsed {
    Ast ast;
    std::vector<std::string> errors;
};

std::unique_ptr<Parsed> parse(std::string_view src) {
    auto p = std::make_unique<Parsed>();
    parse_file(src, p->ast, [&](Pos pos, std::string m) {
        p->errors.push_back(std::to_string(pos.line) + ":" + std::to_string(pos.col) + ": " + m);
    });
    return p;
}

// Prints an expression with every binary operation in parentheses, to see
// how the parser grouped it.
std::string grouped(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(e);
        return "(" + grouped(b->x) + " " + token_spelling(b->op) + " " + grouped(b->y) + ")";
    }
    case ExprKind::Unary: {
        auto* u = static_cast<const UnaryExpr*>(e);
        return std::string(token_spelling(u->op)) + grouped(u->x);
    }
    default:
        return expr_string(e);
    }
}

// Every construct of the language, accepted by gofmt and go vet.
const char* kAllSyntax = R"go(package main

import (
	"fmt"
	str "strings"
)

type Number interface {
	~int | ~float64
}

type Pair[K comparable, V any] struct {
	Key   K
	Value V `json:"value"`
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

type point struct {
	x, y int
	*Pair[string, int]
}

type alias = point

const (
	a = iota
	b
	c, d = 1, "two"
)

var (
	m  = map[string][]int{"a": {1, 2}}
	ch = make(chan int, 3)
	fn func(int, ...string) (bool, error)
	ar [3]int
	el = [...]string{2: "x"}
)

func Max[T Number](xs ...T) (best T) {
	for _, x := range xs {
		if x > best {
			best = x
		}
	}
	return
}

func (p *point) Move(dx, dy int) { p.x += dx; p.y += dy }

func (p point) Area() float64 { return float64(p.x * p.y) }

func main() {
	p := &point{x: 1, y: 2}
	p.Move(1, 1)
	var s Shape
	_ = s
	f := func(n int) int { return n * 2 }
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	go func(c chan<- int) { c <- 1 }(ch)
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 2:
	default:
	}
	switch x := f(2); {
	case x > 3, x < 0:
		fallthrough
	case x == 0:
	default:
	}
	var i interface{} = 1
	switch v := i.(type) {
	case int, string:
		_ = v
	case nil:
	}
	n, _ := i.(int)
	xs := []int{1, 2, 3, 4}[1:3:4]
	_ = xs[:] 
	_ = str.ToUpper("a")
outer:
	for i := range xs {
		for {
			if i > 1 {
				break outer
			}
			continue outer
		}
	}
	goto end
end:
	_ = Max[int](1, 2)
	_ = Pair[string, int]{Key: "k"}
	_ = n &^ 3 << 2
	var r <-chan int = ch
	_ = r
	_ = struct{ A int }{A: 1}
	_ = (*point).Area
	_ = 'x' + 0x1p4 + 1e3 + 2i
	for range xs {
	}
	for k, v := range m {
		_, _ = k, v
	}
	x := 0
	x++
	x <<= 1
	_ = -x ^ +x
	_ = !true
	_ = <-ch
	_ = *p
}
)go";

TEST(Parser, AcceptsAllOfGoSyntax) {
    auto p = parse(kAllSyntax);
    EXPECT_TRUE(p->errors.empty()) << p->errors[0];
    const File& f = p->ast.file;
    ASSERT_TRUE(f.package_name);
    EXPECT_EQ(f.package_name->name, "main");
    EXPECT_EQ(f.imports.size(), 1u);
    EXPECT_EQ(f.imports[0]->imports.size(), 2u);
    EXPECT_EQ(f.imports[0]->imports[1].name->name, "str");
    EXPECT_EQ(f.funcs.size(), 4u); // Max, Move, Area, main
    EXPECT_EQ(f.funcs[0]->sig->type_params.size(), 1u);
    EXPECT_TRUE(f.funcs[1]->recv);
    EXPECT_EQ(f.funcs[3]->name->name, "main");
}

TEST(Parser, GroupsOperatorsByPrecedence) {
    auto p = parse("package main\nvar x = a + b*c == d && e || !f\nvar y = a - b - c\nvar z = -a * "
                   "b << 2 | c\n");
    ASSERT_TRUE(p->errors.empty());
    auto& decls = p->ast.file.gen_decls;
    EXPECT_EQ(grouped(decls[0]->values[0]->values[0]), "((((a + (b * c)) == d) && e) || !f)");
    EXPECT_EQ(grouped(decls[1]->values[0]->values[0]), "((a - b) - c)");
    EXPECT_EQ(grouped(decls[2]->values[0]->values[0]), "(((-a * b) << 2) | c)");
}

TEST(Parser, GroupsThroughParenthesesAndPrefixes) {
    // The explicit-stack expression parser: parentheses reset precedence, prefixes bind
    // tighter than binary operators, suffixes bind to what the parentheses hold.
    auto p = parse("package main\nvar x = -(a + b) * ((c)) - -d\nvar y = (a - (b - c)) / "
                   "(*p).f(1)\nvar z = <-ch + ^(x &^ y)\n");
    ASSERT_TRUE(p->errors.empty()) << p->errors[0];
    auto& decls = p->ast.file.gen_decls;
    EXPECT_EQ(grouped(decls[0]->values[0]->values[0]), "((-(a + b) * ((c))) - -d)");
    EXPECT_EQ(grouped(decls[1]->values[0]->values[0]), "((a - (b - c)) / (*p).f(1))");
    EXPECT_EQ(grouped(decls[2]->values[0]->values[0]), "(<-ch + ^(x &^ y))");
}

TEST(Parser, KeepsDeepParenthesesAndBlocksShallow) {
    // "((((1))))" is one node that remembers its four pairs, and "{{{s}}}" one block.
    auto p = parse("package main\nvar x = ((((1))))\nfunc main() {\n\t{{{{\n\t\tx := 1\n\t\t_ = "
                   "x\n\t}}}}\n\t{}\n}\n");
    ASSERT_TRUE(p->errors.empty()) << p->errors[0];
    const Expr* x = p->ast.file.gen_decls[0]->values[0]->values[0];
    ASSERT_EQ(x->kind, ExprKind::Paren);
    EXPECT_EQ(static_cast<const ParenExpr*>(x)->count, 4);
    EXPECT_EQ(static_cast<const ParenExpr*>(x)->x->kind, ExprKind::BasicLit);
    EXPECT_EQ(expr_string(x), "((((1))))");
    EXPECT_EQ(x->pos.col, 9);

    const BlockStmt* body = p->ast.file.funcs[0]->body;
    ASSERT_EQ(body->list.size(), 2u);
    ASSERT_EQ(body->list[0]->kind, StmtKind::Block);
    auto* outer = static_cast<const BlockStmt*>(body->list[0]);
    EXPECT_EQ(outer->pos.line, 4); // the innermost "{" and "}", which Go's errors name
    EXPECT_EQ(outer->pos.col, 5);
    EXPECT_EQ(outer->rbrace.line, 7);
    EXPECT_EQ(outer->rbrace.col, 2);
    ASSERT_EQ(outer->list.size(), 2u); // x := 1; _ = x
    EXPECT_EQ(outer->list[0]->kind, StmtKind::Assign);
    EXPECT_TRUE(static_cast<const BlockStmt*>(body->list[1])->list.empty());
}

TEST(Parser, BuildsStatementsOfEachKind) {
    auto p = parse(R"go(package main
func main() {
	for i := 0; i < 3; i++ {
	}
	for k, v := range m {
	}
	for x < 3 {
	}
	for {
	}
	if x := f(); x > 0 {
	} else if y {
	} else {
	}
	switch t := v.(type) {
	}
	switch {
	}
	go f(1)
	x, y = y, x
	a += 1
	i--
	ch <- 1
}
)go");
    ASSERT_TRUE(p->errors.empty()) << p->errors[0];
    const auto& body = p->ast.file.funcs[0]->body->list;
    ASSERT_EQ(body.size(), 12u);
    EXPECT_EQ(body[0]->kind, StmtKind::For);
    EXPECT_TRUE(static_cast<ForStmt*>(body[0])->init && static_cast<ForStmt*>(body[0])->post);
    EXPECT_EQ(body[1]->kind, StmtKind::Range);
    EXPECT_TRUE(static_cast<RangeStmt*>(body[1])->define);
    EXPECT_EQ(body[2]->kind, StmtKind::For);
    EXPECT_TRUE(static_cast<ForStmt*>(body[2])->cond && !static_cast<ForStmt*>(body[2])->init);
    EXPECT_EQ(body[3]->kind, StmtKind::For);
    EXPECT_FALSE(static_cast<ForStmt*>(body[3])->cond);
    auto* ifs = static_cast<IfStmt*>(body[4]);
    EXPECT_EQ(ifs->kind, StmtKind::If);
    EXPECT_TRUE(ifs->init);
    ASSERT_TRUE(ifs->els);
    EXPECT_EQ(ifs->els->kind, StmtKind::If);
    EXPECT_EQ(body[5]->kind, StmtKind::TypeSwitch);
    EXPECT_EQ(static_cast<TypeSwitchStmt*>(body[5])->bind->name, "t");
    EXPECT_EQ(body[6]->kind, StmtKind::Switch);
    EXPECT_EQ(body[7]->kind, StmtKind::Go);
    EXPECT_EQ(body[8]->kind, StmtKind::Assign);
    EXPECT_EQ(static_cast<AssignStmt*>(body[8])->lhs.size(), 2u);
    EXPECT_EQ(static_cast<AssignStmt*>(body[9])->tok, Tok::AssignOp);
    EXPECT_EQ(static_cast<AssignStmt*>(body[9])->op, Tok::Add);
    EXPECT_EQ(body[10]->kind, StmtKind::IncDec);
    EXPECT_EQ(body[11]->kind, StmtKind::Send);
}

TEST(Parser, TellsCompositeLiteralsFromBlocksInHeaders) {
    // In "if x == T {", the brace opens the block; in parentheses it may be a literal.
    auto p = parse("package main\nfunc main() {\n\tif x == y {\n\t}\n\tif x == (T{}) {\n\t}\n\t_ = "
                   "[]int{1}\n}\n");
    EXPECT_TRUE(p->errors.empty()) << p->errors[0];
}

struct SyntaxCase {
    const char* name;
    const char* source;
    std::vector<std::string> errors;
};

std::string show(const std::vector<std::string>& v) {
    std::string s;
    for (auto& x : v)
        s += x + "\n";
    return s;
}

const SyntaxCase kSyntaxCases[] = {
    {"missing comma in composite literal",
     "package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n",
     {"prog.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma "
      "or }"}},
    {"one error per line",
     "package main\nfunc main() {\n\tx := )\n\ty := (\n}\n",
     {"prog.go:3:7: syntax error: unexpected ), expecting expression",
      "prog.go:5:1: syntax error: unexpected }, expecting expression"}},
    {"no follow-on error at EOF",
     "package main\nfunc main() {\n\tx := 1 +\n}\nfunc g() {\n\tfor {\n}\n",
     {"prog.go:4:1: syntax error: unexpected }, expecting expression"}},
    {"unexpected EOF",
     "package main\nfunc g() {\n\tfor {\n}\n",
     {"prog.go:5:1: syntax error: unexpected EOF, expecting }"}},
    {"literal at end of statement",
     "package main\nfunc main() {\n\tx := 1 2\n\ty := 3 4\n\tvar z int = \n\tz = 5\n}\n",
     {"prog.go:3:9: syntax error: unexpected literal 2 at end of statement",
      "prog.go:4:9: syntax error: unexpected literal 4 at end of statement",
      "prog.go:6:4: syntax error: unexpected = at end of statement"}},
    {"names and argument lists",
     "package main\nfunc main() {\n\ta b\n\tc.d e\n\tf(1 2)\n\tg[1 2]\n\treturn +=\n}\n",
     {"prog.go:3:4: syntax error: unexpected b at end of statement",
      "prog.go:4:6: syntax error: unexpected e at end of statement",
      "prog.go:5:6: syntax error: unexpected literal 2 in argument list; possibly missing comma or "
      ")",
      "prog.go:6:6: syntax error: unexpected literal 2, expecting comma, : or ]",
      "prog.go:7:9: syntax error: unexpected +=, expecting expression"}},
    {"func needs a signature",
     "package main\nfunc main() {\n\tx := func\n}\n",
     {"prog.go:4:1: syntax error: unexpected }, expecting ("}},
    {"else for",
     "package main\nfunc main() {\n\tif x := 1; x == 1 {\n\t} else for {\n\t}\n}\n",
     {"prog.go:4:9: syntax error: else must be followed by if or statement block"}},
    {"keyword at end of statement",
     "package main\nfunc main() {\n\tx := 1 func\n}\n",
     {"prog.go:3:9: syntax error: unexpected func at end of statement"}},
    {"semicolon in arguments",
     "package main\nfunc main() {\n\tf(1;2)\n}\n",
     {"prog.go:3:5: syntax error: unexpected semicolon in argument list; possibly missing comma or "
      ")"}},
    {"statement outside function",
     "package main\nx := 1\nfunc main() {}\n",
     {"prog.go:2:1: syntax error: non-declaration statement outside function body"}},
    {"for outside function",
     "package main\nfunc main() {}\nfor {}\n",
     {"prog.go:3:1: syntax error: non-declaration statement outside function body"}},
    {"newline before if block",
     "package main\nfunc main() {\n\tif true\n\t{\n\t}\n}\n",
     {"prog.go:3:9: syntax error: unexpected newline, expecting { after if clause"}},
    {"assignment as condition",
     "package main\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n}\n",
     {"prog.go:4:7: syntax error: cannot use assignment (x) = (2) as value"}},
    {"short declaration as condition",
     "package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     {"prog.go:3:7: syntax error: cannot use x := 1 as value"}},
    {"missing if condition",
     "package main\nfunc main() {\n\tif {\n\t}\n}\n",
     {"prog.go:3:5: syntax error: missing condition in if statement"}},
    {"mixed parameters",
     "package main\nfunc f(a int, string) {}\nfunc main() {}\n",
     {"prog.go:2:15: syntax error: mixed named and unnamed parameters"}},
    {"var without type",
     "package main\nvar x\nfunc main() {}\n",
     {"prog.go:2:6: syntax error: unexpected newline, expecting type"}},
    {"unclosed call",
     "package main\nfunc main() {\n\tf(1, 2\n}\n",
     {"prog.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or "
      ")"}},
    {"case without colon",
     "package main\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
     {"prog.go:4:8: syntax error: unexpected newline, expecting :"}},
    {"lexical errors stop before checking",
     "package main\nfunc main() {\n\tx := 'ab'\n\ty := \"abc\n\tz := 0x\n\t_ = 08\n\tw := 1 # "
     "2\n}\n",
     {"prog.go:3:7: more than one character in rune literal", "prog.go:4:11: newline in string",
      "prog.go:5:9: hexadecimal literal has no digits",
      "prog.go:6:7: invalid digit '8' in octal literal",
      "prog.go:7:9: invalid character U+0023 '#'",
      "prog.go:7:11: syntax error: unexpected literal 2 at end of statement"}},
    {"escapes",
     "package main\nfunc main() {\n\tx := \"a\\qb\"\n\t_ = x\n\ty := '\\400'\n\tz := /* abc\n}\n",
     {"prog.go:3:10: unknown escape", "prog.go:5:12: octal escape value 256 > 255",
      "prog.go:6:7: comment not terminated"}},
};

TEST(Parser, ReportsSyntaxErrorsAsGoBuildDoes) {
    for (const SyntaxCase& c : kSyntaxCases) {
        CompileResult r = compile_program("prog.go", c.source);
        std::vector<std::string> got;
        for (auto& e : r.errors)
            got.push_back(e.text());
        EXPECT_EQ(show(got), show(c.errors)) << c.name;
        EXPECT_FALSE(r.program) << c.name;
    }
}

TEST(Parser, SurvivesDeepNestingAndGarbage) {
    std::string deep =
        "package main\nvar x = " + std::string(900, '(') + "1" + std::string(900, ')') + "\n";
    auto p = parse(deep);
    EXPECT_TRUE(p->errors.empty());

    // Unary operators and parentheses nest without limit; types and pointer chains are
    // refused beyond the limit, with one clean error instead of a stack overflow.
    std::string nots = "package main\nvar x = " + std::string(10000, '!') + "true\n";
    EXPECT_TRUE(parse(nots)->errors.empty());
    std::string unclosed = "package main\nvar x = " + std::string(10000, '(') + "1\n";
    auto u = parse(unclosed);
    ASSERT_EQ(u->errors.size(), 1u);
    EXPECT_EQ(u->errors[0], "2:10010: syntax error: unexpected newline, expecting )");
    for (const char* open : {"[]", "*", "& "}) {
        std::string deeper = "package main\nvar x = ";
        for (int i = 0; i < 10000; i++)
            deeper += open;
        deeper += "1\n";
        auto d = parse(deeper);
        ASSERT_EQ(d->errors.size(), 1u) << open;
        EXPECT_NE(d->errors[0].find("not supported yet: nesting deeper than 1000 levels"),
                  std::string::npos)
            << d->errors[0];
    }

    auto q = parse("package main\nfunc main() { ) ] } { ( [ ; , . ... := = }}}}");
    EXPECT_FALSE(q->errors.empty());
    auto r = parse("");
    ASSERT_EQ(r->errors.size(), 1u);
    EXPECT_EQ(r->errors[0], "1:1: expected 'package', found 'EOF'");
}

} // namespace
} // namespace golab
