// gc.h: what the collector needs to know about objects: what each one refers to, and its size.
//
// The scheduler finds the roots and sweeps its heap (runtime/collector.cpp); this part knows
// the object layouts of value.h, vm.h and data.h, so that a new kind of object is traced and
// measured in one place. Only objects a run adopted (Object::gc_owned) are marked: the
// Program's own objects are immutable and refer only to each other.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "vm/value.h"

namespace golab {

// Returns the bytes an object holds now, as the run's memory limit counts them.
int64_t heap_footprint(const Object& object);

// Marks everything reachable from the values and objects it is given. Marking is iterative,
// so a linked list of a million nodes does not overflow the C++ stack.
class Marker {
  public:
    void mark(const Value& v) {
        scanned_++;
        if (v.kind == ValueKind::Object) {
            mark(v.obj);
        }
    }
    void mark(const Object* object) {
        if (object && object->gc_owned && !object->gc_marked) {
            auto* o = const_cast<Object*>(object);
            o->gc_marked = true;
            work_.push_back(o);
        }
    }
    void mark_all(std::span<const Value> values) {
        for (const Value& v : values) {
            mark(v);
        }
    }

    // Marks what the objects marked so far refer to, transitively.
    void drain();

    // How many values marking looked at: what the collection cost.
    size_t scanned() const { return scanned_; }

  private:
    void trace(const Object& object);
    std::vector<Object*> work_;
    size_t scanned_ = 0;
};

} // namespace golab
