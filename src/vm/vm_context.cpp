// vm_context.cpp: package context, as Go 1.19's context.go behaves (see ContextObject).
//
// Background and TODO are the Program's; WithCancel, WithDeadline and WithTimeout make
// cancelable contexts that register with their nearest cancelable ancestor, so that a cancel
// closes their done channels down the tree; WithValue makes a link that only carries a
// key and a value. A deadline is a time.AfterFunc timer whose goroutine cancels the context
// with DeadlineExceeded, on the program clock (the virtual clock under --virtual-time).
// NOTE: a Context the program implements itself is refused by the checker; the natives
// only ever see ContextObjects.
#include <algorithm>
#include <mutex>

#include "vm/format.h"
#include "vm/go_time.h"
#include "vm/vm.h"

namespace golab {

namespace {

// Returns the ContextObject an interface value (or receiver) holds, or null.
ContextObject* context_of(const Value& v) {
    if (v.kind != ValueKind::Object || !v.obj || v.obj->kind != ObjectKind::Context) {
        return nullptr;
    }
    return static_cast<ContextObject*>(v.obj);
}

// Returns the nearest cancelable context from c up (c itself when it is one), or null when
// only values and a root lie above: Go's parentCancelCtx.
ContextObject* cancelable_from(ContextObject* c) {
    while (c && !c->cancelable()) {
        c = context_of(c->parent);
    }
    return c;
}

} // namespace

void Vm::context_propagate(Goroutine& g, const Value& parent, ContextObject& child) {
    ContextObject* p = cancelable_from(context_of(parent));
    if (!p) {
        return; // Background or TODO up the chain: never canceled
    }
    Value err;
    {
        std::lock_guard lock(p->mu);
        if (p->err.kind == ValueKind::Nil) {
            p->children.push_back(&child);
            return;
        }
        err = p->err;
    }
    context_cancel(g, child, false, err); // the parent is canceled: so is the child, at birth
}

void Vm::context_cancel(Goroutine& g, ContextObject& c, bool remove_from_parent, const Value& err) {
    {
        std::lock_guard lock(c.mu);
        if (c.err.kind == ValueKind::Nil) {
            c.err = err;
            if (c.done) {
                hooks_.chan_close(g, c.done);
            }
            // NOTE: children are canceled with this lock held, as Go does (parent before child).
            for (ContextObject* child : c.children) {
                context_cancel(g, *child, false, err);
            }
            c.children.clear();
        }
    }
    if (remove_from_parent) {
        if (ContextObject* p = cancelable_from(context_of(c.parent))) {
            std::lock_guard lock(p->mu);
            auto it = std::find(p->children.begin(), p->children.end(), &c);
            if (it != p->children.end()) {
                p->children.erase(it);
            }
        }
    }
    if (c.form == ContextObject::Form::Timer) {
        std::lock_guard lock(c.mu);
        if (c.timer) {
            hooks_.timer_stop(g, *c.timer);
            c.timer = nullptr;
        }
    }
}

bool Vm::context_name(Goroutine& g, const Value& ctx, std::string& name) {
    // From the root down: each context's name extends its parent's.
    std::vector<ContextObject*> chain;
    for (ContextObject* c = context_of(ctx); c; c = context_of(c->parent)) {
        chain.push_back(c);
    }
    name.clear();
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const ContextObject& c = **it;
        switch (c.form) {
        case ContextObject::Form::Background:
            name = "context.Background";
            break;
        case ContextObject::Form::Todo:
            name = "context.TODO";
            break;
        case ContextObject::Form::Cancel:
            name += ".WithCancel";
            break;
        case ContextObject::Form::Timer: {
            const GoTime deadline = time_of(c.deadline, wall_epoch_ns_);
            const GoTime now = time_of(Value::make_int(hooks_.now_ns(g)), wall_epoch_ns_);
            name += ".WithDeadline(" + time_string(deadline) + " [" +
                    format_duration(time_sub(deadline, now)) + "])";
            break;
        }
        case ContextObject::Form::Value: {
            // Go's stringify: a Stringer's String, a string itself, else a placeholder.
            std::string val = "<not Stringer>";
            if (c.val.type != kNoType && program_.types[c.val.type].name == "string") {
                val = string_bytes(c.val);
            } else if (c.val.type != kNoType && program_.types[c.val.type].string_native >= 0) {
                val = go_sprint(program_, std::span<const Value>(&c.val, 1), nullptr); // Duration
            } else if (c.val.type != kNoType) {
                std::vector<Value> r;
                bool found = false;
                if (!call_method(g, c.val, "String", {}, r, found)) {
                    return false; // String panicked
                }
                if (found && r.size() == 1) {
                    val = string_bytes(r[0]);
                }
            }
            name += ".WithValue(type " + program_.types[c.key.type].name + ", val " + val + ")";
            break;
        }
        }
    }
    return true;
}

