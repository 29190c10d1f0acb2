// vm_pool.cpp: sync.Pool, as Go 1.19's Pool behaves for a program on one P.
//
// Go keeps a private value and a shared list per P, and drops what a Pool holds over two
// collections; which value Get returns is not promised. Here a Pool's local field points at
// one poolLocal (library_decls.cpp): private holds the first value put, shared the others,
// newest last; Get takes private first, then the newest shared value, as Go's does on one P.
// NOTE: no collection empties a Pool, so the values stay fields of objects the collector
// traces, and a run answers the same under GOLAB_GC_STRESS=1. One host lock for every Pool
// keeps each call atomic across worker threads; New runs outside it, as Go code.
#include <cassert>
#include <mutex>
#include <utility>

#include "vm/vm.h"

namespace golab {

namespace {

std::mutex& pool_lock() {
    static std::mutex mu;
    return mu;
}

// The fields of sync.Pool and sync.poolLocal, in library_decls.cpp's order.
constexpr size_t kLocalField = 1;
constexpr size_t kNewField = 5;
constexpr size_t kPrivateField = 0;
constexpr size_t kSharedField = 1;

} // namespace

bool Vm::call_pool(Goroutine& g, NativeId id, std::span<const Value> args,
                   std::vector<Value>& results) {
    // Go's methods read the receiver's fields first: a nil *Pool faults at address 0.
    if (args.empty() || args[0].kind != ValueKind::Object || !args[0].obj) {
        g.panic_message = kNilDereference;
        return false;
    }
    auto& pool = *static_cast<StructObject*>(args[0].obj);
    const TypeId local_type = program_.library_type("*sync.poolLocal");
    assert(local_type != kNoType && "vm: sync.Pool without its poolLocal registered");
    const TypeId shared_type =
        program_.types[size_t(program_.types[size_t(local_type)].elem)].fields[kSharedField].type;

    if (id == NativeId::PoolPut) {
        const Value& x = args[1];
        if (x.type == kNoType) {
            return true; // Put(nil) does nothing, as in Go
        }
        std::lock_guard lock(pool_lock());
        Value& local = pool.fields[kLocalField];
        if (local.kind != ValueKind::Object || !local.obj) {
            auto* l = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
            l->fields = {Value{}, Value{}};
            local = Value::make_object(l);
            local.type = local_type;
        }
        auto& fields = static_cast<StructObject*>(local.obj)->fields;
        if (fields[kPrivateField].type == kNoType) {
            fields[kPrivateField] = x;
        } else {
            fields[kSharedField] = append(shared_type, fields[kSharedField], {&x, 1});
        }
        return true;
    }

    // Get: a value put before, else what New makes, else nil.
    Value found;
    {
        std::lock_guard lock(pool_lock());
        const Value& local = pool.fields[kLocalField];
        if (local.kind == ValueKind::Object && local.obj) {
            auto& fields = static_cast<StructObject*>(local.obj)->fields;
            Value& shared = fields[kSharedField];
            auto* s =
                shared.kind == ValueKind::Object ? static_cast<SliceObject*>(shared.obj) : nullptr;
            if (fields[kPrivateField].type != kNoType) {
                found = std::exchange(fields[kPrivateField], Value{});
            } else if (s && s->len > 0) {
                Value& last = s->array->elems[size_t(s->offset + s->len - 1)];
                found = std::exchange(last, Value{}); // the array holds it no longer
                auto* shorter = static_cast<SliceObject*>(hooks_.adopt(new SliceObject()));
                shorter->array = s->array;
                shorter->offset = s->offset;
                shorter->len = s->len - 1;
                shorter->cap = s->cap;
                shared = Value::make_object(shorter);
                shared.type = shared_type;
            }
        }
    }
    if (found.type != kNoType) {
        results.push_back(found);
        return true;
    }
    const Value make = pool.fields[kNewField];
    if (make.kind != ValueKind::Object || !make.obj) {
        results.push_back(Value{});
        return true;
    }
    std::vector<Value> made;
    if (!call_func_value(g, make, {}, made)) {
        return false;
    }
    results.push_back(made.empty() ? Value{} : made[0]);
    return true;
}

} // namespace golab
