// compiler_test.cpp: the bytecode the front end hands the VM, checked
// against program.h and opcodes.h: functions, locals, the line table, boxing
// into interfaces with the right %T names, integer kinds and float32 rounding.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/compile.h"

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

// Invariants every compiled function must keep.
void check_well_formed(const Program& p) {
    for (const Function& f : p.functions) {
        SCOPED_TRACE(f.name);
        ASSERT_FALSE(f.code.empty());
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

    // Println("...", dbData[i]) packs two boxed strings into a ...any slice,
    // then drops Println's two results; wg.Done() passes the WaitGroup itself.
    std::string code = ops(*db);
    EXPECT_NE(code.find("Const Box LoadGlobal LoadLocal Index Box MakeSlice CallNative Pop Pop "
                        "LoadGlobal CallNative Return"),
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

} // namespace
} // namespace golab
