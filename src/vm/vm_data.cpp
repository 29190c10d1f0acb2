// vm_data.cpp: the interpreter's slice, string and map operations.
//
// Slices share ArrayObjects the way Go slices share backing arrays: reslicing and an append
// that fits make new headers over the same array, so stores through one are seen through the
// others; an append that does not fit copies into a new array with Go's capacity.
#include <algorithm>

#include "vm/data.h"
#include "vm/format.h"
#include "vm/vm.h"

namespace golab {

namespace {

SliceObject* as_slice(const Value& v) {
    return v.kind == ValueKind::Object && v.obj && v.obj->kind == ObjectKind::Slice
               ? static_cast<SliceObject*>(v.obj)
               : nullptr;
}

// The elements of a slice value (none for nil).
std::span<Value> elements(const Value& v) {
    SliceObject* s = as_slice(v);
    if (!s) {
        return {};
    }
    return std::span<Value>(s->array->elems.data() + s->offset, static_cast<size_t>(s->len));
}

} // namespace

Value Vm::new_slice(TypeId elem, int64_t len, int64_t cap) {
    auto* array = new ArrayObject();
    array->elems.reserve(static_cast<size_t>(cap));
    Value zero = zero_value(elem);
    bool fresh_each = zero.kind == ValueKind::Object; // structs: one object per element
    for (int64_t i = 0; i < cap; i++) {
        array->elems.push_back(fresh_each && i > 0 ? zero_value(elem) : zero);
    }
    hooks_.adopt(array);
    auto* slice = new SliceObject();
    slice->array = array;
    slice->len = len;
    slice->cap = cap;
    return Value::make_object(hooks_.adopt(slice));
}

std::string Vm::make_slice(TypeId elem, int64_t len, int64_t cap, Value& out) {
    // Go checks the length first, and reports a length beyond any possible allocation as
    // out of range too.
    constexpr int64_t kMaxElems = int64_t{1} << 32;
    if (len < 0 || len > kMaxElems) {
        return "runtime error: makeslice: len out of range";
    }
    if (cap < len || cap > kMaxElems) {
        return "runtime error: makeslice: cap out of range";
    }
    if (!hooks_.heap_has_room(cap * static_cast<int64_t>(sizeof(Value)))) {
        return kOutOfMemory;
    }
    out = new_slice(elem, len, cap);
    return "";
}

std::string Vm::slice_of(const Value& x, int32_t parts, bool is_string, int64_t low, int64_t high,
                         int64_t max, Value& out) {
    bool has_high = (parts & 1) != 0;
    bool has_max = (parts & 2) != 0;
    if (is_string) {
        std::string_view s = string_bytes(x);
        auto n = static_cast<int64_t>(s.size());
        if (!has_high) {
            high = n;
        }
        std::string err = slice_bounds_error(low, high, n, false, n, true);
        if (!err.empty()) {
            return err;
        }
        out = make_string(
            std::string(s.substr(static_cast<size_t>(low), static_cast<size_t>(high - low))));
        return "";
    }
    // An array (or a pointer to one, which is the same object) is sliced in place.
    SliceObject whole; // only read below: the result shares the array, not this header
    bool is_array = x.kind == ValueKind::Object && x.obj->kind == ObjectKind::Array;
    if (is_array) {
        whole.array = static_cast<ArrayObject*>(x.obj);
        whole.len = whole.cap = static_cast<int64_t>(whole.array->elems.size());
    }
    SliceObject* s = is_array ? &whole : as_slice(x);
    int64_t len = s ? s->len : 0;
    int64_t cap = s ? s->cap : 0;
    if (!has_high) {
        high = len;
    }
    if (!has_max) {
        max = cap;
    }
    std::string err = slice_bounds_error(low, high, max, has_max, cap, is_array);
    if (!err.empty()) {
        return err;
    }
    if (!s) {
        out = Value{}; // a nil slice sliced to [0:0] stays nil
        return "";
    }
    auto* r = new SliceObject();
    r->array = s->array;
    r->offset = s->offset + low;
    r->len = high - low;
    r->cap = max - low;
    out = Value::make_object(hooks_.adopt(r));
    return "";
}

Value Vm::append(TypeId slice_type, const Value& s, std::span<const Value> xs) {
    SliceObject* old = as_slice(s);
    int64_t len = old ? old->len : 0;
    int64_t cap = old ? old->cap : 0;
    auto n = static_cast<int64_t>(xs.size());
    if (n == 0) {
        return s; // append(s) is s itself, nil included
    }
    auto* r = new SliceObject();
    r->len = len + n;
    if (len + n <= cap) {
        // It fits: write behind the old length, in the shared array.
        r->array = old->array;
        r->offset = old->offset;
        r->cap = cap;
        std::copy(xs.begin(), xs.end(), old->array->elems.begin() + old->offset + len);
        return Value::make_object(hooks_.adopt(r));
    }
    TypeId elem = program_.types[static_cast<size_t>(slice_type)].elem;
    int64_t new_cap = grow_capacity(cap, len + n, go_size(program_, elem));
    auto* array = new ArrayObject();
    array->elems.reserve(static_cast<size_t>(new_cap));
    if (old) {
        auto first = old->array->elems.begin() + old->offset;
        array->elems.insert(array->elems.end(), first, first + len);
    }
    array->elems.insert(array->elems.end(), xs.begin(), xs.end());
    // The spare capacity holds zero values, as Go's fresh memory does (a later s[:cap(s)]
    // shows them).
    Value zero = zero_value(elem);
    while (static_cast<int64_t>(array->elems.size()) < new_cap) {
        array->elems.push_back(zero.kind == ValueKind::Object ? zero_value(elem) : zero);
    }
    r->array = static_cast<ArrayObject*>(hooks_.adopt(array));
    r->cap = new_cap;
    return Value::make_object(hooks_.adopt(r));
}

Value Vm::append_spread(TypeId slice_type, const Value& s, const Value& xs) {
    if (xs.kind == ValueKind::Object && xs.obj && xs.obj->kind == ObjectKind::String) {
        // append([]byte, string...): the string's bytes.
        std::string_view b = string_bytes(xs);
        std::vector<Value> bytes;
        bytes.reserve(b.size());
        for (char c : b) {
            bytes.push_back(Value::make_int(static_cast<uint8_t>(c)));
        }
        return append(slice_type, s, bytes);
    }
    // Copy first: xs may share s's array, and the append may write over it.
    std::span<Value> from = elements(xs);
    std::vector<Value> copy(from.begin(), from.end());
    return append(slice_type, s, copy);
}

int64_t Vm::copy_slice(const Value& dst, const Value& src) {
    std::span<Value> to = elements(dst);
    if (src.kind == ValueKind::Object && src.obj && src.obj->kind == ObjectKind::String) {
        std::string_view b = string_bytes(src);
        size_t n = std::min(to.size(), b.size());
        for (size_t i = 0; i < n; i++) {
            to[i] = Value::make_int(static_cast<uint8_t>(b[i]));
        }
        return static_cast<int64_t>(n);
    }
    std::span<Value> from = elements(src);
    size_t n = std::min(to.size(), from.size());
    // Overlapping ranges of one array copy as memmove does.
    if (to.data() > from.data()) {
        std::copy_backward(from.begin(), from.begin() + static_cast<ptrdiff_t>(n),
                           to.begin() + static_cast<ptrdiff_t>(n));
    } else {
        std::copy(from.begin(), from.begin() + static_cast<ptrdiff_t>(n), to.begin());
    }
    return static_cast<int64_t>(n);
}

Value Vm::convert_string(StringConv how, const Value& x) {
    switch (how) {
    case StringConv::StringToBytes: {
        std::string_view b = string_bytes(x);
        Value r = new_slice(kNoType, 0, 0);
        auto* s = static_cast<SliceObject*>(r.obj);
        for (char c : b) {
            s->array->elems.push_back(Value::make_int(static_cast<uint8_t>(c)));
        }
        s->len = static_cast<int64_t>(b.size());
        // Go rounds the new array up to a size class, as append does.
        s->cap = grow_capacity(0, s->len, 1);
        s->array->elems.resize(static_cast<size_t>(s->cap), Value::make_int(0));
        return r;
    }
    case StringConv::StringToRunes: {
        std::string_view b = string_bytes(x);
        Value r = new_slice(kNoType, 0, 0);
        auto* s = static_cast<SliceObject*>(r.obj);
        for (size_t i = 0; i < b.size();) {
            int32_t rune;
            int width;
            decode_rune(b, i, rune, width);
            s->array->elems.push_back(Value::make_int(rune));
            i += static_cast<size_t>(width);
        }
        s->len = static_cast<int64_t>(s->array->elems.size());
        s->cap = grow_capacity(0, s->len, 4);
        s->array->elems.resize(static_cast<size_t>(s->cap), Value::make_int(0));
        return r;
    }
    case StringConv::BytesToString: {
        std::string out;
        for (const Value& v : elements(x)) {
            out += static_cast<char>(v.i);
        }
        return make_string(std::move(out));
    }
    case StringConv::RunesToString: {
        std::string out;
        for (const Value& v : elements(x)) {
            out += encode_rune(v.i);
        }
        return make_string(std::move(out));
    }
    case StringConv::RuneToString:
        return make_string(encode_rune(x.i));
    }
    return x;
}

std::string Vm::slice_to_array(Value& x, int64_t n) {
    SliceObject* s = as_slice(x);
    int64_t len = s ? s->len : 0;
    if (len < n) {
        return "runtime error: cannot convert slice with length " + std::to_string(len) +
               " to pointer to array with length " + std::to_string(n);
    }
    if (!s) {
        x = Value{}; // (*[0]T)(nil) is a nil pointer
        return "";
    }
    // NOTE: a *[N]T is an array object of N elements itself, so it can be the slice's own
    // array only when the slice starts that array and the array holds exactly N elements.
    if (s->offset != 0 || static_cast<int64_t>(s->array->elems.size()) != n) {
        return "not supported yet: converting a slice to an array pointer when the slice "
               "does not span its whole array";
    }
    x = Value::make_object(s->array);
    return "";
}

Value Vm::make_map(TypeId map_type) {
    auto* m = new MapObject();
    m->key_type = program_.types[static_cast<size_t>(map_type)].key;
    return Value::make_object(hooks_.adopt(m));
}

} // namespace golab
