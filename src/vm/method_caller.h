// method_caller.h: lets fmt (format.cpp) call String and Error methods written in Go.
//
// Shared by the natives in vm.cpp and the library natives that print values (vm_stdlib.cpp).
#pragma once

#include <string>
#include <vector>

#include "vm/format.h"
#include "vm/vm.h"

namespace golab {

// Lets fmt call String and Error methods written in Go, on the calling goroutine.
class GoMethodCaller final : public MethodCaller {
  public:
    GoMethodCaller(Vm& vm, const Program& program, Goroutine& g)
        : vm_(vm), program_(program), g_(g) {}
    bool panicked = false;

    // A print that may stop at a method and start again (Vm::fmt_call): the answers of the
    // methods it ran before, given again in order instead of calling them twice, then the new
    // ones. It stops where a method parks (its frames stay on g) or where the host's stack
    // has no room for one more nested call (method and receiver say which to run).
    struct Resumable {
        std::vector<FmtAnswer>& answers; // this print's from answers[base] on
        size_t base = 0;
        size_t next = 0;
        bool stopped = false;
        bool parked = false;
        int32_t method = -1;
        Value receiver;
    };
    Resumable* resumable = nullptr;

    bool call_string_method(const Value& recv, int32_t fn, std::string& out) override {
        Value r = recv;
        // A value method reached through a pointer gets a copy of the pointee.
        for (const MethodEntry& m : program_.types[recv.type].methods) {
            if (m.function == fn && m.deref) {
                TypeId elem = program_.types[recv.type].elem;
                TypeKind k = program_.types[elem].kind;
                if (recv.kind == ValueKind::Nil) {
                    out = "<nil>"; // fmt prints a nil pointer receiver as <nil>
                    return true;
                }
                if (k != TypeKind::Struct && k != TypeKind::Array) {
                    r = recv.obj->kind == ObjectKind::Cell
                            ? static_cast<CellObject*>(recv.obj)->value
                            : recv;
                }
            }
        }
        std::vector<Value> results;
        bool parked = false;
        Resumable* resume = catching_ ? nullptr : resumable;
        if (resume && g_.host_nesting + kMethodCallNesting >= kMaxHostNesting) {
            resume->stopped = true;
            resume->method = fn;
            resume->receiver = r;
            return false;
        }
        if (!vm_.call_sync(g_, fn, std::span<const Value>(&r, 1), results, nullptr,
                           resume ? &parked : nullptr)) {
            if (parked) {
                resume->stopped = resume->parked = true;
                return false;
            }
            panicked = true;
            return false;
        }
        out = std::string(string_bytes(results.empty() ? Value{} : results[0]));
        return true;
    }

    int nesting() const override { return g_.host_nesting; }

    int64_t wall_epoch_ns() const override { return vm_.wall_epoch_ns(); }

    bool has_room(int64_t bytes) const override { return vm_.heap_has_room(bytes); }

    Outcome call_format_method(const Value& recv, int32_t fn, int depth,
                               std::string& out) override {
        Resumable* resume = catching_ ? nullptr : resumable;
        if (resume && resume->base + resume->next < resume->answers.size()) {
            const FmtAnswer& a = resume->answers[resume->base + resume->next++];
            out = a.text;
            return a.panicked ? Outcome::Panicked : Outcome::Returned;
        }
        Outcome outcome = run_format_method(recv, fn, depth, out);
        if (resume && resume->stopped) {
            return Outcome::Stopped;
        }
        if (resume && outcome != Outcome::Failed) {
            resume->answers.push_back(FmtAnswer{out, outcome == Outcome::Panicked});
            resume->next++;
        }
        return outcome;
    }

    // The text fmt prints for a panic with value (has_value) or message, as it catches it.
    // Sets panicked (and returns "") when printing the value panics in turn.
    std::string caught_panic_text(const Value& value, bool has_value, const std::string& message) {
        if (!has_value) {
            return message.substr(0, message.find('\n')); // no signal line
        }
        catching_ = true;
        std::string text = format_value(program_, value, this);
        catching_ = false;
        return text;
    }

  private:
    Outcome run_format_method(const Value& recv, int32_t fn, int depth, std::string& out) {
        size_t frames = g_.frames.size();
        size_t stack = g_.stack.size();
        int outer = g_.host_nesting;
        g_.host_nesting = depth; // the printer's levels stay open while the method runs
        bool returned = call_string_method(recv, fn, out);
        g_.host_nesting = outer;
        if (returned) {
            return Outcome::Returned;
        }
        if (resumable && resumable->stopped) {
            return Outcome::Stopped; // a parked method's frames stay on g
        }
        // Fatal errors, a method that would block, and a panic raised while fmt reports
        // another one (Go panics again there) are not caught.
        if (g_.native_fatal || catching_ || g_.panic_message.starts_with(kNotSupported)) {
            return Outcome::Failed;
        }
        // The panic ends here: the method's frames and their deferred calls are dropped.
        // NOTE: a deferred call of the method itself does not run (call_sync runs none).
        g_.frames.resize(frames);
        g_.stack.resize(stack);
        while (!g_.defers.empty() && g_.defers.back().frame >= frames) {
            g_.defers.pop_back();
        }
        panicked = false;
        out = caught_panic_text(g_.panic_value, g_.panic_has_value, g_.panic_message);
        if (panicked) {
            return Outcome::Failed;
        }
        g_.panic_has_value = false;
        g_.panic_value = Value{};
        g_.panic_message.clear();
        return Outcome::Panicked;
    }

  public:
    // The run ends with Go's fatal error, as a Go program's walk of such a value would.
    void value_too_deep() override {
        g_.panic_message = "stack overflow";
        g_.panic_line = g_.current_line();
        g_.native_fatal = true;
        panicked = true;
    }

  private:
    static constexpr std::string_view kNotSupported = "not supported yet";
    bool catching_ = false; // formatting a caught panic's value
    Vm& vm_;
    const Program& program_;
    Goroutine& g_;
};

} // namespace golab
