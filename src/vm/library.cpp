// library.cpp: the table of library functions and the helpers their implementations share.
//
// The implementations live beside this file, one per package group (lib_strings.cpp,
// lib_strconv.cpp, lib_unicode.cpp, lib_math.cpp); call_library() asks each in turn.
#include "vm/library.h"

#include <cassert>

#include "vm/format.h"
#include "vm/vm.h"

namespace golab {

namespace {

struct LibraryEntry {
    const char* go_name;
    const char* signature;
};

constexpr LibraryEntry kLibrary[] = {
#define GOLAB_LIBRARY_ENTRY(name, go_name, signature) {go_name, signature},
    GOLAB_LIBRARY(GOLAB_LIBRARY_ENTRY)
#undef GOLAB_LIBRARY_ENTRY
};

const LibraryEntry* entry(LibraryId id) {
    auto i = static_cast<size_t>(id);
    return i < sizeof kLibrary / sizeof kLibrary[0] ? &kLibrary[i] : nullptr;
}

} // namespace

const char* library_go_name(LibraryId id) {
    const LibraryEntry* e = entry(id);
    return e ? e->go_name : "?";
}

const char* library_signature(LibraryId id) {
    const LibraryEntry* e = entry(id);
    return e ? e->signature : "";
}

const char* native_signature(NativeId id) {
    static const char* const kSignatures[] = {
#define GOLAB_NATIVE_SIGNATURE(name, go_name, signature) signature,
        GOLAB_NATIVES(GOLAB_NATIVE_SIGNATURE)
#undef GOLAB_NATIVE_SIGNATURE
    };
    auto i = static_cast<size_t>(id);
    return i < sizeof kSignatures / sizeof kSignatures[0] ? kSignatures[i] : "";
}

Value LibraryCall::make_string(std::string s) const {
    if (s.empty()) {
        return Value{}; // the VM reads a nil string as ""
    }
    return Value::make_object(hooks.adopt(new StringObject(std::move(s))));
}

Value LibraryCall::make_string_slice(const std::vector<std::string>& items) const {
    auto* array = static_cast<ArrayObject*>(hooks.adopt(new ArrayObject()));
    array->elems.reserve(items.size());
    for (const std::string& s : items) {
        array->elems.push_back(make_string(s));
    }
    auto* slice = static_cast<SliceObject*>(hooks.adopt(new SliceObject()));
    slice->array = array;
    slice->len = slice->cap = static_cast<int64_t>(items.size());
    return Value::make_object(slice);
}

std::span<Value> LibraryCall::slice_elems(const Value& v) const {
    if (v.kind != ValueKind::Object || !v.obj) {
        return {};
    }
    auto* slice = static_cast<SliceObject*>(v.obj);
    return std::span<Value>(slice->array->elems.data() + slice->offset,
                            static_cast<size_t>(slice->len));
}

std::string_view LibraryCall::string_arg(size_t i) const {
    return string_bytes(args[i]);
}

void call_library(LibraryId id, LibraryCall& call) {
    bool known = call_strings(id, call) || call_strconv(id, call) || call_unicode(id, call) ||
                 call_math(id, call);
    assert(known && "vm: library function without an implementation");
    (void)known;
}

} // namespace golab
