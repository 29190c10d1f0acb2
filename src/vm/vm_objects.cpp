// vm_objects.cpp: what the VM does with pointers, structs, arrays, closures
// and interface values (the opcodes of "language part A" in opcodes.h).
//
// Representation, in short: a struct or array value is an object with value
// semantics (copied on assignment by CopyValue), and a pointer to one is the
// object itself. A pointer to anything else is a CellObject (an escaping
// variable, new(T)) or a RefObject (a field, an element, a global). Function
// values are ClosureObjects. An interface value is any Value whose `type`
// field names its dynamic type.
#include <cstdio>
#include <vector>

#include "vm/data.h"
#include "vm/format.h"
#include "vm/go_time.h"
#include "vm/vm.h"

namespace golab {

// Go's text for a nil pointer dereference; the signal line is what Go prints
// on linux/amd64 (our pc is not a real address).
const char* const kNilDereference =
    "runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";
std::string nil_dereference_at(const char* addr) {
    std::string text = kNilDereference;
    text.replace(text.find("addr=0x0"), 8, std::string("addr=") + addr);
    return text;
}

const char* const kNilWriterCall =
    "runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]";

const char* const kOutOfMemory = "runtime: out of memory";

std::string Vm::load_through(const Value& p, Value& out) {
    if (p.kind != ValueKind::Object || !p.obj) {
        return kNilDereference;
    }
    switch (p.obj->kind) {
    case ObjectKind::Cell:
        out = static_cast<CellObject*>(p.obj)->value;
        return {};
    case ObjectKind::Ref: {
        auto* r = static_cast<RefObject*>(p.obj);
        if (!r->container) {
            out = globals_[r->index];
        } else if (r->container->kind == ObjectKind::Struct) {
            out = static_cast<StructObject*>(r->container)->fields[r->index];
        } else {
            out = static_cast<ArrayObject*>(r->container)->elems[r->index];
        }
        return {};
    }
    default:
        out = p; // a struct or array: the pointer is the object
        return {};
    }
}

Value* Vm::pointee_slot(const Value& p) {
    if (p.kind != ValueKind::Object || !p.obj) {
        return nullptr;
    }
    switch (p.obj->kind) {
    case ObjectKind::Cell:
        return &static_cast<CellObject*>(p.obj)->value;
    case ObjectKind::Ref: {
        auto* r = static_cast<RefObject*>(p.obj);
        if (!r->container) {
            return &globals_[r->index];
        }
        if (r->container->kind == ObjectKind::Struct) {
            return &static_cast<StructObject*>(r->container)->fields[r->index];
        }
        return &static_cast<ArrayObject*>(r->container)->elems[r->index];
    }
    default:
        return nullptr; // a struct or array is not a number
    }
}

std::string Vm::store_through(const Value& p, const Value& v) {
    if (p.kind != ValueKind::Object || !p.obj) {
        return kNilDereference;
    }
    switch (p.obj->kind) {
    case ObjectKind::Cell:
        static_cast<CellObject*>(p.obj)->value = v;
        return {};
    case ObjectKind::Ref: {
        auto* r = static_cast<RefObject*>(p.obj);
        if (!r->container) {
            globals_[r->index] = v;
        } else if (r->container->kind == ObjectKind::Struct) {
            static_cast<StructObject*>(r->container)->fields[r->index] = v;
        } else {
            static_cast<ArrayObject*>(r->container)->elems[r->index] = v;
        }
        return {};
    }
    default:
        return kNilDereference;
    }
}

// Copies the contents of the struct or array src into dst, in place, so that
// pointers to dst (and to its nested structs) see the new value.
void Vm::copy_into(TypeId t, Object* dst, const Value& src) {
    const TypeInfo& info = program_.types[t];
    if (!dst || src.kind != ValueKind::Object || !src.obj || dst == src.obj) {
        return;
    }
    if (info.kind == TypeKind::Struct) {
        auto* d = static_cast<StructObject*>(dst);
        auto* s = static_cast<StructObject*>(src.obj);
        for (size_t i = 0; i < s->fields.size() && i < d->fields.size(); i++) {
            TypeId ft = info.fields[i].type;
            TypeKind fk = program_.types[ft].kind;
            if ((fk == TypeKind::Struct || fk == TypeKind::Array) &&
                d->fields[i].kind == ValueKind::Object) {
                copy_into(ft, d->fields[i].obj, s->fields[i]);
            } else {
                d->fields[i] = copy_value(ft, s->fields[i]);
            }
        }
    } else if (info.kind == TypeKind::Array) {
        auto* d = static_cast<ArrayObject*>(dst);
        auto* s = static_cast<ArrayObject*>(src.obj);
        TypeKind ek = program_.types[info.elem].kind;
        for (size_t i = 0; i < s->elems.size() && i < d->elems.size(); i++) {
            if ((ek == TypeKind::Struct || ek == TypeKind::Array) &&
                d->elems[i].kind == ValueKind::Object) {
                copy_into(info.elem, d->elems[i].obj, s->elems[i]);
            } else {
                d->elems[i] = copy_value(info.elem, s->elems[i]);
            }
        }
    }
}

namespace {

// Two pointers are equal when they point at the same variable, which two
// RefObjects made separately for the same field do.
bool same_pointer(const Value& x, const Value& y) {
    Object* a = x.kind == ValueKind::Object ? x.obj : nullptr;
    Object* b = y.kind == ValueKind::Object ? y.obj : nullptr;
    if (a && b && a->kind == ObjectKind::Ref && b->kind == ObjectKind::Ref) {
        auto* ra = static_cast<RefObject*>(a);
        auto* rb = static_cast<RefObject*>(b);
        return ra->container == rb->container && ra->index == rb->index;
    }
    return a == b;
}

} // namespace

bool Vm::values_equal(TypeId t, const Value& x, const Value& y, std::string& panic) {
    // The walk keeps its own list of pairs still to compare instead of recursing: values
    // nest as deep as a program builds them (a million structs, each holding the next in an
    // interface), far deeper than the host's stack would follow. Pairs come off the list in
    // the order Go compares them, so the first uncomparable one is the one Go panics on.
    struct Pair {
        TypeId type;
        Value x, y;
    };
    std::vector<Pair> todo{{t, x, y}};
    while (!todo.empty()) {
        Pair p = std::move(todo.back());
        todo.pop_back();
        const TypeInfo& info = program_.types[p.type];
        bool same = true;
        switch (info.kind) {
        case TypeKind::Bool:
            same = p.x.b == p.y.b;
            break;
        case TypeKind::Int:
            same = p.x.i == p.y.i;
            break;
        case TypeKind::Time:
            same = time_identical(p.x, p.y);
            break;
        case TypeKind::Float32:
        case TypeKind::Float64:
            same = p.x.f == p.y.f;
            break;
        case TypeKind::String:
            same = string_bytes(p.x) == string_bytes(p.y);
            break;
        case TypeKind::Struct: {
            auto* a = static_cast<StructObject*>(p.x.obj);
            auto* b = static_cast<StructObject*>(p.y.obj);
            for (size_t i = info.fields.size(); i-- > 0;) {
                todo.push_back({info.fields[i].type, a->fields[i], b->fields[i]});
            }
            break;
        }
        case TypeKind::Array: {
            auto* a = static_cast<ArrayObject*>(p.x.obj);
            auto* b = static_cast<ArrayObject*>(p.y.obj);
            for (size_t i = a->elems.size(); i-- > 0;) {
                todo.push_back({info.elem, a->elems[i], b->elems[i]});
            }
            break;
        }
        case TypeKind::Interface: {
            if (p.x.type != p.y.type) {
                return false;
            }
            if (p.x.type == kNoType) {
                break;
            }
            if (!program_.types[p.x.type].comparable) {
                panic = "runtime error: comparing uncomparable type " + type_name(p.x.type);
                return false;
            }
            todo.push_back({p.x.type, p.x, p.y});
            break;
        }
        case TypeKind::Mutex:
        case TypeKind::RWMutex:
        case TypeKind::WaitGroup:
        case TypeKind::Atomic:
        case TypeKind::AtomicBool: {
            // Go compares these structs field by field: two unlocked Mutexes are equal.
            std::vector<int64_t> a, b;
            sync_numbers(sync_fields(info, p.x), a);
            sync_numbers(sync_fields(info, p.y), b);
            same = a == b;
            break;
        }
        default:
            // Pointers, channels, functions: identity.
            same = same_pointer(p.x, p.y);
            break;
        }
        if (!same) {
            return false;
        }
    }
    return true;
}

int32_t Vm::find_method(const Value& x, int32_t name_id, bool& deref) const {
    if (x.type <= kNoType) {
        return -1;
    }
    for (const MethodEntry& m : program_.types[x.type].methods) {
        if (m.name == name_id) {
            deref = m.deref;
            return m.function;
        }
    }
    return -1;
}

bool Vm::implements(TypeId dynamic, TypeId iface) const {
    return missing_method(dynamic, iface).empty();
}

std::string Vm::missing_method(TypeId dynamic, TypeId iface) const {
    const TypeInfo& want = program_.types[iface];
    const TypeInfo& have = program_.types[dynamic];
    for (int32_t name : want.interface_methods) {
        bool found = false;
        for (const MethodEntry& m : have.methods) {
            found = found || m.name == name;
        }
        if (!found) {
            return program_.method_names[name];
        }
    }
    return {};
}

std::string Vm::type_name(TypeId t) const {
    return t <= kNoType ? "nil" : program_.types[t].name;
}

// Go's text for a failed x.(T): "interface conversion: interface {} is string, not int".
std::string Vm::assert_failure(const Value& x, TypeId target, TypeId static_type) const {
    const TypeInfo& want = program_.types[target];
    std::string from = program_.types[static_type].name;
    if (want.kind == TypeKind::Interface) {
        if (x.type <= kNoType) {
            return "interface conversion: interface is nil, not " + want.name;
        }
        return "interface conversion: " + type_name(x.type) + " is not " + want.name +
               ": missing method " + missing_method(x.type, target);
    }
    return "interface conversion: " + from + " is " + type_name(x.type) + ", not " + want.name;
}

int32_t Vm::enter_closure(ValueStack& stack, size_t base, int32_t argc, const ClosureObject& c,
                          const Function*& fn) {
    fn = &program_.functions[c.function];
    if (c.bound) {
        // The receiver goes first: shift the arguments up by one.
        stack.insert(stack.begin() + static_cast<std::ptrdiff_t>(base), c.captures[0]);
        argc++;
    }
    stack.resize(base + fn->num_locals);
    for (size_t k = 0; !c.bound && k < c.captures.size(); k++) {
        stack[base + fn->capture_base + k] = c.captures[k];
    }
    return argc;
}

} // namespace golab
