// compiler_test.cpp: the bytecode the front end hands the VM, checked
// against program.h and opcodes.h: functions, locals, the line table, boxing
// into interfaces with the right %T names, integer kinds and float32 rounding.

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "lang/compile.h"
#include "runtime/session.h"

namespace golab {
namespace {

const char* kStage2 = R"go(package main

import (
	"fmt"
	"math/rand"
	"time"
)

var dbData = []string{"id1", "id2", "id3", "id4", "id5"}


func dbCall(i int) {
	var delay = rand.Float32() * 2000
	time.Sleep(time.Duration(delay) * time.Millisecond)
	fmt.Println("The result from the database is: ", dbData[i])
}

func main() {
	t0 := time.Now()
	for i := 0; i < len(dbData); i++ {
		go dbCall(i)
	}
	fmt.Println("\n Total execution time: %v", time.Since(t0))
}
)go";

const char* kStage3 = R"go(package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

  

var dbData = []string{"id1", "id2", "id3", "id4", "id5"}
var wg sync.WaitGroup
  
func dbCall(i int) {
	var delay = rand.Float32() * 2000
	time.Sleep(time.Duration(delay) * time.Millisecond)
	fmt.Println("The result from the database is: ", dbData[i])
	wg.Done()
}

  

func main() {
	t0 := time.Now()
	for i := 0; i < len(dbData); i++ {
		wg.Add(1)
		go dbCall(i)
	}
	wg.Wait()
	fmt.Printf("\n Total execution time: %v", time.Since(t0))

}
)go";

std::shared_ptr<const Program> compile_ok(const std::string& src) {
    CompileResult r = compile_program("prog.go", src);
    std::string errors;
    for (auto& e : r.errors)
        errors += e.text() + "\n";
    EXPECT_EQ(errors, "");
    return r.program;
}

const Function* find(const Program& p, const std::string& name) {
    for (const Function& f : p.functions)
        if (f.name == name)
            return &f;
    return nullptr;
}

// Returns the opcodes of a function, space separated, for shape checks.
std::string ops(const Function& f) {
    std::string s;
    for (const Instr& in : f.code) {
        if (!s.empty())
            s += ' ';
        s += op_name(in.op);
    }
    return s;
}

// Returns the %T names of every Box in a function, in order.
std::vector<std::string> boxed(const Program& p, const Function& f) {
    std::vector<std::string> names;
    for (const Instr& in : f.code)
        if (in.op == Op::Box)
            names.push_back(p.types.at(size_t(in.a)).name);
    return names;
}

// Returns how many results a native pushes, read from its Go signature in natives.h.
int native_results(NativeId id) {
    static const char* kSignatures[] = {
#define GOLAB_NATIVE_SIG(name, go_name, signature) signature,
        GOLAB_NATIVES(GOLAB_NATIVE_SIG)
#undef GOLAB_NATIVE_SIG
    };
    std::string sig = kSignatures[int(id)];
    int depth = 0;
    size_t i = sig.find('(');
    for (; i < sig.size(); i++) {
        if (sig[i] == '(')
            depth++;
        else if (sig[i] == ')' && --depth == 0)
            break;
    }
    std::string rest = sig.substr(i + 1);
    while (!rest.empty() && rest[0] == ' ')
        rest.erase(0, 1);
    if (rest.empty())
        return 0;
    if (rest[0] != '(')
        return 1;
    return 1 + int(std::count(rest.begin(), rest.end(), ','));
}

