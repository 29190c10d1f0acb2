// vm_defer.cpp: defer, panic and recover, and the runtime's own print.
//
// A defer statement leaves a DeferRecord on its goroutine. A function that defers ends in an
// epilogue (RunDefers, then Return) that runs them newest first. A panic unwinds: it drops
// frames down to the newest frame with a pending deferred call and runs that call; when the
// call returns, either recover() stopped the panic and the deferring function goes on at its
// epilogue (so its remaining deferred calls run and it returns its named results as they are),
// or the next deferred call runs. With none left the panic ends the program.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>

#include "vm/format.h"
#include "vm/vm.h"

namespace golab {

namespace {

// Where panic's message says a boxed value with no address of its own lies (Go's heap).
constexpr uint64_t kBoxedStandIn = 0xc000010000;

// Returns v as the runtime's print formats a float: "+1.500000e+000".
std::string print_float(double v) {
    if (v != v) {
        return "NaN";
    }
    if (v + v == v && v != 0) {
        return v > 0 ? "+Inf" : "-Inf";
    }
    constexpr int kDigits = 7;
    char sign = std::signbit(v) ? '-' : '+';
    v = std::fabs(v);
    int exp = 0;
    if (v != 0) {
        while (v >= 10) {
            exp++;
            v /= 10;
        }
        while (v < 1) {
            exp--;
            v *= 10;
        }
        // Round at the last printed digit.
        double half = 5;
        for (int i = 0; i < kDigits; i++) {
            half /= 10;
        }
        v += half;
        if (v >= 10) {
            exp++;
            v /= 10;
        }
    }
    std::string digits;
    for (int i = 0; i < kDigits; i++) {
        int d = static_cast<int>(v);
        digits += static_cast<char>('0' + d);
        v = (v - d) * 10;
    }
    std::string out(1, sign);
    out += digits[0];
    out += '.';
    out += digits.substr(1);
    out += 'e';
    out += exp < 0 ? '-' : '+';
    exp = std::abs(exp);
    out += static_cast<char>('0' + exp / 100);
    out += static_cast<char>('0' + exp / 10 % 10);
    out += static_cast<char>('0' + exp % 10);
    return out;
}

// Returns whether a named type's %T name differs from its kind's own name (main.T vs int).
bool is_named(const TypeInfo& t) {
    static const char* const kBasic[] = {"bool",   "int",    "int8",    "int16",   "int32",
                                         "int64",  "uint",   "uint8",   "uint16",  "uint32",
                                         "uint64", "string", "float32", "float64", "uintptr"};
    for (const char* b : kBasic) {
        if (t.name == b) {
            return false;
        }
    }
    return true;
}

// Returns a value of a basic kind as print and println show it.
std::string print_basic(const TypeInfo& t, const Value& v) {
    switch (t.kind) {
    case TypeKind::Bool:
        return v.b ? "true" : "false";
    case TypeKind::Int:
        if (t.int_kind >= IntKind::Uint) {
            return std::to_string(static_cast<uint64_t>(v.i));
        }
        return std::to_string(v.i);
    case TypeKind::Float32:
    case TypeKind::Float64:
        return print_float(v.f);
    case TypeKind::String:
        return std::string(string_bytes(v));
    default:
        return "";
    }
}

bool is_basic(const TypeInfo& t) {
    return t.kind == TypeKind::Bool || t.kind == TypeKind::Int || t.kind == TypeKind::Float32 ||
           t.kind == TypeKind::Float64 || t.kind == TypeKind::String;
}

} // namespace

std::string panic_text(const Program& program, const Value& v) {
    if (v.type == kNoType) {
        return "nil";
    }
    const TypeInfo& t = program.types[static_cast<size_t>(v.type)];
    if (program.is_runtime_error(v.type) || t.string_native >= 0) {
        return format_value(program, v); // an error or a Stringer: its text
    }
    if (!is_basic(t)) {
        // Go prints the type and the interface's data word: the pointer itself for the kinds
        // an interface holds directly (0x0 when nil), else where the boxed copy lies.
        const bool direct = t.kind == TypeKind::Pointer || t.kind == TypeKind::Map ||
                            t.kind == TypeKind::Chan || t.kind == TypeKind::Func;
        uint64_t where = value_address_of(v);
        if (!direct && where == 0) {
            where = kBoxedStandIn; // a nil slice, an empty struct: the copy still lies somewhere
        }
        char buf[40];
        std::snprintf(buf, sizeof buf, ") 0x%" PRIx64, where);
        return "(" + t.name + buf;
    }
    std::string text = print_basic(t, v);
    if (!is_named(t)) {
        return text;
    }
    if (t.kind == TypeKind::String) {
        return t.name + "(\"" + text + "\")";
    }
    return t.name + "(" + text + ")";
}

std::string print_args(const Program& program, std::span<const Value> args, bool newline) {
    std::string out;
    for (size_t i = 0; i < args.size(); i++) {
        if (newline && i > 0) {
            out += ' ';
        }
        out += print_basic(program.types[static_cast<size_t>(args[i].type)], args[i]);
    }
    if (newline) {
        out += '\n';
    }
    return out;
}

ExecOutcome Vm::execute(Goroutine& g, int64_t budget) {
    ExecOutcome total;
    for (;;) {
        total = run(g, budget, total.instructions);
        // Inside call_sync (a String method run for fmt) a panic goes back to the native,
        // unless fmt's loop runs a method above it (vm_fmt.cpp), where fmt catches it.
        if (total.result != ExecResult::Panic || g.panic_fatal ||
            (g.stop_depth > 0 && !fmt_frame_above(g, g.stop_depth)) || !start_panic(g)) {
            if (g.goexited) {
                total.result = ExecResult::Exit;
            }
            return total;
        }
        // A deferred call now runs on top of the frame that deferred it.
        if (total.instructions >= budget) {
            total.result = ExecResult::Yield;
            return total;
        }
    }
}

void Vm::push_deferred_call(Goroutine& g, const DeferRecord& d, DeferredBy why) {
    auto base = static_cast<int32_t>(g.stack.size());
    g.stack.insert(g.stack.end(), d.args.begin(), d.args.end());
    const Function* callee = &program_.functions[static_cast<size_t>(d.id)];
    if (d.closure.kind == ValueKind::Object) {
        enter_closure(g.stack, static_cast<size_t>(base), static_cast<int32_t>(d.args.size()),
                      *static_cast<ClosureObject*>(d.closure.obj), callee);
    } else {
        g.stack.resize(static_cast<size_t>(base + callee->num_locals));
    }
    g.frames.push_back(Frame{callee, 0, base, why});
}

bool Vm::start_panic(Goroutine& g) {
    if (std::exchange(g.goexit_requested, false)) {
        PanicRecord p;
        p.goexit = true;
        p.started = g.frames.size();
        g.panics.push_back(std::move(p));
        return unwind(g);
    }
    PanicRecord p;
    p.text = g.panic_message;
    p.started = g.frames.size();
    if (g.panic_has_value) {
        p.value = g.panic_value;
    } else {
        p.value = runtime_error_value(g.panic_message);
    }
    g.panic_has_value = false;
    g.panics.push_back(std::move(p));
    g.panic_frames = g.frames;
    return unwind(g);
}

Value Vm::runtime_error_value(const std::string& message) {
    if (program_.runtime_error_type == kNoType) {
        return Value{};
    }
    // recover() returns a runtime error as an error value that prints its message.
    // Its text stops before the signal line that a nil dereference's dump adds. Its type is
    // the one Go's runtime panics with for that message, in CodeGen::program's order.
    // A library's panic (strings.Repeat's, WaitGroup's) is a plain string, as in Go.
    Value v = make_string(message.substr(0, message.find('\n')));
    std::string_view m = message;
    if (m.starts_with("runtime error: index out of range") ||
        m.starts_with("runtime error: slice bounds out of range") ||
        m.starts_with("runtime error: cannot convert slice")) {
        v.type = program_.runtime_error_type; // runtime.boundsError
    } else if (m.starts_with("runtime error: ")) {
        v.type = program_.runtime_error_type + 1; // runtime.errorString
    } else if (m == "assignment to entry in nil map" || m == "close of closed channel" ||
               m == "close of nil channel" || m == "send on closed channel" ||
               m == "makechan: size out of range" || m.starts_with("value method ")) {
        v.type = program_.runtime_error_type + 2; // runtime.plainError
    } else if (m.starts_with("interface conversion: ")) {
        v.type = program_.runtime_error_type + 3; // *runtime.TypeAssertionError
    } else {
        v.type = program_.string_type;
    }
    return v;
}

bool Vm::unwind(Goroutine& g) {
    for (;;) {
        // fmt catches a panic of a method it called once the method's deferred calls ran.
        if (catch_for_fmt(g)) {
            return true;
        }
        if (g.defers.empty()) {
            break;
        }
        DeferRecord d = std::move(g.defers.back());
        g.defers.pop_back();
        // The frames above the deferring one are done with.
        if (g.frames.size() > d.frame + 1) {
            g.stack.resize(static_cast<size_t>(g.frames[d.frame + 1].base));
            g.frames.resize(d.frame + 1);
        }
        if (d.nil_func) {
            // Calling it panics in turn; that panic joins the ones in flight.
            PanicRecord p;
            p.text = kNilDereference;
            p.started = g.frames.size();
            p.value = runtime_error_value(kNilDereference);
            g.panics.push_back(std::move(p));
            continue;
        }
        if (!d.native) {
            push_deferred_call(g, d, DeferredBy::Panic);
            g.panics.back().call_depth = g.frames.size();
            return true;
        }
        // A library call cannot recover; run it here. If it panics too, that panic joins.
        size_t before = g.stack.size();
        g.stack.insert(g.stack.end(), d.args.begin(), d.args.end());
        ExecResult stop = ExecResult::Yield;
        if (call_native(g, NativeId(d.id), static_cast<int32_t>(d.args.size()), stop)) {
            g.stack.resize(before);
        } else if (stop == ExecResult::Panic) {
            g.stack.resize(before);
            PanicRecord p;
            p.text = g.panic_message;
            p.started = g.frames.size();
            p.value = g.panic_has_value ? g.panic_value : Value{};
            g.panic_has_value = false;
            g.panics.push_back(std::move(p));
        }
    }
    // Goexit's deferred calls all ran, and no panic is left: the goroutine ends.
    bool only_goexit = true;
    for (const PanicRecord& p : g.panics) {
        only_goexit = only_goexit && p.goexit;
    }
    if (only_goexit) {
        g.panics.clear();
        g.panic_frames.clear();
        g.goexited = true;
        return false;
    }
    // Nothing recovered: every panic in flight is printed, the first one first. Go prints the
    // goroutine's last fault once, after the whole chain, so a fault's signal line moves there.
    std::string text;
    std::string signal;
    bool first_panic = true;
    for (size_t i = 0; i < g.panics.size(); i++) {
        if (g.panics[i].goexit) {
            continue; // a panic in a call Goexit deferred: Go prints the panic alone
        }
        if (!std::exchange(first_panic, false)) {
            text += "\n\tpanic: ";
        }
        std::string_view own = g.panics[i].text;
        if (size_t at = own.find("\n[signal "); at != std::string_view::npos) {
            signal = own.substr(at);
            own = own.substr(0, at);
        }
        text += own;
        if (g.panics[i].recovered) {
            text += " [recovered]";
        }
    }
    g.panic_message = text + signal;
    g.panic_fatal = true;
    return false;
}

bool Vm::deferred_returned(Goroutine& g, DeferredBy why) {
    if (why != DeferredBy::Panic) {
        return true; // the caller is back at its RunDefers
    }
    if (!g.panics.empty() && g.panics.back().recovered) {
        // Recovered: the deferring function carries on at its epilogue. An earlier panic
        // whose deferred call was unwound past is over too; one whose call still runs (this
        // panic began and ended inside it) goes on when that call returns.
        g.panics.pop_back();
        while (!g.panics.empty() && g.panics.back().call_depth > g.frames.size()) {
            g.panics.pop_back();
        }
        if (g.panics.empty()) {
            g.panic_frames.clear();
        }
        Frame& f = g.frames.back();
        f.pc = f.function->recover_pc;
        g.stack.resize(static_cast<size_t>(f.base + f.function->num_locals));
        return true;
    }
    return unwind(g);
}

Value Vm::recover(Goroutine& g) {
    // Only a call made directly by a deferred function that a panic is running recovers.
    if (g.frames.empty() || g.frames.back().deferred != DeferredBy::Panic || g.panics.empty() ||
        g.panics.back().recovered || g.panics.back().goexit) {
        return Value{};
    }
    g.panics.back().recovered = true;
    return g.panics.back().value;
}

} // namespace golab
