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
        if (!vm_.call_sync(g_, fn, std::span<const Value>(&r, 1), results)) {
            panicked = true;
            return false;
        }
        out = std::string(string_bytes(results.empty() ? Value{} : results[0]));
        return true;
    }

  private:
    Vm& vm_;
    const Program& program_;
    Goroutine& g_;
};

} // namespace golab
