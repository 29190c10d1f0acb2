// vm_strings.cpp: the strings functions that take a Go function: Map, IndexFunc,
// LastIndexFunc, TrimFunc, TrimLeftFunc, TrimRightFunc and FieldsFunc.
//
// The function is Go code and may print or count its calls, so each of these calls it on
// exactly the runes Go 1.19's strings package calls it on, in the same order, once each. An
// invalid byte reaches it as U+FFFD, as in a range over the string. A panic inside it stops
// the native and unwinds as Go's would.
#include <string>
#include <string_view>
#include <vector>

#include "vm/format.h"
#include "vm/text.h"
#include "vm/vm.h"

namespace golab {

bool Vm::call_strings_func(Goroutine& g, NativeId id, std::span<Value> args,
                           std::vector<Value>& results) {
    // Map takes the function first; the others take the string first.
    bool map = id == NativeId::StringsMap;
    Value fn = args[map ? 0 : 1];
    std::string_view s = string_bytes(args[map ? 1 : 0]);
    bool failed = false;
    // Calls the Go function with r; its result, or a zero value once it has panicked.
    auto call = [&](int32_t r) {
        Value arg = Value::make_int(r);
        std::vector<Value> out;
        if (failed || !call_func_value(g, fn, std::span<const Value>(&arg, 1), out)) {
            failed = true;
            return Value{};
        }
        return out.empty() ? Value{} : out[0];
    };
    // The first (last) rune offset where the function says truth, or -1: Go's indexFunc and
    // lastIndexFunc.
    auto index_func = [&](std::string_view t, bool truth) -> int64_t {
        for (size_t i = 0; i < t.size();) {
            DecodedRune d = decode_rune(t, i);
            if (call(d.rune).b == truth && !failed) {
                return int64_t(i);
            }
            if (failed) {
                return -1;
            }
            i += size_t(d.width);
        }
        return -1;
    };
    auto last_index_func = [&](std::string_view t, bool truth) -> int64_t {
        for (size_t i = t.size(); i > 0;) {
            DecodedRune d = decode_last_rune(t.substr(0, i));
            i -= size_t(d.width);
            if (call(d.rune).b == truth && !failed) {
                return int64_t(i);
            }
            if (failed) {
                return -1;
            }
        }
        return -1;
    };
    auto trim_left = [&](std::string_view t) {
        int64_t i = index_func(t, false);
        return i < 0 ? std::string_view() : t.substr(size_t(i));
    };
    auto trim_right = [&](std::string_view t) {
        int64_t i = last_index_func(t, false);
        // Keep the whole rune at i, measured forward as Go does.
        size_t end = i < 0 ? 0
                     : static_cast<unsigned char>(t[size_t(i)]) >= 0x80
                         ? size_t(i) + size_t(decode_rune(t, size_t(i)).width)
                         : size_t(i) + 1;
        return t.substr(0, end);
    };

    switch (id) {
    case NativeId::StringsMap: {
        std::string out;
        out.reserve(s.size());
        for (size_t i = 0; i < s.size() && !failed;) {
            DecodedRune d = decode_rune(s, i);
            Value r = call(d.rune);
            auto mapped = static_cast<int32_t>(r.i);
            if (mapped >= 0) {
                append_rune(out, mapped); // an invalid rune becomes U+FFFD
            }
            i += size_t(d.width);
        }
        results.push_back(make_string(std::move(out)));
        break;
    }
    case NativeId::StringsIndexFunc:
        results.push_back(Value::make_int(index_func(s, true)));
        break;
    case NativeId::StringsLastIndexFunc:
        results.push_back(Value::make_int(last_index_func(s, true)));
        break;
    case NativeId::StringsTrimFunc:
        results.push_back(make_string(std::string(trim_right(trim_left(s)))));
        break;
    case NativeId::StringsTrimLeftFunc:
        results.push_back(make_string(std::string(trim_left(s))));
        break;
    case NativeId::StringsTrimRightFunc:
        results.push_back(make_string(std::string(trim_right(s))));
        break;
    case NativeId::StringsFieldsFunc: {
        // Spans first, as Go finds them, then the strings.
        std::vector<std::pair<size_t, size_t>> spans;
        int64_t start = -1;
        for (size_t i = 0; i < s.size() && !failed;) {
            DecodedRune d = decode_rune(s, i);
            if (call(d.rune).b) {
                if (start >= 0) {
                    spans.emplace_back(size_t(start), i);
                    start = -1;
                }
            } else if (start < 0) {
                start = int64_t(i);
            }
            i += size_t(d.width);
        }
        if (start >= 0) {
            spans.emplace_back(size_t(start), s.size());
        }
        auto* array = static_cast<ArrayObject*>(hooks_.adopt(new ArrayObject()));
        for (auto [from, to] : spans) {
            array->elems.push_back(make_string(std::string(s.substr(from, to - from))));
        }
        auto* slice = static_cast<SliceObject*>(hooks_.adopt(new SliceObject()));
        slice->array = array;
        slice->len = slice->cap = int64_t(spans.size());
        results.push_back(Value::make_object(slice));
        break;
    }
    default:
        return false;
    }
    return !failed;
}

} // namespace golab