// Returns the value of the nearest WithValue up from ctx whose key equals key, or nil.
Value Vm::context_value(const Value& ctx, const Value& key) {
    for (ContextObject* c = context_of(ctx); c; c = context_of(c->parent)) {
        if (c->form != ContextObject::Form::Value || c->key.type != key.type) {
            continue;
        }
        // The keys were comparable when stored and have the same type: no panic is possible.
        std::string panic;
        if (values_equal(key.type, c->key, key, panic)) {
            return c->val;
        }
    }
    return Value{};
}

bool Vm::context_with(Goroutine& g, NativeId id, std::span<const Value> args,
                      std::vector<Value>& results) {
    const Value& parent = args[0];
    if (parent.type == kNoType) {
        g.panic_message = "cannot create context from nil parent";
        return false;
    }
    if (!context_of(parent)) {
        g.panic_message = "not supported yet: a Context implemented by the program";
        return false;
    }
    auto boxed = [&](ContextObject* c, const char* type) {
        Value v = Value::make_object(c);
        v.type = program_.library_type(type);
        return v;
    };

    if (id == NativeId::ContextWithValue) {
        const Value& key = args[1];
        if (key.type == kNoType) {
            g.panic_message = "nil key";
            return false;
        }
        if (!program_.types[key.type].comparable) {
            g.panic_message = "key is not comparable";
            return false;
        }
        auto* c = static_cast<ContextObject*>(
            hooks_.adopt(new ContextObject(ContextObject::Form::Value)));
        c->parent = parent;
        c->key = key;
        c->val = args[2];
        results.push_back(boxed(c, "*context.valueCtx"));
        return true;
    }

    // WithDeadline, and WithTimeout as WithDeadline(parent, time.Now().Add(timeout)).
    Value deadline;
    bool timed = id != NativeId::ContextWithCancel;
    if (id == NativeId::ContextWithTimeout) {
        const GoTime now = time_of(Value::make_int(hooks_.now_ns(g)), wall_epoch_ns_);
        deadline = time_value(time_add(now, args[1].i), [&](Object* o) { return hooks_.adopt(o); });
    } else if (id == NativeId::ContextWithDeadline) {
        deadline = args[1];
    }
    if (timed) {
        // A parent that expires first makes this a plain WithCancel, as in Go.
        for (ContextObject* a = context_of(parent); a; a = context_of(a->parent)) {
            if (a->form == ContextObject::Form::Timer) {
                timed = time_compare(time_of(a->deadline, wall_epoch_ns_),
                                     time_of(deadline, wall_epoch_ns_)) >= 0;
                break;
            }
        }
    }

    auto* c = static_cast<ContextObject*>(hooks_.adopt(
        new ContextObject(timed ? ContextObject::Form::Timer : ContextObject::Form::Cancel)));
    c->parent = parent;
    const Value ctx = boxed(c, timed ? "*context.timerCtx" : "*context.cancelCtx");
    auto bound = [&](int32_t function) {
        auto* f = static_cast<ClosureObject*>(hooks_.adopt(new ClosureObject()));
        f->function = function;
        f->bound = true;
        f->captures.push_back(ctx);
        return f;
    };
    c->deadline = deadline;
    context_propagate(g, parent, *c);
    if (timed) {
        const GoTime now = time_of(Value::make_int(hooks_.now_ns(g)), wall_epoch_ns_);
        const int64_t left = time_sub(time_of(deadline, wall_epoch_ns_), now);
        if (left <= 0) {
            context_cancel(g, *c, true, program_.context_deadline_exceeded); // already past
        } else {
            std::lock_guard lock(c->mu);
            if (c->err.kind == ValueKind::Nil) {
                c->timer = hooks_.after_func(g, left, bound(program_.context_expire_function));
            }
        }
    }
    results.push_back(ctx);
    results.push_back(Value::make_object(bound(program_.context_cancel_function)));
    return true;
}

