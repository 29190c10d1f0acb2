// data.h: maps, slice growth, bounds messages and UTF-8, as Go's runtime does them.
//
// These are the pieces of Go's runtime that decide what a program observes about its data:
// the capacity append picks (runtime.growslice rounded to malloc size classes), the text of
// bounds panics, how a string decodes into runes, and which keys a map holds. The
// interpreter loop calls them; they never touch a goroutine or the scheduler.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm/program.h"
#include "vm/value.h"

namespace golab {

// Returns the capacity Go 1.19's append gives a slice of capacity old_cap that must hold
// needed elements of elem_size bytes each.
int64_t grow_capacity(int64_t old_cap, int64_t needed, int64_t elem_size);

// Returns the size in bytes, and the alignment, of a value of type t in Go on a 64-bit target
// (what growslice rounds with).
int64_t go_size(const Program& program, TypeId t);
int64_t go_align(const Program& program, TypeId t);

// Returns the runtime error text for s[low:high] or s[low:high:max] on an operand with
// length len and capacity cap, or "" when the bounds are fine. high and max are the values
// used (len or cap when the source left them out). For strings and arrays cap == len, and
// with_length is true: Go's text then says "with length".
std::string slice_bounds_error(int64_t low, int64_t high, int64_t max, bool three_index,
                               int64_t cap, bool with_length);

// Returns "index out of range [i] with length n" (or the form for a negative i).
std::string index_error(int64_t i, int64_t n);

// Decodes the rune starting at s[i] as `for range` does: an invalid or short sequence
// yields U+FFFD with width 1.
void decode_rune(std::string_view s, size_t i, int32_t& rune, int& width);

// Returns the UTF-8 bytes of r; a rune outside Unicode's range (or a surrogate) becomes U+FFFD,
// as string(r) does.
std::string encode_rune(int64_t r);

// A Go map. Entries keep their insertion slot; deleting leaves a hole that later inserts
// may reuse after compaction. Keys are found through an open-addressing table of entry
// numbers: integer keys by their value, every other key by its canonical bytes (map_key).
struct MapEntry {
    Value key;
    Value value;
    bool live = false;
};

// A slot of a map's index: entry is the entry's number + 1 (0: empty, kDeletedSlot: its
// entry was deleted); tag is the key itself for integer keys, else its hash, so most probes
// that miss never touch the entries.
struct MapSlot {
    uint64_t tag = 0;
    uint32_t entry = 0;
};
inline constexpr uint32_t kDeletedSlot = UINT32_MAX;

struct MapObject final : Object {
    TypeId key_type = kNoType;
    std::vector<MapEntry> entries;
    // The index: a power of two in size, never more than half full (deleted slots included),
    // so every probe ends at an empty slot.
    std::vector<MapSlot> slots;
    // The canonical bytes of each entry's key; empty for integer keys, which compare as
    // numbers.
    std::vector<std::string> key_bytes;
    uint64_t stores = 0; // numbers each stored NaN key, which equals no other key
    int64_t live = 0;
    // How many range loops have started over this map: each starts at a different entry, so
    // programs cannot come to rely on one order (Go randomises it; ours is fixed per run).
    uint64_t ranges = 0;
    MapObject() : Object(ObjectKind::Map) {}
};

// Returns the bytes that identify a key of type key_type in a map (for interface keys the
// value's own dynamic type is part of them). Equal keys (Go's ==) give equal bytes; a NaN
// float gives bytes no other key has, since NaN != NaN.
std::string map_key(const Program& program, TypeId key_type, const Value& key, uint64_t nan_serial);

// Returns the name of the first dynamic type in key (of static type key_type) that Go cannot
// hash, a slice, map or func inside an interface value, or "" when the key hashes.
std::string unhashable_key(const Program& program, TypeId key_type, const Value& key);
// The same for a value held in an interface (its dynamic type comes with it).
std::string unhashable_boxed(const Program& program, const Value& v);

// Looks up key; returns the entry or nullptr.
MapEntry* map_find(const Program& program, MapObject& m, const Value& key);

// Sets m[key] = value.
void map_store(const Program& program, MapObject& m, const Value& key, const Value& value);

// Deletes key from m when present.
void map_delete(const Program& program, MapObject& m, const Value& key);

// Returns the live keys in the order a new range loop visits them.
std::vector<Value> map_range_keys(MapObject& m);

// Returns whether values of kind k are structs in Go that our runtime keeps as objects of its
// own (sync.Mutex, sync.Once, sync.RWMutex, sync.WaitGroup, the sync/atomic types).
bool is_sync_kind(TypeKind k);

// A field of a sync or sync/atomic value as Go declares it, which fmt walks by reflection:
// a number, or a struct of further fields.
struct GoField {
    const char* name = "";
    const char* type = ""; // the name %#v prints for a struct: "sync.Mutex", "atomic.noCopy"
    IntKind int_kind = IntKind::Int32;
    int64_t number = 0;
    std::vector<GoField> fields; // empty for a number, and for an empty struct (noCopy)
    bool is_struct = false;
};

// Returns the fields Go 1.19 (amd64) declares for a value of sync.Mutex, sync.Once,
// sync.RWMutex, sync.WaitGroup or an atomic type, filled from our object's state.
// NOTE: the runtime's lock is not held here: a value printed while other goroutines use it
// shows some moment of its state, as Go's racy read would.
GoField sync_fields(const TypeInfo& t, const Value& v);

// Appends the numbers of f, depth first: what == compares and a map key holds.
void sync_numbers(const GoField& f, std::vector<int64_t>& out);

} // namespace golab