// Walks every path of a function and checks that the operand stack height
// is the same wherever paths meet, never negative, and that each Return
// finds exactly its results on the stack. Returns "" or what is wrong.
std::string check_stack(const Program& p, const Function& f) {
    std::vector<int> height(f.code.size() + 1, -1);
    std::vector<size_t> work = {0};
    height[0] = 0;
    while (!work.empty()) {
        size_t pc = work.back();
        work.pop_back();
        int h = height[pc];
        if (pc >= f.code.size())
            return "falls off the end at " + std::to_string(pc);
        const Instr& in = f.code[pc];
        int pop = 0, push = 0;
        bool falls = true;
        std::vector<size_t> targets;
        switch (in.op) {
        case Op::Const:
        case Op::Zero:
        case Op::Dup:
        case Op::LoadLocal:
        case Op::LoadGlobal:
            push = 1;
            break;
        case Op::Pop:
        case Op::StoreLocal:
        case Op::StoreGlobal:
        case Op::Close:
            pop = 1;
            break;
        case Op::CopyValue:
        case Op::NegInt:
        case Op::ComplInt:
        case Op::ConvertString:
        case Op::Cap:
        case Op::IsNil:
        case Op::MapKeys:
        case Op::MakeMap:
        case Op::NegFloat:
        case Op::Not:
        case Op::IntToFloat:
        case Op::FloatToInt:
        case Op::FloatToF32:
        case Op::WrapInt:
        case Op::Box:
        case Op::Len:
        case Op::MakeChan:
        case Op::Nop:
            break;
        case Op::Jump:
            falls = false;
            targets.push_back(size_t(in.a));
            break;
        case Op::JumpIfFalse:
        case Op::JumpIfTrue:
            pop = 1;
            targets.push_back(size_t(in.a));
            break;
        case Op::Call:
            pop = in.b;
            push = p.functions.at(size_t(in.a)).num_results;
            break;
        case Op::CallNative:
            pop = in.b;
            push = native_results(NativeId(in.a));
            break;
        case Op::Return:
            if (h != in.a)
                return "Return " + std::to_string(in.a) + " with " + std::to_string(h) +
                       " on the stack at " + std::to_string(pc);
            falls = false;
            break;
        case Op::Go:
        case Op::Defer:
        case Op::DeferNative:
            pop = in.b;
            break;
        case Op::RunDefers:
            break;
        case Op::DeferValue:
            pop = in.b + 1;
            break;
        case Op::MakeSlice:
            pop = in.b;
            push = 1;
            break;
        case Op::Index:
            pop = 2;
            push = 1;
            break;
        case Op::StoreIndex:
        case Op::MapStore:
            pop = 3;
            break;
        case Op::MapDelete:
            pop = 2;
            break;
        case Op::MapIndex:
            pop = 2;
            push = in.a == 1 ? 2 : 1;
            break;
        case Op::SliceExpr:
            pop = 2 + (in.a & 1) + (in.a >> 1 & 1);
            push = 1;
            break;
        case Op::Append:
            pop = in.b + 1;
            push = 1;
            break;
        case Op::DecodeRune:
            pop = 2;
            push = 2;
            break;
        case Op::Send:
            pop = 2;
            break;
        case Op::Recv:
            pop = 1;
            push = in.a == 1 ? 2 : 1;
            break;
        case Op::Select:
            pop = 3 * in.a;
            push = 3;
            break;
        default:
            pop = 2;
            push = 1;
            break; // binary arithmetic and comparisons
        }
        if (h < pop)
            return std::string(op_name(in.op)) + " pops below the frame at " + std::to_string(pc);
        int next = h - pop + push;
        if (falls)
            targets.push_back(pc + 1);
        for (size_t t : targets) {
            if (t > f.code.size())
                return "jump out of the function at " + std::to_string(pc);
            if (height[t] == -1) {
                height[t] = next;
                work.push_back(t);
            } else if (height[t] != next) {
                return "stack height " + std::to_string(next) + " meets " +
                       std::to_string(height[t]) + " at " + std::to_string(t);
            }
        }
    }
    return "";
}

// Invariants every compiled function must keep.
void check_well_formed(const Program& p) {
    for (const Function& f : p.functions) {
        SCOPED_TRACE(f.name);
        ASSERT_FALSE(f.code.empty());
        EXPECT_EQ(check_stack(p, f), "");
        EXPECT_EQ(f.lines.size(), f.code.size());
        EXPECT_EQ(f.code.back().op, Op::Return);
        EXPECT_GE(f.num_locals, f.num_params);
        for (size_t pc = 0; pc < f.code.size(); pc++) {
            const Instr& in = f.code[pc];
            EXPECT_GT(f.lines[pc], 0) << "pc " << pc;
            switch (in.op) {
            case Op::Jump:
            case Op::JumpIfFalse:
            case Op::JumpIfTrue:
                EXPECT_GE(in.a, 0);
                EXPECT_LE(size_t(in.a), f.code.size());
                break;
            case Op::LoadLocal:
            case Op::StoreLocal:
                EXPECT_LT(in.a, f.num_locals);
                break;
            case Op::LoadGlobal:
            case Op::StoreGlobal:
                EXPECT_LT(size_t(in.a), p.global_types.size());
                break;
            case Op::Const:
                EXPECT_LT(size_t(in.a), p.constants.size());
                break;
            case Op::Call:
            case Op::Go:
                EXPECT_LT(size_t(in.a), p.functions.size());
                break;
            case Op::Box:
            case Op::Zero:
            case Op::MakeSlice:
            case Op::CopyValue:
                EXPECT_GT(in.a, 0);
                EXPECT_LT(size_t(in.a), p.types.size());
                break;
            default:
                break;
            }
        }
    }
}