bool Vm::call_context(Goroutine& g, NativeId id, std::span<const Value> args,
                      std::vector<Value>& results) {
    switch (id) {
    case NativeId::ContextBackground:
        results.push_back(program_.context_background);
        return true;
    case NativeId::ContextTODO:
        results.push_back(program_.context_todo);
        return true;
    case NativeId::ContextCanceled:
        results.push_back(program_.context_canceled);
        return true;
    case NativeId::ContextDeadlineExceeded:
        results.push_back(program_.context_deadline_exceeded);
        return true;
    case NativeId::ContextWithCancel:
    case NativeId::ContextWithDeadline:
    case NativeId::ContextWithTimeout:
    case NativeId::ContextWithValue:
        return context_with(g, id, args, results);
    case NativeId::DeadlineExceededError:
        results.push_back(make_string("context deadline exceeded"));
        return true;
    case NativeId::DeadlineExceededTimeout:
    case NativeId::DeadlineExceededTemporary:
        results.push_back(Value::make_bool(true));
        return true;
    case NativeId::TimeAfterFunc: {
        auto* f =
            args[1].kind == ValueKind::Object ? static_cast<ClosureObject*>(args[1].obj) : nullptr;
        results.push_back(Value::make_object(hooks_.after_func(g, args[0].i, f)));
        return true;
    }
    default:
        break;
    }

    // The methods, and the functions a CancelFunc and a deadline run: args[0] is the context.
    ContextObject* c = context_of(args[0]);
    if (!c) {
        g.panic_message = kNilDereference;
        return false;
    }
    switch (id) {
    case NativeId::ContextCancel:
        context_cancel(g, *c, true, program_.context_canceled);
        return true;
    case NativeId::ContextExpire:
        context_cancel(g, *c, true, program_.context_deadline_exceeded);
        return true;
    case NativeId::ContextDeadline: {
        for (ContextObject* a = c; a; a = context_of(a->parent)) {
            if (a->form == ContextObject::Form::Timer) {
                results.push_back(a->deadline);
                results.push_back(Value::make_bool(true));
                return true;
            }
        }
        results.push_back(Value{}); // the zero Time
        results.push_back(Value::make_bool(false));
        return true;
    }
    case NativeId::ContextDone:
    case NativeId::ContextErr: {
        ContextObject* a = cancelable_from(c);
        if (!a) {
            results.push_back(Value{}); // a nil channel, a nil error
            return true;
        }
        std::lock_guard lock(a->mu);
        if (id == NativeId::ContextErr) {
            results.push_back(a->err);
            return true;
        }
        if (!a->done) {
            // Made at the first Done, as Go does: a context nobody waits on costs no channel.
            a->done = static_cast<ChanObject*>(hooks_.adopt(new ChanObject()));
            a->done->closed = a->err.kind != ValueKind::Nil;
        }
        results.push_back(Value::make_object(a->done));
        return true;
    }
    case NativeId::ContextValue:
        results.push_back(context_value(args[0], args[1]));
        return true;
    case NativeId::ContextString: {
        std::string name;
        if (!context_name(g, args[0], name)) {
            return false;
        }
        results.push_back(make_string(std::move(name)));
        return true;
    }
    default:
        g.panic_message = "vm: not a context native";
        return false;
    }
}

} // namespace golab
