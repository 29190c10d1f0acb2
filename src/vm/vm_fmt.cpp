// vm_fmt.cpp: fmt's printing functions as Go code calls them (CodeGen::fmt_call's loop).
//
// A print runs in one native call and calls String and Error methods on the host's stack, as
// long as they return without blocking and the host's stack has room. A method that parks
// (a String method that locks a Mutex another goroutine holds) or one more level of nesting
// (a linked list whose String prints the next node) makes the print stop: the method then
// runs, or goes on running, as an ordinary call in the goroutine's own frames, and returns to
// the loop, which starts the print again. The second time through, the methods that had
// already answered are not called again: their answers are given back in the same order, so
// each method runs once, as in Go. fmt catches a panic in such a method at its frame
// (Vm::catch_for_fmt), as Go's fmt recovers it.
#include <algorithm>
#include <array>
#include <cassert>

#include "vm/format.h"
#include "vm/method_caller.h"
#include "vm/vm.h"

namespace golab {

Value Vm::errorf_value(std::string text, const ErrorfWrap& wrap, std::span<const Value> operands) {
    auto* s = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
    Value v = Value::make_object(s);
    if (wrap.index >= 0) {
        s->fields = {make_string(std::move(text)), operands[size_t(wrap.index)]};
        v.type = program_.library_type("*fmt.wrapError");
    } else {
        s->fields = {make_string(std::move(text))};
        v.type = program_.library_type("*errors.errorString");
    }
    assert(v.type != kNoType && "vm: a library type the compiler did not register");
    return v;
}

std::string Vm::fmt_text(NativeId kind, std::span<const Value> args, MethodCaller& caller,
                         ErrorfWrap* wrap) {
    switch (kind) {
    case NativeId::FmtPrint:
    case NativeId::FmtSprint:
        return go_sprint(program_, variadic(args[0]), &caller);
    case NativeId::FmtPrintln:
    case NativeId::FmtSprintln:
        return go_sprintln(program_, variadic(args[0]), &caller);
    default: // Printf, Sprintf, Errorf
        return go_sprintf(program_, string_bytes(args[0]), variadic(args[1]), &caller, wrap);
    }
}

bool Vm::fmt_call(Goroutine& g, int32_t argc, ExecResult& stop) {
    auto kind = static_cast<int32_t>(g.stack.back().i);
    size_t after = static_cast<size_t>(g.frames.back().pc);
    size_t land = after + size_t(kFmtCallToInvoke + fmt_result_count(NativeId(kind))) + 1;
    std::span<const Value> args(g.stack.data() + (g.stack.size() - size_t(argc)), size_t(argc) - 1);
    return fmt_print(g, nullptr, args, kind, land, size_t(argc), stop);
}

bool Vm::fmt_invoke(Goroutine& g, ExecResult& stop) {
    auto* printer = static_cast<PrinterObject*>(g.stack.back().obj);
    g.stack.pop_back();
    const Function* f = &program_.functions[size_t(printer->method)];
    if (g.frames.size() >= kMaxFrames) {
        g.panic_message = "stack overflow";
        g.panic_line = g.current_line();
        g.native_fatal = true;
        stop = ExecResult::Panic;
        return false;
    }
    auto base = static_cast<int32_t>(g.stack.size());
    g.stack.push_back(printer->receiver);
    g.stack.resize(size_t(base) + size_t(f->num_locals));
    printer->receiver = Value{};
    g.frames.push_back(Frame{f, 0, base, DeferredBy::Fmt});
    g.fmt_frames++;
    return true;
}

bool Vm::fmt_resume(Goroutine& g, ExecResult& stop) {
    Value* top = g.stack.data() + (g.stack.size() - 4);
    auto* printer = static_cast<PrinterObject*>(top[3].obj);
    FmtAnswer answer{std::string(string_bytes(top[0])), top[1].b};
    if (answer.panicked) {
        GoMethodCaller caller(*this, program_, g);
        answer.text = caller.caught_panic_text(top[2], true, "");
        if (caller.panicked) {
            stop = ExecResult::Panic;
            return false;
        }
    }
    printer->answers.push_back(std::move(answer));
    size_t land = static_cast<size_t>(g.frames.back().pc) - 2;
    return fmt_print(g, printer, printer->args, printer->kind, land, 4, stop);
}

bool Vm::fmt_print(Goroutine& g, PrinterObject* printer, std::span<const Value> args, int32_t kind,
                   size_t land, size_t operands, ExecResult& stop) {
    const size_t at = g.frames.size() - 1; // the frame of the loop
    const size_t height = g.stack.size();
    // The arguments (the format, the ...any slice) may lie on g.stack, which the methods'
    // calls may move.
    assert(args.size() <= 2);
    std::array<Value, 2> own{};
    std::copy(args.begin(), args.end(), own.begin());
    args = std::span<const Value>(own.data(), args.size());
    // A first print keeps its answers in this thread's scratch list, after those of the prints
    // it runs in (a String method's Sprintf), and gives them back when it returns.
    thread_local std::vector<FmtAnswer> scratch;
    const size_t mark = scratch.size();
    struct Release {
        size_t mark;
        ~Release() { scratch.resize(mark); }
    } release{mark};
    GoMethodCaller caller(*this, program_, g);
    GoMethodCaller::Resumable resume{
        printer ? printer->answers : scratch, printer ? 0 : mark, 0, false, false, -1, {}};
    caller.resumable = &resume;
    ErrorfWrap wrap;
    bool errorf = kind == int32_t(NativeId::FmtErrorf);
    std::string text = fmt_text(NativeId(kind), args, caller, errorf ? &wrap : nullptr);
    if (caller.panicked) {
        stop = ExecResult::Panic;
        return false;
    }

    if (resume.stopped) {
        // The print goes on later, from a printer the loop keeps in a local of its own.
        if (!printer) {
            printer = static_cast<PrinterObject*>(hooks_.adopt(new PrinterObject()));
            printer->kind = kind;
            printer->args.assign(args.begin(), args.end());
            printer->answers.assign(std::make_move_iterator(scratch.begin() + std::ptrdiff_t(mark)),
                                    std::make_move_iterator(scratch.end()));
        }
        Frame& loop = g.frames[at];
        g.stack[size_t(loop.base) + size_t(loop.function->code[land].a)] =
            Value::make_object(printer);
        // The operands go; a parked method's frames move down over them.
        Value* gap = g.stack.data() + (height - operands);
        std::move(gap + operands, g.stack.end(), gap);
        g.stack.resize(g.stack.size() - operands);
        if (resume.parked) {
            for (size_t i = at + 1; i < g.frames.size(); i++) {
                g.frames[i].base -= int32_t(operands);
            }
            g.frames[at + 1].deferred = DeferredBy::Fmt;
            g.fmt_frames++;
            g.frames[at].pc = int32_t(land);
            stop = ExecResult::Park;
            return false;
        }
        printer->method = resume.method;
        printer->receiver = resume.receiver;
        for (int i = 0; i < fmt_result_count(NativeId(kind)); i++) {
            g.stack.push_back(Value{});
        }
        g.stack.push_back(Value::make_object(printer));
        g.stack.push_back(Value::make_bool(true));
        return true;
    }

    Value result;
    if (errorf) {
        result = errorf_value(std::move(text), wrap, variadic(args[1]));
    } else if (kind == int32_t(NativeId::FmtSprint) || kind == int32_t(NativeId::FmtSprintln) ||
               kind == int32_t(NativeId::FmtSprintf)) {
        result = make_string(std::move(text));
    } else {
        hooks_.write_output(g, 1, text);
        result = Value::make_int(static_cast<int64_t>(text.size()));
    }
    g.stack.resize(height - operands);
    g.stack.push_back(result);
    if (fmt_result_count(NativeId(kind)) == 2) {
        g.stack.push_back(Value{}); // err
    }
    g.stack.push_back(Value{}); // no printer
    g.stack.push_back(Value::make_bool(false));
    return true;
}

bool Vm::fmt_frame_above(const Goroutine& g, size_t depth) {
    if (g.fmt_frames == 0) {
        return false;
    }
    for (size_t i = g.frames.size(); i > depth; i--) {
        if (g.frames[i - 1].deferred == DeferredBy::Fmt) {
            return true;
        }
    }
    return false;
}

bool Vm::catch_for_fmt(Goroutine& g) {
    if (g.fmt_frames == 0 || g.panics.empty()) {
        return false;
    }
    // The innermost frame fmt runs a method in, above the frames a native runs on the host.
    size_t b = g.frames.size();
    while (b > g.stop_depth && g.frames[b - 1].deferred != DeferredBy::Fmt) {
        b--;
    }
    if (b <= g.stop_depth) {
        return false;
    }
    size_t method = b - 1;
    // A deferred call of the method (or of what it called) runs first, as in Go.
    if (!g.defers.empty() && g.defers.back().frame >= method) {
        return false;
    }
    Value value = g.panics.back().value;
    while (!g.panics.empty() && g.panics.back().started > method) {
        g.panics.pop_back();
    }
    g.stack.resize(size_t(g.frames[method].base));
    g.frames.resize(method);
    g.fmt_frames--;
    g.stack.push_back(Value{}); // no text
    g.stack.push_back(Value::make_bool(true));
    g.stack.push_back(value);
    return true;
}

} // namespace golab