TEST(Compiler, CompilesTheGoNoWaitLesson) {
    auto p = compile_ok(kStage2);
    ASSERT_TRUE(p);
    check_well_formed(*p);
    const Function* db = find(*p, "main.dbCall");
    const Function* main = find(*p, "main.main");
    ASSERT_TRUE(db && main);
    EXPECT_EQ(db->num_params, 1);
    EXPECT_EQ(main->num_params, 0);
    EXPECT_EQ(&p->functions[size_t(p->main_function)], main);
    EXPECT_EQ(p->functions[size_t(p->init_function)].name, "main.init");
    EXPECT_EQ(db->line, 12);
    EXPECT_EQ(main->line, 18);

    // go dbCall(i): one argument, to dbCall.
    bool found_go = false;
    for (const Instr& in : main->code)
        if (in.op == Op::Go) {
            found_go = true;
            EXPECT_EQ(&p->functions[size_t(in.a)], db);
            EXPECT_EQ(in.b, 1);
        }
    EXPECT_TRUE(found_go);

    // Println("\n Total execution time: %v", time.Since(t0)): a string and a Duration.
    EXPECT_EQ(boxed(*p, *main), (std::vector<std::string>{"string", "time.Duration"}));
}

TEST(Compiler, CompilesTheWaitGroupLesson) {
    auto p = compile_ok(kStage3);
    ASSERT_TRUE(p);
    check_well_formed(*p);
    const Function* db = find(*p, "main.dbCall");
    ASSERT_TRUE(db);

    // Globals: dbData []string, wg sync.WaitGroup.
    ASSERT_EQ(p->global_names, (std::vector<std::string>{"dbData", "wg"}));
    EXPECT_EQ(p->types[size_t(p->global_types[0])].name, "[]string");
    EXPECT_EQ(p->types[size_t(p->global_types[0])].kind, TypeKind::Slice);
    EXPECT_EQ(p->types[size_t(p->global_types[1])].kind, TypeKind::WaitGroup);

    // var delay = rand.Float32() * 2000 rounds to float32; Duration(delay) truncates to int64.
    bool mul_f32 = false, to_int64 = false;
    for (const Instr& in : db->code) {
        if (in.op == Op::MulFloat)
            mul_f32 = in.b == 1;
        if (in.op == Op::FloatToInt)
            to_int64 = in.b == int32_t(IntKind::Int64);
    }
    EXPECT_TRUE(mul_f32);
    EXPECT_TRUE(to_int64);

    // Println("...", dbData[i]) packs two boxed strings into a ...any slice and prints
    // through fmt's loop (which runs a String method that parks, or nests too deep, as an
    // ordinary call), then drops Println's two results; wg.Done() passes the WaitGroup itself.
    std::string code = ops(*db);
    EXPECT_NE(code.find("Const Box LoadGlobal LoadLocal Index Box MakeSlice Const CallNative "
                        "JumpIfFalse StoreLocal Pop Pop LoadLocal CallNative LoadLocal CallNative "
                        "JumpIfTrue Pop Pop Pop LoadGlobal CallNative Return"),
              std::string::npos)
        << code;
    EXPECT_EQ(boxed(*p, *db), (std::vector<std::string>{"string", "string"}));
    for (const Instr& in : db->code) {
        if (in.op == Op::MakeSlice) {
            EXPECT_EQ(p->types[size_t(in.a)].name, "interface {}");
        }
    }

    // The Duration printed by Printf knows its String method.
    const Function* main = find(*p, "main.main");
    for (const Instr& in : main->code) {
        if (in.op == Op::Box && p->types[size_t(in.a)].name == "time.Duration") {
            EXPECT_EQ(p->types[size_t(in.a)].string_native, int32_t(NativeId::TimeDurationString));
        }
    }

    // main.init builds dbData from five constants.
    const Function& init = p->functions[size_t(p->init_function)];
    EXPECT_EQ(ops(init), "Const Const Const Const Const MakeSlice StoreGlobal Return");
    EXPECT_EQ(init.code[5].b, 5);
}

