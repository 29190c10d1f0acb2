// gc.cpp: tracing and measuring heap objects for the collector (see gc.h).
#include "vm/gc.h"

#include "vm/data.h"
#include "vm/vm.h"

namespace golab {

namespace {

// What every object costs besides its own fields: the heap's pointer to it and malloc's
// bookkeeping (about 16 bytes a block with glibc and with Emscripten's dlmalloc).
constexpr int64_t kPerObjectOverhead = sizeof(void*) + 16;

template <typename T> int64_t bytes_of(const std::vector<T>& v) {
    return static_cast<int64_t>(v.capacity() * sizeof(T));
}

} // namespace

int64_t heap_footprint(const Object& object) {
    int64_t bytes = kPerObjectOverhead;
    switch (object.kind) {
    case ObjectKind::String: {
        const auto& s = static_cast<const StringObject&>(object).bytes;
        bytes += sizeof(StringObject);
        // A short string lives inside the object (the small-string buffer).
        if (s.capacity() > 15) {
            bytes += static_cast<int64_t>(s.capacity()) + 1;
        }
        break;
    }
    case ObjectKind::Array:
        bytes += sizeof(ArrayObject) + bytes_of(static_cast<const ArrayObject&>(object).elems);
        break;
    case ObjectKind::Slice:
        bytes += sizeof(SliceObject);
        break;
    case ObjectKind::Struct:
        bytes += sizeof(StructObject) + bytes_of(static_cast<const StructObject&>(object).fields);
        break;
    case ObjectKind::Closure:
        bytes +=
            sizeof(ClosureObject) + bytes_of(static_cast<const ClosureObject&>(object).captures);
        break;
    case ObjectKind::Chan: {
        const auto& ch = static_cast<const ChanObject&>(object);
        bytes += sizeof(ChanObject) +
                 static_cast<int64_t>((ch.buffer.size() + ch.sendq.size() + ch.recvq.size()) *
                                      sizeof(ChanWaiter));
        break;
    }
    case ObjectKind::Map: {
        const auto& m = static_cast<const MapObject&>(object);
        bytes +=
            sizeof(MapObject) + bytes_of(m.entries) + bytes_of(m.slots) + bytes_of(m.key_bytes);
        for (const std::string& k : m.key_bytes) {
            if (k.capacity() > 15) {
                bytes += static_cast<int64_t>(k.capacity()) + 1;
            }
        }
        break;
    }
    case ObjectKind::WaitGroup:
        bytes += sizeof(WaitGroupObject);
        break;
    case ObjectKind::Mutex:
        bytes += sizeof(MutexObject);
        break;
    case ObjectKind::RWMutex:
        bytes += sizeof(RWMutexObject);
        break;
    case ObjectKind::Atomic:
        bytes += sizeof(AtomicObject);
        break;
    case ObjectKind::Timer:
        bytes += sizeof(TimerObject);
        break;
    case ObjectKind::Context:
        bytes +=
            sizeof(ContextObject) + bytes_of(static_cast<const ContextObject&>(object).children);
        break;
    case ObjectKind::Cell:
        bytes += sizeof(CellObject);
        break;
    case ObjectKind::Ref:
        bytes += sizeof(RefObject);
        break;
    case ObjectKind::Time:
        bytes += sizeof(TimeObject);
        break;
    case ObjectKind::Sorter:
        bytes += sizeof(SorterObject) + 1024; // the routine's frames, about
        break;
    case ObjectKind::Printer: {
        const auto& p = static_cast<const PrinterObject&>(object);
        bytes += sizeof(PrinterObject) + p.args.size() * sizeof(Value);
        for (const FmtAnswer& a : p.answers) {
            bytes += sizeof(FmtAnswer) + a.text.size();
        }
        break;
    }
    case ObjectKind::Rand:
        bytes += 5000; // Go's rngSource: 607 words of state
        break;
    }
    return bytes;
}

void Marker::drain() {
    while (!work_.empty()) {
        Object* o = work_.back();
        work_.pop_back();
        trace(*o);
    }
}

void Marker::trace(const Object& object) {
    switch (object.kind) {
    case ObjectKind::Array:
        mark_all(static_cast<const ArrayObject&>(object).elems);
        break;
    case ObjectKind::Slice:
        mark(static_cast<const SliceObject&>(object).array);
        break;
    case ObjectKind::Struct:
        mark_all(static_cast<const StructObject&>(object).fields);
        break;
    case ObjectKind::Closure:
        mark_all(static_cast<const ClosureObject&>(object).captures);
        break;
    case ObjectKind::Chan: {
        // Buffered values, and what parked senders offer (a receiver's entry holds nothing).
        const auto& ch = static_cast<const ChanObject&>(object);
        for (const Value& v : ch.buffer) {
            mark(v);
        }
        for (const ChanWaiter& w : ch.sendq) {
            mark(w.value);
        }
        for (const ChanWaiter& w : ch.recvq) {
            mark(w.value);
        }
        break;
    }
    case ObjectKind::Map:
        // A deleted entry's key and value are nil already.
        for (const MapEntry& e : static_cast<const MapObject&>(object).entries) {
            mark(e.key);
            mark(e.value);
        }
        break;
    case ObjectKind::Timer:
        mark(static_cast<const TimerObject&>(object).c);
        mark(static_cast<const TimerObject&>(object).func);
        break;
    case ObjectKind::Context: {
        const auto& c = static_cast<const ContextObject&>(object);
        mark(c.parent);
        mark(c.done);
        mark(c.err);
        for (ContextObject* child : c.children) {
            mark(child);
        }
        mark(c.deadline);
        mark(c.timer);
        mark(c.key);
        mark(c.val);
        break;
    }
    case ObjectKind::Sorter:
        mark(static_cast<const SorterObject&>(object).slice);
        break;
    case ObjectKind::Printer: {
        const auto& p = static_cast<const PrinterObject&>(object);
        for (const Value& v : p.args) {
            mark(v);
        }
        mark(p.receiver);
        break;
    }
    case ObjectKind::Cell:
        mark(static_cast<const CellObject&>(object).value);
        break;
    case ObjectKind::Ref:
        mark(static_cast<const RefObject&>(object).container); // null for a global
        break;
    case ObjectKind::String:
    case ObjectKind::WaitGroup: // its waiters are goroutines, roots of their own
    case ObjectKind::Mutex:
    case ObjectKind::RWMutex:
    case ObjectKind::Atomic:
    case ObjectKind::Rand:
    case ObjectKind::Time:
        break;
    }
}

} // namespace golab
