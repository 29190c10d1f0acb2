// vm_fuse_test.cpp: the superinstruction pass and the interpreter loop's fast paths.
//
// A superinstruction must leave the program's meaning alone: the same output and the
// same instruction count (the virtual clock charges instructions) whatever the budget
// of a slice, including budgets that end inside a fused sequence. A budget of 1 runs
// only plain instructions, so it is the reference every other budget must match.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "lang/compile.h"
#include "vm/vm.h"

namespace golab {
namespace {

// Just enough of a runtime for one goroutine that computes and prints.
class PrintOnlyHooks final : public RuntimeHooks {
  public:
    std::string out;
    std::vector<std::unique_ptr<Object>> heap;

    int64_t now_ns(Goroutine&) override { return 0; }
    void write_output(Goroutine&, int, std::string_view bytes) override { out += bytes; }
    void spawn(Goroutine&, int32_t, std::span<const Value>) override { ADD_FAILURE(); }
    void sleep(Goroutine&, int64_t) override { ADD_FAILURE(); }
    int64_t num_goroutine() override { return 1; }
    ProcsChange gomaxprocs(Goroutine&, int64_t) override { return {1, false, false}; }
    int num_cpu() override { return 1; }
    bool waitgroup_add(Goroutine&, WaitGroupObject&, int64_t) override { return false; }
    bool waitgroup_wait(Goroutine&, WaitGroupObject&) override { return false; }
    OpResult chan_send(Goroutine&, ChanObject*, const Value&) override { return fail(); }
    OpResult chan_recv(Goroutine&, ChanObject*, bool) override { return fail(); }
    OpResult chan_close(Goroutine&, ChanObject*) override { return fail(); }
    OpResult select(Goroutine&, std::span<const SelectCase>, bool) override { return fail(); }
    OpResult mutex_lock(Goroutine&, MutexObject&) override { return fail(); }
    OpResult mutex_unlock(Goroutine&, MutexObject&) override { return fail(); }
    bool mutex_try_lock(Goroutine&, MutexObject&) override { return false; }
    OpResult rwmutex(Goroutine&, RWMutexObject&, RWOp) override { return fail(); }
    TimerObject* new_timer(Goroutine&, int64_t, int64_t) override { return nullptr; }
    bool timer_stop(Goroutine&, TimerObject&) override { return false; }
    bool timer_reset(Goroutine&, TimerObject&, int64_t) override { return false; }
    int64_t chan_len(ChanObject&) override { return 0; }
    ChanObject* after(Goroutine&, int64_t) override { return nullptr; }
    TimerObject* after_func(Goroutine&, int64_t, ClosureObject*) override { return nullptr; }
    int64_t cond_add(Goroutine&, StructObject&) override { return 0; }
    bool cond_wait(Goroutine&, StructObject&, int64_t) override { return false; }
    void cond_notify(Goroutine&, StructObject&, bool) override {}
    double rand_float64() override { return 0; }
    float rand_float32() override { return 0; }
    int64_t rand_intn(int64_t) override { return 0; }
    void rand_seed(int64_t) override {}
    int64_t rand_int63() override { return 0; }
    Object* adopt(Object* object) override {
        heap.emplace_back(object);
        return object;
    }
    void exit_program(Goroutine&, int) override { ADD_FAILURE(); }