TEST(Compiler, BoxesEachValueWithItsTypeName) {
    auto p = compile_ok(R"go(package main

import (
	"fmt"
	"time"
)

func main() {
	var f float32 = 1.5
	var u uint = 2
	fmt.Println(1, 2.5, 'x', "s", true, int8(1), u, f, []int{1}, time.Second, len("abc"))
}
)go");
    ASSERT_TRUE(p);
    check_well_formed(*p);
    EXPECT_EQ(boxed(*p, *find(*p, "main.main")),
              (std::vector<std::string>{"int", "float64", "int32", "string", "bool", "int8", "uint",
                                        "float32", "[]int", "time.Duration", "int"}));
}

TEST(Compiler, CarriesIntegerKindsAndConversions) {
    auto p = compile_ok(R"go(package main

func main() {
	var a uint8 = 200
	a += 100
	var b int64 = int64(a) * 3
	c := float64(b) / 2
	d := int16(c)
	var e float32 = float32(c)
	_, _ = d, e
}
)go");
    ASSERT_TRUE(p);
    check_well_formed(*p);
    const Function& f = *find(*p, "main.main");
    std::vector<Instr> want = {
        {Op::AddInt, 0, int32_t(IntKind::Uint8)},
        {Op::WrapInt, 0, int32_t(IntKind::Int64)},
        {Op::MulInt, 0, int32_t(IntKind::Int64)},
        {Op::IntToFloat, 0, int32_t(IntKind::Int64)},
        {Op::DivFloat, 0, 0},
        {Op::FloatToInt, 0, int32_t(IntKind::Int16)},
        {Op::FloatToF32, 0, 0},
    };
    size_t next = 0;
    for (const Instr& in : f.code)
        if (next < want.size() && in.op == want[next].op) {
            EXPECT_EQ(in.a, want[next].a) << op_name(in.op);
            EXPECT_EQ(in.b, want[next].b) << op_name(in.op);
            next++;
        }
    EXPECT_EQ(next, want.size()) << ops(f);
}

TEST(Compiler, ShortCircuitsAndAndOr) {
    auto p = compile_ok(R"go(package main

func t() bool { return true }

func main() {
	x := t() && t()
	y := t() || t()
	_, _ = x, y
}
)go");
    ASSERT_TRUE(p);
    check_well_formed(*p);
    std::string code = ops(*find(*p, "main.main"));
    EXPECT_NE(code.find("Call Dup JumpIfFalse Pop Call StoreLocal"), std::string::npos) << code;
    EXPECT_NE(code.find("Call Dup JumpIfTrue Pop Call StoreLocal"), std::string::npos) << code;
}

TEST(Compiler, HandlesCallsWithSeveralResults) {
    auto p = compile_ok(R"go(package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	q, r := divmod(7, 2)
	fmt.Println(divmod(9, 4))
	divmod(1, 1)
	_, _ = q, r
}
)go");
    ASSERT_TRUE(p);
    check_well_formed(*p);
    const Function& dm = *find(*p, "main.divmod");
    EXPECT_EQ(dm.num_params, 2);
    EXPECT_EQ(dm.num_results, 2);
    EXPECT_EQ(dm.num_locals, 4); // a, b, then the named results q, r
    std::string code = ops(*find(*p, "main.main"));
    // q, r := divmod(7, 2) stores the results last-first; a bare divmod(1, 1) drops both.
    EXPECT_NE(code.find("Call StoreLocal StoreLocal"), std::string::npos) << code;
    EXPECT_NE(code.find("Call Pop Pop"), std::string::npos) << code;
    // Println(divmod(9, 4)) boxes both results through temporaries.
    EXPECT_EQ(boxed(*p, *find(*p, "main.main")), (std::vector<std::string>{"int", "int"}));
}

