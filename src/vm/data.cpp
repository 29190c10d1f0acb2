// data.cpp: maps, slice growth, bounds messages and UTF-8 (see data.h).
#include "vm/data.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <utility>
#include <vector>

#include "vm/format.h"
#include "vm/vm.h"

namespace golab {

namespace {

// The sizes of Go 1.19's small-object malloc classes (runtime/sizeclasses.go): an append that
// grows a slice allocates the smallest class that fits, so the capacity grows to fill it.
constexpr int64_t kSizeClasses[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr int64_t kMaxSmallSize = 32768;
constexpr int64_t kPageSize = 8192;

int64_t round_up_size(int64_t size) {
    if (size < kMaxSmallSize) {
        for (int64_t c : kSizeClasses) {
            if (c >= size) {
                return c;
            }
        }
    }
    return (size + kPageSize - 1) / kPageSize * kPageSize; // large objects take whole pages
}

std::string bounds(const char* before, int64_t x, const char* middle, int64_t y,
                   const char* after) {
    return std::string("runtime error: slice bounds out of range [") + before + std::to_string(x) +
           middle + std::to_string(y) + after;
}

std::string negative_bounds(const char* before, int64_t x, const char* after) {
    return std::string("runtime error: slice bounds out of range [") + before + std::to_string(x) +
           after;
}

void append_raw(std::string& out, const void* p, size_t n) {
    out.append(static_cast<const char*>(p), n);
}

// Appends the bytes of one key that are not nested values. A struct, array or boxed value
// instead pushes onto todo what encodes it, last part first (see encode_key).
struct KeyPart {
    TypeId type = kNoType;
    Value v;
    char close = 0; // when set, this part is just that byte, ending a struct or array
};

void encode_key_part(const Program& program, const KeyPart& part, uint64_t nan_serial,
                     std::string& out, std::vector<KeyPart>& todo) {
    if (part.close) {
        out += part.close;
        return;
    }
    const Value& v = part.v;
    const TypeInfo& t = program.types[static_cast<size_t>(part.type)];
    switch (t.kind) {
    case TypeKind::Bool:
        out += v.b ? 'T' : 'F';
        return;
    case TypeKind::Int:
        out += 'i';
        append_raw(out, &v.i, sizeof v.i);
        return;
    case TypeKind::Time: {
        // As == sees it (vm/go_time.h): a time.Now reading, the zero Time or a calendar time.
        if (v.kind == ValueKind::Int) {
            out += 'm';
            append_raw(out, &v.i, sizeof v.i);
        } else if (v.kind == ValueKind::Object && v.obj) {
            const auto* t = static_cast<const TimeObject*>(v.obj);
            out += 'w';
            append_raw(out, &t->sec, sizeof t->sec);
            append_raw(out, &t->nsec, sizeof t->nsec);
        } else {
            out += 'z';
        }
        return;
    }
    case TypeKind::Float32:
    case TypeKind::Float64: {
        double f = v.f;
        if (std::isnan(f)) {
            out += 'n'; // NaN != NaN: every NaN key is a key of its own
            append_raw(out, &nan_serial, sizeof nan_serial);
            return;
        }
        if (f == 0) {
            f = 0; // +0 == -0
        }
        out += 'f';
        append_raw(out, &f, sizeof f);
        return;
    }
    case TypeKind::String: {
        std::string_view s = string_bytes(v);
        uint64_t n = s.size();
        out += 's';
        append_raw(out, &n, sizeof n);
        out += s;
        return;
    }
    case TypeKind::Interface:
        if (v.kind == ValueKind::Nil && v.type == kNoType) {
            out += 'z';
            return;
        }
        out += 'I';
        append_raw(out, &v.type, sizeof v.type);
        todo.push_back({v.type, v, 0});
        return;
    case TypeKind::Struct: {
        out += '{';
        todo.push_back({kNoType, Value{}, '}'});
        auto* s = v.kind == ValueKind::Object ? static_cast<StructObject*>(v.obj) : nullptr;
        for (size_t i = s ? t.fields.size() : 0; i-- > 0;) {
            todo.push_back({t.fields[i].type, s->fields[i], 0});
        }
        return;
    }
    case TypeKind::Mutex:
    case TypeKind::RWMutex:
    case TypeKind::WaitGroup:
    case TypeKind::Atomic:
    case TypeKind::AtomicBool: {
        // The numbers Go's struct holds, as == compares them.
        std::vector<int64_t> numbers;
        sync_numbers(sync_fields(t, v), numbers);
        out += 'S';
        for (int64_t n : numbers) {
            append_raw(out, &n, sizeof n);
        }
        return;
    }
    case TypeKind::Array: {
        out += '[';
        todo.push_back({kNoType, Value{}, ']'});
        auto* a = v.kind == ValueKind::Object ? static_cast<ArrayObject*>(v.obj) : nullptr;
        for (size_t i = a ? a->elems.size() : 0; i-- > 0;) {
            todo.push_back({t.elem, a->elems[i], 0});
        }
        return;
    }
    case TypeKind::Pointer:
        if (v.kind == ValueKind::Object && v.obj->kind == ObjectKind::Ref) {
            // Two references to one field or element are the same pointer.
            auto* r = static_cast<RefObject*>(v.obj);
            out += 'r';
            append_raw(out, &r->container, sizeof r->container);
            append_raw(out, &r->index, sizeof r->index);
            return;
        }
        [[fallthrough]];
    default: {
        // Channels and other reference values compare by identity.
        out += 'p';
        append_raw(out, &v.obj, sizeof v.obj);
        return;
    }
    }
}

// Appends the bytes that identify key v of static type type. The walk keeps its own list of
// parts to do rather than recursing: a key may nest as deep as a program builds it (a
// million structs, each holding the next in an interface), deeper than the host's stack.
void encode_key(const Program& program, TypeId type, const Value& v, uint64_t nan_serial,
                std::string& out) {
    std::vector<KeyPart> todo{{type, v, 0}};
    while (!todo.empty()) {
        KeyPart part = std::move(todo.back());
        todo.pop_back();
        encode_key_part(program, part, nan_serial, out, todo);
    }
}

} // namespace

int64_t go_size(const Program& program, TypeId t) {
    const TypeInfo& info = program.types[static_cast<size_t>(t)];
    switch (info.kind) {
    case TypeKind::Bool:
        return 1;
    case TypeKind::Int:
        switch (info.int_kind) {
        case IntKind::Int8:
        case IntKind::Uint8:
            return 1;
        case IntKind::Int16:
        case IntKind::Uint16:
            return 2;
        case IntKind::Int32:
        case IntKind::Uint32:
            return 4;
        default:
            return 8;
        }
    case TypeKind::Float32:
        return 4;
    case TypeKind::String:
    case TypeKind::Interface:
    case TypeKind::WaitGroup: // noCopy, a uint64 and a uint32, padded
        return 16;
    case TypeKind::Slice:
    case TypeKind::Time: // wall, ext and a location pointer
        return 24;
    case TypeKind::Struct: {
        int64_t size = 0;
        int64_t align = 1;
        for (const StructField& f : info.fields) {
            int64_t a = go_align(program, f.type);
            size = (size + a - 1) / a * a + go_size(program, f.type);
            align = std::max(align, a);
        }
        return (size + align - 1) / align * align;
    }
    default:
        return 8; // float64, maps, channels, functions, pointers, sync.Mutex
    }
}

int64_t go_align(const Program& program, TypeId t) {
    const TypeInfo& info = program.types[static_cast<size_t>(t)];
    if (info.kind == TypeKind::Struct) {
        int64_t align = 1;
        for (const StructField& f : info.fields) {
            align = std::max(align, go_align(program, f.type));
        }
        return align;
    }
    if (info.kind == TypeKind::Mutex) {
        return 4; // two int32 fields
    }
    return std::min<int64_t>(go_size(program, t), 8);
}

int64_t grow_capacity(int64_t old_cap, int64_t needed, int64_t elem_size) {
    int64_t cap = old_cap;
    int64_t doubled = cap + cap;
    if (needed > doubled) {
        cap = needed;
    } else {
        constexpr int64_t kThreshold = 256;
        if (old_cap < kThreshold) {
            cap = doubled;
        } else {
            // From doubling towards 1.25x, smoothly, as Go 1.18 changed it to.
            while (0 < cap && cap < needed) {
                cap += (cap + 3 * kThreshold) / 4;
            }
            if (cap <= 0) {
                cap = needed;
            }
        }
    }
    if (elem_size <= 0) {
        return cap;
    }
    return round_up_size(cap * elem_size) / elem_size;
}

std::string slice_bounds_error(int64_t low, int64_t high, int64_t max, bool three_index,
                               int64_t cap, bool with_length) {
    // Go compares as unsigned, so a negative bound fails the first test it meets and is
    // reported in the short form without the other operand.
    auto above = [](int64_t x, int64_t limit) {
        return static_cast<uint64_t>(x) > static_cast<uint64_t>(limit);
    };
    const char* what = with_length ? "] with length " : "] with capacity ";
    if (three_index) {
        if (above(max, cap)) {
            return max < 0 ? negative_bounds("::", max, "]") : bounds("::", max, what, cap, "");
        }
        if (above(high, max)) {
            return high < 0 ? negative_bounds(":", high, ":]") : bounds(":", high, ":", max, "]");
        }
        if (above(low, high)) {
            return low < 0 ? negative_bounds("", low, "::]") : bounds("", low, ":", high, ":]");
        }
        return "";
    }
    if (above(high, cap)) {
        return high < 0 ? negative_bounds(":", high, "]") : bounds(":", high, what, cap, "");
    }
    if (above(low, high)) {
        return low < 0 ? negative_bounds("", low, ":]") : bounds("", low, ":", high, "]");
    }
    return "";
}

std::string index_error(int64_t i, int64_t n) {
    if (i < 0) {
        return "runtime error: index out of range [" + std::to_string(i) + "]";
    }
    return "runtime error: index out of range [" + std::to_string(i) + "] with length " +
           std::to_string(n);
}

void decode_rune(std::string_view s, size_t i, int32_t& rune, int& width) {
    auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
    uint8_t b0 = byte(i);
    rune = 0xFFFD;
    width = 1;
    if (b0 < 0x80) {
        rune = b0;
        return;
    }
    int need = 0;
    int32_t r = 0;
    int32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        r = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        r = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        r = b0 & 0x07;
        min = 0x10000;
    } else {
        return;
    }
    if (i + static_cast<size_t>(need) >= s.size()) {
        return; // cut short by the end of the string
    }
    for (int k = 1; k <= need; k++) {
        uint8_t b = byte(i + k);
        if ((b & 0xC0) != 0x80) {
            return;
        }
        r = (r << 6) | (b & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
        return;
    }
    rune = r;
    width = need + 1;
}

std::string encode_rune(int64_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
        r = 0xFFFD;
    }
    std::string s;
    auto u = static_cast<uint32_t>(r);
    if (u < 0x80) {
        s += static_cast<char>(u);
    } else if (u < 0x800) {
        s += static_cast<char>(0xC0 | (u >> 6));
        s += static_cast<char>(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        s += static_cast<char>(0xE0 | (u >> 12));
        s += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (u & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (u >> 18));
        s += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (u & 0x3F));
    }
    return s;
}

namespace {

// Returns the name of a boxed value's dynamic type when == is not defined on it (a slice,
// map or func, or a struct or array holding one), else "".
std::string_view unhashable_dynamic(const Program& program, const Value& v) {
    if (v.type == kNoType) {
        return "";
    }
    const TypeInfo& t = program.types[static_cast<size_t>(v.type)];
    return t.comparable ? std::string_view() : std::string_view(t.name);
}

} // namespace

std::string unhashable_boxed(const Program& program, const Value& v) {
    if (v.type == kNoType) {
        return "";
    }
    std::string_view name = unhashable_dynamic(program, v);
    return name.empty() ? unhashable_key(program, v.type, v) : std::string(name);
}

std::string unhashable_key(const Program& program, TypeId key_type, const Value& key) {
    // Depth first, in field order, with a list of its own instead of recursion (see
    // encode_key): the first unhashable type found is the one Go names.
    std::vector<std::pair<TypeId, Value>> todo{{key_type, key}};
    while (!todo.empty()) {
        auto [type, v] = todo.back();
        todo.pop_back();
        const TypeInfo& t = program.types[static_cast<size_t>(type)];
        switch (t.kind) {
        case TypeKind::Interface:
            if (std::string_view name = unhashable_dynamic(program, v); !name.empty()) {
                return std::string(name);
            }
            if (v.type != kNoType) {
                todo.emplace_back(v.type, v);
            }
            break;
        case TypeKind::Struct: {
            auto* s = v.kind == ValueKind::Object ? static_cast<StructObject*>(v.obj) : nullptr;
            for (size_t i = s ? t.fields.size() : 0; i-- > 0;) {
                todo.emplace_back(t.fields[i].type, s->fields[i]);
            }
            break;
        }
        case TypeKind::Array: {
            auto* a = v.kind == ValueKind::Object ? static_cast<ArrayObject*>(v.obj) : nullptr;
            for (size_t i = a ? a->elems.size() : 0; i-- > 0;) {
                todo.emplace_back(t.elem, a->elems[i]);
            }
            break;
        }
        default:
            break;
        }
    }
    return "";
}

std::string map_key(const Program& program, TypeId key_type, const Value& key,
                    uint64_t nan_serial) {
    std::string out;
    encode_key(program, key_type, key, nan_serial, out);
    return out;
}

namespace {

// Spreads the bits of x over the whole word (a 64-bit finaliser), so that keys 0, 7, 14, ...
// do not crowd into a few slots.
uint64_t mix_bits(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

bool has_int_keys(const Program& program, const MapObject& m) {
    TypeKind k = program.types[static_cast<size_t>(m.key_type)].kind;
    return k == TypeKind::Int;
}

// Returns what a key's slots hold as their tag: an integer key itself, else a hash of its
// canonical bytes.
uint64_t key_tag(bool ints, const Value& key, std::string_view bytes) {
    return ints ? static_cast<uint64_t>(key.i) : std::hash<std::string_view>{}(bytes);
}

// Returns the slot holding key, or -1 with free_slot at the empty slot where the probe
// ended. m.slots must not be empty.
int64_t probe(const MapObject& m, bool ints, uint64_t tag, std::string_view bytes,
              size_t& free_slot) {
    size_t mask = m.slots.size() - 1;
    for (size_t s = mix_bits(tag) & mask;; s = (s + 1) & mask) {
        const MapSlot& slot = m.slots[s];
        if (slot.entry == 0) {
            free_slot = s;
            return -1;
        }
        if (slot.tag == tag && slot.entry != kDeletedSlot &&
            (ints || m.key_bytes[slot.entry - 1] == bytes)) {
            return static_cast<int64_t>(s);
        }
    }
}

// Rebuilds the slots for the live entries, with room for at least `room` entries.
void reindex(MapObject& m, bool ints, size_t room) {
    size_t size = 8;
    while (size < 2 * room) {
        size *= 2;
    }
    m.slots.assign(size, MapSlot{});
    size_t mask = size - 1;
    for (size_t i = 0; i < m.entries.size(); i++) {
        if (!m.entries[i].live) {
            continue;
        }
        uint64_t tag = key_tag(ints, m.entries[i].key, m.key_bytes[i]);
        size_t s = mix_bits(tag) & mask;
        while (m.slots[s].entry != 0) {
            s = (s + 1) & mask;
        }
        m.slots[s] = MapSlot{tag, static_cast<uint32_t>(i + 1)};
    }
}

} // namespace

MapEntry* map_find(const Program& program, MapObject& m, const Value& key) {
    if (m.live == 0) {
        return nullptr;
    }
    bool ints = has_int_keys(program, m);
    // Lookups use serial 0, so a stored NaN (serial > 0) is never found again.
    std::string bytes = ints ? std::string() : map_key(program, m.key_type, key, 0);
    size_t free_slot = 0;
    int64_t s = probe(m, ints, key_tag(ints, key, bytes), bytes, free_slot);
    return s < 0 ? nullptr : &m.entries[m.slots[static_cast<size_t>(s)].entry - 1];
}

void map_store(const Program& program, MapObject& m, const Value& key, const Value& value) {
    bool ints = has_int_keys(program, m);
    std::string bytes = ints ? std::string() : map_key(program, m.key_type, key, ++m.stores);
    uint64_t tag = key_tag(ints, key, bytes);
    size_t free_slot = 0;
    if (!m.slots.empty()) {
        int64_t s = probe(m, ints, tag, bytes, free_slot);
        if (s >= 0) {
            m.entries[m.slots[static_cast<size_t>(s)].entry - 1].value = value;
            return;
        }
    }
    // Drop the holes deletes left once they outnumber the keys; range loops hold their own
    // list of keys, so moving entries does not disturb them.
    bool moved = false;
    if (m.entries.size() > 16 && m.entries.size() > 2 * static_cast<size_t>(m.live)) {
        size_t kept = 0;
        for (size_t i = 0; i < m.entries.size(); i++) {
            if (m.entries[i].live) {
                m.entries[kept] = m.entries[i];
                m.key_bytes[kept] = std::move(m.key_bytes[i]);
                kept++;
            }
        }
        m.entries.resize(kept);
        m.key_bytes.resize(kept);
        moved = true;
    }
    if (moved || 2 * (m.entries.size() + 1) > m.slots.size()) {
        reindex(m, ints, m.entries.size() + 1);
        probe(m, ints, tag, bytes, free_slot);
    }
    m.slots[free_slot] = MapSlot{tag, static_cast<uint32_t>(m.entries.size() + 1)};
    m.entries.push_back(MapEntry{key, value, true});
    m.key_bytes.push_back(std::move(bytes));
    m.live++;
}

void map_delete(const Program& program, MapObject& m, const Value& key) {
    if (m.live == 0) {
        return;
    }
    bool ints = has_int_keys(program, m);
    std::string bytes = ints ? std::string() : map_key(program, m.key_type, key, 0);
    size_t free_slot = 0;
    int64_t s = probe(m, ints, key_tag(ints, key, bytes), bytes, free_slot);
    if (s < 0) {
        return;
    }
    // The slot stays taken, so probes for other keys go on past it.
    MapSlot& slot = m.slots[static_cast<size_t>(s)];
    size_t n = slot.entry - 1;
    slot.entry = kDeletedSlot;
    MapEntry& e = m.entries[n];
    e.live = false;
    e.key = Value{};
    e.value = Value{};
    std::string().swap(m.key_bytes[n]);
    m.live--;
}

std::vector<Value> map_range_keys(MapObject& m) {
    std::vector<Value> keys;
    keys.reserve(static_cast<size_t>(m.live));
    size_t n = m.entries.size();
    if (n == 0) {
        return keys;
    }
    // Start somewhere new each time (a fixed mix of the loop count), then wrap around.
    uint64_t x = ++m.ranges * 0x9E3779B97F4A7C15ull;
    x ^= x >> 29;
    size_t start = static_cast<size_t>(x % n);
    for (size_t k = 0; k < n; k++) {
        const MapEntry& e = m.entries[(start + k) % n];
        if (e.live) {
            keys.push_back(e.key);
        }
    }
    return keys;
}

// ---------------------------------------------------------------------------------------------
// sync and sync/atomic values as Go declares them
// ---------------------------------------------------------------------------------------------

bool is_sync_kind(TypeKind k) {
    return k == TypeKind::Mutex || k == TypeKind::RWMutex || k == TypeKind::WaitGroup ||
           k == TypeKind::Atomic || k == TypeKind::AtomicBool;
}

namespace {

GoField go_number(const char* name, IntKind kind, int64_t n) {
    GoField f;
    f.name = name;
    f.int_kind = kind;
    f.number = n;
    return f;
}

GoField go_struct(const char* name, const char* type, std::vector<GoField> fields) {
    GoField f;
    f.name = name;
    f.type = type;
    f.fields = std::move(fields);
    f.is_struct = true;
    return f;
}

// sync.Mutex's fields: state holds Go's locked, woken and starving bits and the count of
// waiters above them (sema is a runtime semaphore: 0 whenever nobody is being handed off).
GoField mutex_fields(const char* name, bool locked, bool woken, bool starving, size_t waiters) {
    const int64_t state =
        (locked ? 1 : 0) | (woken ? 2 : 0) | (starving ? 4 : 0) | int64_t(waiters) << 3;
    return go_struct(
        name, "sync.Mutex",
        {go_number("state", IntKind::Int32, state), go_number("sema", IntKind::Uint32, 0)});
}

} // namespace

GoField sync_fields(const TypeInfo& t, const Value& v) {
    const Object* o = v.kind == ValueKind::Object ? v.obj : nullptr;
    switch (t.kind) {
    case TypeKind::Mutex: {
        const auto* m =
            o && o->kind == ObjectKind::Mutex ? static_cast<const MutexObject*>(o) : nullptr;
        if (t.name == "sync.Once") {
            // Once's done turns 1 when f has returned; while f runs, its mutex is held.
            const int once = m ? m->once_state.load() : 0;
            return go_struct("", "sync.Once",
                             {go_number("done", IntKind::Uint32, once == 2 ? 1 : 0),
                              mutex_fields("m", once == 1, false, false, 0)});
        }
        GoField f =
            m ? mutex_fields("", m->locked, m->woken.g != nullptr, m->starving, m->waiters.size())
              : mutex_fields("", false, false, false, 0);
        f.type = "sync.Mutex";
        return f;
    }
    case TypeKind::RWMutex: {
        const auto* rw =
            o && o->kind == ObjectKind::RWMutex ? static_cast<const RWMutexObject*>(o) : nullptr;
        // A writer subtracts 1<<30 (rwmutexMaxReaders) from readerCount to announce itself;
        // readers that arrive then still count themselves in and wait.
        int64_t reader_count = 0, reader_wait = 0;
        bool writer = false;
        size_t writers_waiting = 0;
        if (rw) {
            writer = rw->writer_held;
            reader_count =
                rw->readers + int64_t(rw->reader_waiters.size()) - (writer ? int64_t{1} << 30 : 0);
            reader_wait = rw->writer_inside ? 0 : rw->departing;
            writers_waiting = rw->writer_waiters.size();
        }
        return go_struct("", "sync.RWMutex",
                         {mutex_fields("w", writer, false, false, writers_waiting),
                          go_number("writerSem", IntKind::Uint32, 0),
                          go_number("readerSem", IntKind::Uint32, 0),
                          go_number("readerCount", IntKind::Int32, reader_count),
                          go_number("readerWait", IntKind::Int32, reader_wait)});
    }
    case TypeKind::WaitGroup: {
        // state1 holds the counter in its high half and the number of waiters in its low.
        const auto* wg = o && o->kind == ObjectKind::WaitGroup
                             ? static_cast<const WaitGroupObject*>(o)
                             : nullptr;
        const uint64_t state =
            wg ? uint64_t(wg->counter) << 32 | uint64_t(wg->waiters.size() & 0xffffffff) : 0;
        return go_struct("", "sync.WaitGroup",
                         {go_struct("noCopy", "sync.noCopy", {}),
                          go_number("state1", IntKind::Uint64, int64_t(state)),
                          go_number("state2", IntKind::Uint32, 0)});
    }
    case TypeKind::Atomic:
    case TypeKind::AtomicBool: {
        const auto* a =
            o && o->kind == ObjectKind::Atomic ? static_cast<const AtomicObject*>(o) : nullptr;
        const int64_t n = a ? a->value.load() : 0;
        // atomic.Bool keeps a uint32; the 64-bit types carry an alignment marker field.
        const IntKind kind = t.kind == TypeKind::AtomicBool ? IntKind::Uint32 : t.int_kind;
        std::vector<GoField> fields{go_struct("_", "atomic.noCopy", {})};
        if (kind == IntKind::Int64 || kind == IntKind::Uint64) {
            fields.push_back(go_struct("_", "atomic.align64", {}));
        }
        fields.push_back(go_number("v", kind, n));
        return go_struct("", "", std::move(fields));
    }
    default:
        return go_struct("", "", {});
    }
}

void sync_numbers(const GoField& f, std::vector<int64_t>& out) {
    if (!f.is_struct) {
        out.push_back(f.number);
    }
    for (const GoField& field : f.fields) {
        sync_numbers(field, out);
    }
}

} // namespace golab