  private:
    static OpResult fail() {
        ADD_FAILURE() << "the test programs use no channels or locks";
        return OpResult::Fatal;
    }
};

struct RunResult {
    std::string out;
    int64_t instructions = 0;
    ExecResult end = ExecResult::Yield;
    std::string panic;
};

std::shared_ptr<const Program> compile(const std::string& source) {
    CompileResult r = compile_program("prog.go", source);
    EXPECT_TRUE(r.program) << (r.errors.empty() ? "" : r.errors[0].text());
    return r.program;
}

// Runs main on one goroutine in slices of `budget` instructions until it ends.
RunResult run(const Program& p, int64_t budget) {
    PrintOnlyHooks hooks;
    std::vector<Value> globals(p.global_types.size());
    Vm vm(p, globals, hooks);
    Goroutine g;
    vm.start(g, p.main_function, {});
    if (p.init_function >= 0) {
        const Function& init = p.functions[static_cast<size_t>(p.init_function)];
        g.stack.resize(g.stack.size() + static_cast<size_t>(init.num_locals));
        g.frames.push_back(Frame{&init, 0, static_cast<int32_t>(g.stack.size()) - init.num_locals});
    }
    RunResult r;
    for (int slices = 0; slices < 50'000'000; slices++) {
        ExecOutcome o = vm.execute(g, budget);
        r.instructions += o.instructions;
        if (o.result != ExecResult::Yield) {
            r.end = o.result;
            r.panic = g.panic_message;
            break;
        }
    }
    r.out = hooks.out;
    return r;
}

// Every superinstruction the pass makes appears in this program at least once.
constexpr const char* kLoops = R"(package main

import "fmt"

type point struct{ x, y int }

func sum(xs []int) int {
	t := 0
	for i := 0; i < len(xs); i++ {
		t += xs[i]
	}
	return t
}

func main() {
	var acc int32 = 7
	n := 50
	xs := make([]int, 0)
	for i := 0; i < n; i++ {
		for j := 0; j < i; j++ {
			acc = acc*31 + int32(i+j)
		}
		xs = append(xs, i*i)
	}
	p := point{3, 4}
	q := p
	for k := 0; k < 10; k++ {
		q.x += p.y * k
	}
	var u uint8 = 250
	for m := 0; m < 3; m++ {
		u = u + 3
	}
	var w int8 = 100
	v := 9
	for m := 0; m < n; m++ {
		w = w*3 - int8(m)
		v = (v*1103515245 + 12345) % 2147483648
		v = v - m*2
		if w < 0 {
			v++
		}
	}
	f := 1.0
	var h float32 = 0.1
	zero := 0.0
	nan := zero / zero
	for k := 0; k < 20; k++ {
		f = f*1.5 - 0.25
		h = h*3.3 + 0.7
		if f > 100.0 {
			f = f / 3.0
		}
		if h >= 1000.5 {
			h = h - 999.25
		}
		if nan < 1.0 || nan >= 1.0 {
			v++
		}
		if f <= 2.5 {
			v--
		}
	}
	fmt.Println(acc, sum(xs), q.x, u, w, v, f, h)
}
)";

TEST(Fuse, KeepsTheCompiledCodeAndWritesEverySuperinstruction) {
    auto p = compile(kLoops);
    ASSERT_TRUE(p);
    std::set<Op> seen;
    for (const Function& f : p->functions) {
        ASSERT_EQ(f.fused.size(), f.code.size()) << f.name;
        for (size_t pc = 0; pc < f.code.size(); pc++) {
            // Operands never change, so a sequence's later instructions stay readable.
            EXPECT_EQ(f.fused[pc].a, f.code[pc].a);
            EXPECT_EQ(f.fused[pc].b, f.code[pc].b);
            EXPECT_LT(static_cast<int>(f.code[pc].op), static_cast<int>(Op::LocalLocal))
                << "the compiler's own code holds no superinstruction";
            seen.insert(f.fused[pc].op);
        }
    }
    for (Op op : {Op::LocalLocal, Op::LocalConst, Op::MoveLocal, Op::LocalField, Op::IncLocal,
                  Op::LtLocalConstJump, Op::LtLocalLocalJump, Op::IntOpStore, Op::LocalConstOp,
                  Op::LocalLocalOp, Op::ConstOp, Op::LoopConst, Op::LoopLocal, Op::ConstFloatOp,
                  Op::ConstFloatJump}) {
        EXPECT_TRUE(seen.count(op)) << op_name(op) << " is never made";
    }
}

TEST(Fuse, EveryBudgetGivesTheSameOutputAndInstructionCount) {
    auto p = compile(kLoops);
    ASSERT_TRUE(p);
    // One-instruction slices run the plain code only: the reference.
    RunResult plain = run(*p, 1);
    ASSERT_EQ(plain.end, ExecResult::Exit);
    // As go run prints it.
    EXPECT_EQ(plain.out, "-1897689614 40425 183 3 -85 540472230 60.59445333480835 1.5937536e+09\n");
    for (int64_t budget : {2, 3, 4, 5, 7, 20000}) {
        RunResult r = run(*p, budget);
        EXPECT_EQ(r.end, ExecResult::Exit) << budget;
        EXPECT_EQ(r.out, plain.out) << budget;
        EXPECT_EQ(r.instructions, plain.instructions) << budget;
    }
}

TEST(Fuse, DeepExpressionsAndRecursionGrowTheStackUnderTheLoop) {
    // 400 nested additions need 400 operand slots at once; 3,000 nested calls move the
    // frames' locals when the stack grows. Both must read the right values afterwards.
    std::string expr = "x";
    for (int i = 0; i < 400; i++) {
        expr = "(x + " + expr + ")";
    }
    std::string source = "package main\n\nimport \"fmt\"\n\nfunc depth(n int) int {\n"
                         "\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn depth(n-1) + n\n}\n\n"
                         "func main() {\n\tx := 2\n\tfmt.Println(" +
                         expr + ", depth(3000))\n}\n";
    auto p = compile(source);
    ASSERT_TRUE(p);
    for (int64_t budget : {1, 3, 20000}) {
        RunResult r = run(*p, budget);
        EXPECT_EQ(r.out, "802 4501500\n") << budget;
    }
}

TEST(Fuse, PanicsInFastPathsKeepGosTextAndLine) {
    auto p = compile(R"(package main

type point struct{ x int }

func main() {
	xs := []int{1, 2, 3}
	i := 5
	var p *point
	if len(xs) > 10 {
		p = &point{1}
	}
	println(xs[i-3])
	println(p.x)
}
)");
    ASSERT_TRUE(p);
    RunResult r = run(*p, 20000);
    EXPECT_EQ(r.end, ExecResult::Panic);
    EXPECT_EQ(r.panic, std::string(kNilDereference));
    auto q = compile("package main\n\nfunc main() {\n\txs := []int{1, 2, 3}\n\ti := 5\n"
                     "\tprintln(xs[i])\n}\n");
    ASSERT_TRUE(q);
    r = run(*q, 20000);
    EXPECT_EQ(r.end, ExecResult::Panic);
    EXPECT_EQ(r.panic, "runtime error: index out of range [5] with length 3");
}

} // namespace
} // namespace golab