TEST(Compiler, InitialisesPackageVariablesInDependencyOrder) {
    auto p = compile_ok(R"go(package main

var a = b + 1
var b = f()
var c = 5

func f() int { return c * 2 }

func main() {}
)go");
    ASSERT_TRUE(p);
    check_well_formed(*p);
    const Function& init = p->functions[size_t(p->init_function)];
    // c first (f reads it), then b, then a: globals 2, 1, 0.
    std::vector<int32_t> stores;
    for (const Instr& in : init.code)
        if (in.op == Op::StoreGlobal)
            stores.push_back(in.a);
    EXPECT_EQ(stores, (std::vector<int32_t>{2, 1, 0}));
}

TEST(Compiler, RecordsTheSourceLineOfEachInstruction) {
    auto p = compile_ok(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\n\tfmt.Println(x)\n}\n");
    ASSERT_TRUE(p);
    const Function& f = *find(*p, "main.main");
    EXPECT_EQ(f.lines.front(), 6);
    for (size_t pc = 0; pc < f.code.size(); pc++) {
        if (f.code[pc].op == Op::CallNative) {
            EXPECT_EQ(f.lines[pc], 8);
        }
    }
    EXPECT_EQ(f.lines.back(), 9); // the closing brace returns
    EXPECT_EQ(p->file_name, "prog.go");
}

TEST(Compiler, LoopsJumpToTheRightPlaces) {
    auto p = compile_ok(R"go(package main

func main() {
	n := 0
	for i := 0; i < 10; i++ {
		if i == 2 {
			continue
		}
		if i == 5 {
			break
		}
		n += i
	}
	_ = n
}
)go");
    ASSERT_TRUE(p);
    check_well_formed(*p);
    const Function& f = *find(*p, "main.main");
    // continue goes to the post statement (i++), break past the loop's back jump.
    size_t back_jump = 0;
    for (size_t pc = 0; pc < f.code.size(); pc++)
        if (f.code[pc].op == Op::Jump && size_t(f.code[pc].a) < pc)
            back_jump = pc;
    ASSERT_GT(back_jump, 0u);
    std::vector<int32_t> forward;
    for (size_t pc = 0; pc < back_jump; pc++)
        if (f.code[pc].op == Op::Jump)
            forward.push_back(f.code[pc].a);
    ASSERT_EQ(forward.size(), 2u);
    EXPECT_EQ(f.code[size_t(forward[0])].op, Op::LoadLocal); // i++ begins with loading i
    EXPECT_EQ(size_t(forward[1]), back_jump + 1);
}

// [SECTION] Whole programs, run on the VM (virtual time), against go run's output

struct RunCase {
    const char* name;
    const char* source;
    const char* want; // stdout of go run (go 1.19.8)
};

