// vm_sync_map.cpp: sync.Map, as Go 1.19's sync.Map behaves for a program.
//
// A Map is a struct with Go's four fields (library_decls.cpp); its entries live in the third,
// dirty, made at the first store, whose values are the program's own (Go's are *entry). Go
// keeps a lock-free read-only copy beside it so that loads scale across cores; here one host
// lock for every Map keeps each call atomic across worker threads, which is all a program
// can observe. Range is compiled inline
// (codegen.cpp sync_map_range) over a snapshot of the entries that the native below copies,
// so that the program's f may block, and may store into or delete from the Map meanwhile,
// as Go allows.
#include <mutex>

#include "vm/data.h"
#include "vm/vm.h"

namespace golab {

namespace {

// Guards the dirty maps of every sync.Map in the process: the calls are short, and none
// calls back into the program while holding it.
std::mutex& sync_map_lock() {
    static std::mutex mu;
    return mu;
}

constexpr size_t kDirtyField = 2;

} // namespace

bool Vm::call_sync_map(Goroutine& g, NativeId id, std::span<const Value> args,
                       std::vector<Value>& results) {
    // Go's methods read the receiver's fields first: a nil *Map faults at address 0.
    if (args.empty() || args[0].kind != ValueKind::Object || !args[0].obj) {
        g.panic_message = kNilDereference;
        return false;
    }
    auto& map = *static_cast<StructObject*>(args[0].obj);
    Value& dirty = map.fields[kDirtyField];

    if (id == NativeId::SyncMapSnapshot) {
        Value copy = make_map(sync_map_type());
        std::lock_guard lock(sync_map_lock());
        if (dirty.kind == ValueKind::Object) {
            auto& from = *static_cast<MapObject*>(dirty.obj);
            auto& to = *static_cast<MapObject*>(copy.obj);
            for (const Value& key : map_range_keys(from)) {
                if (MapEntry* e = map_find(program_, from, key)) {
                    map_store(program_, to, key, e->value);
                }
            }
        }
        results.push_back(copy);
        return true;
    }

    const Value& key = args[1];
    if (std::string bad = unhashable_boxed(program_, key); !bad.empty()) {
        g.panic_message = "runtime error: hash of unhashable type " + bad;
        return false;
    }
    // A nil interface value is a key like any other, as in Go.
    const Value none = Value{};
    std::lock_guard lock(sync_map_lock());
    if (dirty.kind != ValueKind::Object &&
        (id == NativeId::SyncMapStore || id == NativeId::SyncMapLoadOrStore)) {
        dirty = make_map(sync_map_type());
    }
    MapObject* entries =
        dirty.kind == ValueKind::Object ? static_cast<MapObject*>(dirty.obj) : nullptr;
    MapEntry* found = entries ? map_find(program_, *entries, key) : nullptr;
    switch (id) {
    case NativeId::SyncMapLoad:
        results = {found ? found->value : none, Value::make_bool(found != nullptr)};
        return true;
    case NativeId::SyncMapStore:
        map_store(program_, *entries, key, args[2]);
        return true;
    case NativeId::SyncMapLoadOrStore:
        if (found) {
            results = {found->value, Value::make_bool(true)};
            return true;
        }
        map_store(program_, *entries, key, args[2]);
        results = {args[2], Value::make_bool(false)};
        return true;
    case NativeId::SyncMapLoadAndDelete:
    case NativeId::SyncMapDelete: {
        const Value value = found ? found->value : none;
        if (found) {
            map_delete(program_, *entries, key);
        }
        if (id == NativeId::SyncMapLoadAndDelete) {
            results = {value, Value::make_bool(found != nullptr)};
        }
        return true;
    }
    default:
        g.panic_message = "not supported yet: this sync.Map method";
        return false;
    }
}

// Returns the TypeId of sync.Map's dirty field, map[any]*entry: the compiler registers *sync.Map
// when the program calls a Map method.
TypeId Vm::sync_map_type() const {
    const TypeInfo& pointer = program_.types[size_t(program_.library_type("*sync.Map"))];
    return program_.types[size_t(pointer.elem)].fields[kDirtyField].type;
}

} // namespace golab