const RunCase kRuns[] = {
    {"init order, integer wrap-around, float32 and conversions",
     R"go(package main

import "fmt"

var order = trace("a", b)
var b = traceInt("b", 2)

func trace(s string, n int) string {
	fmt.Println("init", s, n)
	return s
}

func traceInt(s string, n int) int {
	fmt.Println("init", s, n)
	return n
}

func init() {
	fmt.Println("init func", order, b)
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	var i8 int8 = 127
	i8++
	var u16 uint16 = 0
	u16--
	var i32 int32 = 1 << 30
	i32 *= 4
	var u uint = 3
	fmt.Println(i8, u16, i32, u-4 > 0, -7/2, -7%2, 7/-2)
	x, y := swap("hello", "world")
	fmt.Println(x, y)
	f := float32(16777216)
	f += 1
	g := 1e300 * 1e8
	fmt.Println(f, g, -g, float64(float32(0.1)), 1/3.0)
	var n int = -5
	fmt.Println(uint8(n), int64(n)*int64(n), float64(n)/2, int(2.9e0*float64(n)))
	s := ""
	for i := 0; i < 5; i++ {
		s += "x" + fmt.Sprint("abcde"[i])
	}
	fmt.Println(s)
}
)go",
     "init b 2\ninit a 2\ninit func a 2\n-128 65535 0 true -3 -1 -3\nworld hello\n1.6777216e+07 "
     "1e+308 -1e+308 0.10000000149011612 0.3333333333333333\n251 25 -2.5 -14\nx97x98x99x100x101\n"},
    {"loops, functions, slices and Printf",
     R"go(package main

import "fmt"

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	for i := 0; i < 100; i++ {
		if isPrime(i) {
			count++
		}
	}
	fmt.Println("primes below 100:", count)
	fmt.Println(collatz(27), collatz(1))
	words := []string{"pear", "apple", "fig"}
	longest := ""
	for i := 0; i < len(words); i++ {
		if len(words[i]) > len(longest) || words[i] < longest && len(words[i]) == len(longest) {
			longest = words[i]
		}
	}
	fmt.Printf("longest=%q len=%d first=%c\n", longest, len(longest), longest[0])
	var total float64
	prices := []float64{1.25, 2.5, 3.75}
	for i := 0; i < len(prices); i++ {
		total += prices[i]
	}
	fmt.Printf("%.2f %v %T\n", total, total/3, prices)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1][0] = 9
	fmt.Println(grid, len(grid[0]))
	fmt.Println(fmt.Sprintf("%5s|%-5s|%05d", "ab", "cd", 42))
}
)go",
     "primes below 100: 25\n111 0\nlongest=\"apple\" len=5 first=a\n7.50 2.5 []float64\n[[1 2] [9 "
     "4]] 2\n   ab|cd   |00042\n"},
    {"switch, fallthrough, range and labels",
     R"go(package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func kind(s string) int {
	switch s {
	default:
		return -1
	case "a", "e", "i":
		return 1
	case "b":
		fallthrough
	case "c":
		return 2
	}
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	fmt.Println(kind("a"), kind("b"), kind("c"), kind("z"))
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sum := 0
	for i, v := range xs {
		if v == 1 {
			continue
		}
		if i > 6 {
			break
		}
		sum += v
	}
	fmt.Println(sum)
	for i := range xs {
		xs[i] *= 2
	}
	fmt.Println(xs)
	count := 0
	for range xs {
		count++
	}
	fmt.Println(count)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	switch x := len(xs); x % 3 {
	case 0:
		fmt.Println("zero")
	case 1, 2:
		fmt.Println("nonzero", x)
		for k := 0; k < 5; k++ {
			if k == 1 {
				break
			}
			fmt.Println("k", k)
		}
	}
	words := []string{"go", "is", "fun"}
	var idx int
	var w string
	for idx, w = range words {
		switch w {
		case "is":
			continue
		}
		fmt.Println(idx, w)
	}
	fmt.Println(idx, w)
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("two and a half")
	}
	loop:
	for {
		switch {
		case true:
			break loop
		}
	}
	fmt.Println("done")
}
)go",
     "A B C\n1 2 2 -1\n23\n[6 2 8 2 10 18 4 12]\n8\n0 0 0 1 1 0 1 1 \nnonzero 8\nk 0\n0 go\n2 "
     "fun\n2 fun\ntwo and a half\ndone\n"},
    {"everyday statements and expressions",
     R"go(package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func sum(xs ...int) int {
	total := 0
	for i := 0; i < len(xs); i++ {
		total += xs[i]
	}
	return total
}

func named(x int) (doubled int, ok bool) {
	doubled = x * 2
	ok = x > 0
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(fib(20))
	fmt.Println(classify(-3), classify(0), classify(7))
	fmt.Println(sum(), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	d, ok := named(21)
	fmt.Println(d, ok)
	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 10
	for n > 0 {
		n -= 3
	}
	fmt.Println(n)
	s := "go" + "pher"
	s += "s"
	fmt.Println(s, len(s), s[0], s < "zebra", s == "gophers")
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32*3, f64*3, float64(f32), int(f64*100))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, uint16(70000%65536), int32(-5)/2, -7%3)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []string{"x", "y", "z"}
	xs[1], xs[2] = xs[2], xs[1]
	fmt.Println(xs, len(xs))
	fmt.Printf("%d %s %v %T %T %T\n", 42, "str", 1.5, xs, f32, 'r')
	t := true && !false || false
	fmt.Println(t, 7/2, 7.0/2, 1<<10, 0x1F, 0o17, 0b101, 1_000_000)
	const big = 1 << 40
	fmt.Println(big/1024, float32(1)/3)
}
)go",
     "3 2\n6765\nnegative zero positive\n0 6\n15\n42 true\n1 3 5 7 \n-2\ngophers 7 103 true "
     "true\n0.3 0.30000000000000004 0.10000000149011612 10\n4 -128 4464 -2 -1\n2 1\n[x z y] 3\n42 "
     "str 1.5 []string float32 int32\ntrue 3 3.5 1024 31 15 5 1000000\n1073741824 0.33333334\n"},
    {"package variables, Durations and interfaces",
     R"go(package main

import (
	"fmt"
	"time"
)

var total = compute()
var base = 10

func compute() int {
	return base * 2
}

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(2)*time.Second)
	fmt.Println(total, base)
	var x interface{} = 3
	var y any = "s"
	fmt.Println(x, y)
	fmt.Printf("%v|%6.2f|%-4d|%q\n", d, 3.14159, 7, "hi")
	msg := fmt.Sprintf("%d-%d", 1, 2)
	fmt.Println(msg + "!")
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("end"))
}
)go",
     "1.5s 1.5 1500 2s\n20 10\n3 s\n1.5s|  3.14|7   |\"hi\"\n1-2!\na1 2b end\n\n"},
    {"WaitGroup values, pointers, literals and new",
     R"go(package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup) {
	time.Sleep(time.Duration(id*10) * time.Millisecond)
	fmt.Println("worker", id, "done")
	wg.Done()
}

func main() {
	wg := sync.WaitGroup{}
	p := &sync.WaitGroup{}
	q := new(sync.WaitGroup)
	for i := 3; i >= 1; i-- {
		wg.Add(1)
		p.Add(1)
		q.Add(1)
		go worker(i, &wg)
		go worker(i+10, p)
		go worker(i+20, q)
	}
	wg.Wait()
	p.Wait()
	q.Wait()
	fmt.Println("all done")
}
)go",
     "worker 1 done\nworker 2 done\nworker 3 done\nworker 11 done\nworker 12 done\nworker 13 "
     "done\nworker 21 done\nworker 22 done\nworker 23 done\nall done\n"},
    {"channels, select, range over a channel, Mutex and time.After",
     R"go(package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex
var counter int

func producer(id int, out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- id*100 + i
	}
}

func squarer(in <-chan int, out chan int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func incr(wg *sync.WaitGroup) {
	mu.Lock()
	counter++
	mu.Unlock()
	wg.Done()
}

func main() {
	c := make(chan int)
	go producer(1, c, 3)
	fmt.Println(<-c, <-c, <-c)

	in := make(chan int, 5)
	out := make(chan int)
	go squarer(in, out)
	for i := 1; i <= 4; i++ {
		in <- i
	}
	close(in)
	total := 0
	for v := range out {
		total += v
	}
	fmt.Println("sum of squares", total)

	v, ok := <-out
	fmt.Println(v, ok)

	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go incr(&wg)
	}
	wg.Wait()
	fmt.Println("counter", counter, mu.TryLock())

	done := make(chan bool)
	results := make(chan string, 1)
	go func2(done)
	timeout := time.After(50 * time.Millisecond)
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			fmt.Println("done")
		case results <- "r":
			fmt.Println("sent")
		case t := <-timeout:
			_ = t
			fmt.Println("timeout")
		}
	}
	select {
	case x, more := <-results:
		fmt.Println(x, more)
	default:
		fmt.Println("empty")
	}
	select {
	case x := <-results:
		fmt.Println(x)
	default:
		fmt.Println("empty")
	}
}

func func2(done chan bool) {
	time.Sleep(10 * time.Millisecond)
	done <- true
}
)go",
     "100 101 102\nsum of squares 30\n0 false\ncounter 50 true\nsent\ndone\ntimeout\nr "
     "true\nempty\n"},
};

TEST(Compiler, ProgramsPrintWhatGoPrints) {
    for (const RunCase& c : kRuns) {
        // Output arrives on a worker thread; the snapshot may lag behind wait().
        std::mutex mu;
        std::string out;
        SessionOptions options;
        options.procs = 1;
        options.virtual_time = true;
        options.on_output = [&](int fd, std::string_view bytes) {
            std::lock_guard lock(mu);
            if (fd == 1)
                out += bytes;
        };
        auto compiled = compile_ok(c.source);
        ASSERT_TRUE(compiled) << c.name;
        check_well_formed(*compiled);
        Session session(options);
        ASSERT_TRUE(session.load(c.source)) << c.name;
        session.run();
        EXPECT_EQ(session.wait(), 0) << c.name;
        std::lock_guard lock(mu);
        EXPECT_EQ(out, c.want) << c.name;
    }
}

} // namespace
} // namespace golab
