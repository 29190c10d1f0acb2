// vm_stdlib.cpp: the library natives that need the VM itself: errors (New, Is, As, Unwrap),
// fmt.Errorf, strconv's parsers and *strconv.NumError, strings.Builder, os.Stdout and os.Stderr,
// and math/rand's Rand.
//
// They build values of library types (the compiler registers those types in
// Program::library_types) or call Go code back: Error, Unwrap and Is methods written in the
// program, a Shuffle's swap function. sort's natives live in vm_sort.cpp.
#include <cassert>

#include "vm/data.h"
#include "vm/format.h"
#include "vm/go_parse.h"
#include "vm/go_rand.h"
#include "vm/method_caller.h"
#include "vm/text.h"
#include "vm/vm.h"

namespace golab {

namespace {

// The generator behind one rand.NewSource.
struct RandState final : Object {
    GoRand rand;
    explicit RandState(int64_t seed) : Object(ObjectKind::Rand), rand(seed) {}
};

StructObject* struct_of(const Value& v) {
    return v.kind == ValueKind::Object ? static_cast<StructObject*>(v.obj) : nullptr;
}

// Returns the bytes of a []byte value (none for nil).
std::string byte_slice_text(const Value& v) {
    std::string out;
    if (v.kind != ValueKind::Object || !v.obj) {
        return out;
    }
    auto* s = static_cast<SliceObject*>(v.obj);
    out.reserve(static_cast<size_t>(s->len));
    for (int64_t i = 0; i < s->len; i++) {
        out += static_cast<char>(s->array->elems[static_cast<size_t>(s->offset + i)].i);
    }
    return out;
}

// strings.Builder's fields (library_decls.cpp): the Builder it was first written through,
// an always-nil buf, the text (owned by this Builder and written in place) and its length.
enum BuilderField { kBuilderAddr, kBuilderBuf, kBuilderText, kBuilderLen };

// bytes.Buffer's fields (library_decls.cpp): Go's own buf, off and lastRead.
enum BufferField { kBufferBuf, kBufferOff, kBufferLastRead };

// *strconv.NumError's fields.
enum NumErrorField { kNumErrorFunc, kNumErrorNum, kNumErrorErr };

// Returns Go's uint32(r.Int63() >> 31) step and the unbiased int31n math/rand's Shuffle uses
// (Lemire's multiply-and-shift, not the exported Int31n).
template <class Int63> int32_t shuffle_int31n(Int63 next, int32_t n) {
    auto uint32 = [&] { return static_cast<uint32_t>(next() >> 31); };
    uint64_t prod = uint64_t{uint32()} * static_cast<uint64_t>(n);
    auto low = static_cast<uint32_t>(prod);
    if (low < static_cast<uint32_t>(n)) {
        uint32_t thresh = (0 - static_cast<uint32_t>(n)) % static_cast<uint32_t>(n);
        while (low < thresh) {
            prod = uint64_t{uint32()} * static_cast<uint64_t>(n);
            low = static_cast<uint32_t>(prod);
        }
    }
    return static_cast<int32_t>(prod >> 32);
}

// Returns the elements of a slice value (none for nil).
std::span<Value> slice_elems(const Value& v) {
    if (v.kind != ValueKind::Object || !v.obj) {
        return {};
    }
    auto* slice = static_cast<SliceObject*>(v.obj);
    return std::span<Value>(slice->array->elems.data() + slice->offset,
                            static_cast<size_t>(slice->len));
}

// strings.Reader's fields (library_decls.cpp): Go's s, i and prevRune.
enum ReaderField { kReaderText, kReaderOffset, kReaderPrevRune };

// Returns s with the pairs of a strings.Replacer applied, as Go's generic replacer does:
// at each byte offset the first pair in argument order whose old string starts there wins;
// an empty old string matches at every byte offset (not rune), but not twice in a row at
// the same offset. Go's special cases (one pair, single bytes) give the same results.
std::string replace_pairs(std::string_view s, std::span<const Value> oldnew) {
    bool starts[256] = {};
    bool has_empty = false;
    for (size_t k = 0; k + 1 < oldnew.size(); k += 2) {
        std::string_view old = string_bytes(oldnew[k]);
        has_empty = has_empty || old.empty();
        if (!old.empty()) {
            starts[static_cast<uint8_t>(old[0])] = true;
        }
    }
    std::string out;
    out.reserve(s.size());
    bool previous_empty = false;
    for (size_t i = 0; i <= s.size();) {
        if (!has_empty && (i == s.size() || !starts[static_cast<uint8_t>(s[i])])) {
            if (i < s.size()) {
                out += s[i];
            }
            i++;
            continue;
        }
        std::string_view rest = s.substr(i);
        size_t best = oldnew.size();
        for (size_t k = 0; k + 1 < oldnew.size(); k += 2) {
            std::string_view old = string_bytes(oldnew[k]);
            if (old.empty() ? !previous_empty : rest.starts_with(old)) {
                best = k;
                break;
            }
        }
        if (best == oldnew.size()) {
            previous_empty = false;
            if (i < s.size()) {
                out += s[i];
            }
            i++;
            continue;
        }
        std::string_view old = string_bytes(oldnew[best]);
        previous_empty = old.empty();
        out += string_bytes(oldnew[best + 1]);
        i += old.size();
    }
    return out;
}

} // namespace

bool Vm::call_func_value(Goroutine& g, const Value& fn, std::span<const Value> args,
                         std::vector<Value>& results) {
    if (fn.kind != ValueKind::Object || !fn.obj) {
        g.panic_message = kNilDereference;
        return false;
    }
    auto* c = static_cast<ClosureObject*>(fn.obj);
    return call_sync(g, c->function, args, results, c);
}

int32_t Vm::method_named(const Value& recv, std::string_view name, bool& deref) const {
    for (size_t i = 0; i < program_.method_names.size(); i++) {
        if (program_.method_names[i] == name) {
            return find_method(recv, static_cast<int32_t>(i), deref);
        }
    }
    return -1;
}

bool Vm::call_method_fn(Goroutine& g, int32_t fn, bool deref, const Value& recv,
                        std::span<const Value> args, std::vector<Value>& results) {
    // The receiver as CallIface passes it: a copy for value methods.
    Value r = recv;
    if (deref) {
        std::string err = load_through(recv, r);
        if (!err.empty()) {
            g.panic_message = err;
            return false;
        }
        r = copy_value(program_.types[recv.type].elem, r);
    } else if (program_.types[recv.type].kind == TypeKind::Struct ||
               program_.types[recv.type].kind == TypeKind::Array) {
        r = copy_value(recv.type, recv);
    }
    std::vector<Value> all{r};
    all.insert(all.end(), args.begin(), args.end());
    return call_sync(g, fn, all, results);
}

bool Vm::call_method(Goroutine& g, const Value& recv, std::string_view name,
                     std::span<const Value> args, std::vector<Value>& results, bool& found) {
    bool deref = false;
    int32_t fn = method_named(recv, name, deref);
    found = fn >= 0;
    return !found || call_method_fn(g, fn, deref, recv, args, results);
}

bool Vm::call_stdlib(Goroutine& g, NativeId id, int32_t argc, ExecResult& stop) {
    // NOTE: a copy, since Go code called back may grow (and move) the stack.
    std::vector<Value> args(g.stack.end() - argc, g.stack.end());
    std::vector<Value> results;
    GoMethodCaller caller(*this, program_, g);
    auto fail = [&](std::string message) {
        g.panic_message = std::move(message);
        stop = ExecResult::Panic;
        return false;
    };
    auto boxed = [&](const char* type, std::vector<Value> fields) {
        auto* s = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
        s->fields = std::move(fields);
        Value v = Value::make_object(s);
        v.type = program_.library_type(type);
        assert(v.type != kNoType && "vm: a library type the compiler did not register");
        return v;
    };
    auto new_error = [&](std::string text) {
        return boxed("*errors.errorString", {make_string(std::move(text))});
    };
    auto num_error = [&](const char* fn, std::string_view num, ParseError e, int64_t arg) {
        Value err = e == ParseError::Syntax  ? program_.err_syntax
                    : e == ParseError::Range ? program_.err_range
                    : e == ParseError::Base  ? new_error("invalid base " + std::to_string(arg))
                                             : new_error("invalid bit size " + std::to_string(arg));
        return boxed("*strconv.NumError", {make_string(fn), make_string(std::string(num)), err});
    };
    // Unwrap(err) as errors.Unwrap: err's own Unwrap() error, or nil.
    auto unwrap = [&](const Value& err, Value& out) {
        std::vector<Value> r;
        bool found = false;
        if (!call_method(g, err, "Unwrap", {}, r, found)) {
            return false;
        }
        out = found && !r.empty() ? r[0] : Value{};
        return true;
    };
    // Walks err's Unwrap chain as errors.Is and errors.As do: at each error, match() or the
    // error's own method (Is or As) with target. Returns 1 (found), 0, or -1 (Go code panicked).
    auto walk_chain = [&](Value err, const char* method, const Value& target, auto match) {
        while (err.type != kNoType) {
            if (match(err)) {
                return 1;
            }
            std::vector<Value> r;
            bool found = false;
            if (!call_method(g, err, method, std::span<const Value>(&target, 1), r, found)) {
                return -1;
            }
            if (found && !r.empty() && r[0].b) {
                return 1;
            }
            if (!unwrap(err, err)) {
                return -1;
            }
        }
        return 0;
    };
    auto rand_of = [&](const Value& source) -> GoRand& {
        StructObject* s = struct_of(source);
        return static_cast<RandState*>(s->fields[0].obj)->rand;
    };

    switch (id) {
    // [errors]
    case NativeId::ErrorsNew:
        results.push_back(new_error(std::string(string_bytes(args[0]))));
        break;
    case NativeId::ErrorStringError:
    case NativeId::WrapErrorError:
    case NativeId::WrapErrorUnwrap:
    case NativeId::NumErrorUnwrap: {
        StructObject* e = struct_of(args[0]);
        if (!e) {
            return fail(kNilDereference);
        }
        size_t field = id == NativeId::WrapErrorUnwrap  ? 1
                       : id == NativeId::NumErrorUnwrap ? size_t{kNumErrorErr}
                                                        : 0;
        results.push_back(e->fields[field]);
        break;
    }
    case NativeId::NumErrorError: {
        StructObject* e = struct_of(args[0]);
        if (!e) {
            return fail(kNilDereference);
        }
        std::string text = "strconv." + std::string(string_bytes(e->fields[kNumErrorFunc])) +
                           ": parsing " + quote_go_string(string_bytes(e->fields[kNumErrorNum])) +
                           ": " + format_value(program_, e->fields[kNumErrorErr], &caller);
        if (caller.panicked) {
            stop = ExecResult::Panic;
            return false;
        }
        results.push_back(make_string(std::move(text)));
        break;
    }
    case NativeId::ErrorsUnwrap: {
        Value out;
        if (!unwrap(args[0], out)) {
            stop = ExecResult::Panic;
            return false;
        }
        results.push_back(out);
        break;
    }
    case NativeId::ErrorsIs: {
        // errors.Is: err itself, its Is method, then down the Unwrap chain.
        const Value& target = args[1];
        if (target.type == kNoType) {
            results.push_back(Value::make_bool(args[0].type == kNoType));
            break;
        }
        int is = walk_chain(args[0], "Is", target, [&](const Value& err) {
            std::string uncomparable;
            return err.type == target.type && values_equal(err.type, err, target, uncomparable) &&
                   uncomparable.empty();
        });
        if (is < 0) {
            stop = ExecResult::Panic;
            return false;
        }
        results.push_back(Value::make_bool(is == 1));
        break;
    }
    case NativeId::ErrorsAs: {
        const Value& target = args[1];
        if (target.type == kNoType) {
            return fail("errors: target cannot be nil");
        }
        const TypeInfo& pointer = program_.types[target.type];
        if (pointer.kind != TypeKind::Pointer || target.kind != ValueKind::Object) {
            return fail("errors: target must be a non-nil pointer");
        }
        TypeId want = pointer.elem;
        const TypeInfo& want_info = program_.types[want];
        bool want_interface = want_info.kind == TypeKind::Interface;
        if (!want_interface && want_info.error_function < 0) {
            return fail("errors: *target must be interface or implement error");
        }
        // The first error in the chain whose type fits is stored through target.
        int as = walk_chain(args[0], "As", target, [&](const Value& err) {
            if (!(want_interface ? implements(err.type, want) : err.type == want)) {
                return false;
            }
            Value v = err;
            if (!want_interface) {
                v.type = kNoType;
            }
            if (!want_interface &&
                (want_info.kind == TypeKind::Struct || want_info.kind == TypeKind::Array)) {
                copy_into(want, target.obj, v);
            } else {
                store_through(target, v);
            }
            return true;
        });
        if (as < 0) {
            stop = ExecResult::Panic;
            return false;
        }
        results.push_back(Value::make_bool(as == 1));
        break;
    }
    case NativeId::FmtErrorf: {
        ErrorfWrap wrap;
        std::span<const Value> operands = variadic(args[1]);
        std::string text = go_sprintf(program_, string_bytes(args[0]), operands, &caller, &wrap);
        if (caller.panicked) {
            stop = ExecResult::Panic;
            return false;
        }
        results.push_back(errorf_value(std::move(text), wrap, operands));
        break;
    }

    // [strconv]
    case NativeId::StrconvErrSyntax:
        results.push_back(program_.err_syntax);
        break;
    case NativeId::StrconvErrRange:
        results.push_back(program_.err_range);
        break;
    case NativeId::StrconvAtoi:
    case NativeId::StrconvParseInt:
    case NativeId::StrconvParseUint: {
        std::string_view s = string_bytes(args[0]);
        int64_t base = id == NativeId::StrconvAtoi ? 10 : args[1].i;
        int64_t bits = id == NativeId::StrconvAtoi ? 0 : args[2].i;
        ParsedInt r =
            id == NativeId::StrconvParseUint ? parse_uint(s, base, bits) : parse_int(s, base, bits);
        const char* fn = id == NativeId::StrconvAtoi       ? "Atoi"
                         : id == NativeId::StrconvParseInt ? "ParseInt"
                                                           : "ParseUint";
        results.push_back(Value::make_int(static_cast<int64_t>(r.value)));
        results.push_back(
            r.error == ParseError::None
                ? Value{}
                : num_error(fn, s, r.error, r.error == ParseError::Base ? base : bits));
        break;
    }
    case NativeId::StrconvParseFloat: {
        std::string_view s = string_bytes(args[0]);
        ParsedFloat r = parse_float(s, args[1].i);
        results.push_back(Value::make_float(r.value));
        results.push_back(r.error == ParseError::None ? Value{}
                                                      : num_error("ParseFloat", s, r.error, 0));
        break;
    }
    case NativeId::StrconvParseBool: {
        std::string_view s = string_bytes(args[0]);
        bool yes = s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True";
        bool no = s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False";
        results.push_back(Value::make_bool(yes));
        results.push_back(yes || no ? Value{} : num_error("ParseBool", s, ParseError::Syntax, 0));
        break;
    }
    case NativeId::StrconvUnquote: {
        std::string out;
        bool ok = unquote_go(string_bytes(args[0]), out);
        results.push_back(ok ? make_string(std::move(out)) : Value{});
        results.push_back(ok ? Value{} : program_.err_syntax); // ErrSyntax itself, unwrapped
        break;
    }

    // [os]
    case NativeId::OsArgs: {
        std::vector<std::string> items = program_.os_args;
        if (items.empty()) {
            items.push_back(command_name(program_.file_name));
        }
        auto* array = static_cast<ArrayObject*>(hooks_.adopt(new ArrayObject()));
        for (std::string& item : items) {
            array->elems.push_back(make_string(std::move(item)));
        }
        auto* slice = static_cast<SliceObject*>(hooks_.adopt(new SliceObject()));
        slice->array = array;
        slice->len = slice->cap = static_cast<int64_t>(items.size());
        results.push_back(Value::make_object(slice));
        break;
    }
    case NativeId::IoEOF:
        results.push_back(program_.io_eof);
        break;
    case NativeId::OsStdout:
        results.push_back(program_.os_stdout);
        break;
    case NativeId::OsStderr:
        results.push_back(program_.os_stderr);
        break;
    case NativeId::OsFileWrite:
    case NativeId::OsFileWriteString: {
        StructObject* f = struct_of(args[0]);
        if (!f) {
            return fail(kNilDereference);
        }
        std::string bytes = id == NativeId::OsFileWrite ? byte_slice_text(args[1])
                                                        : std::string(string_bytes(args[1]));
        hooks_.write_output(g, static_cast<int>(f->fields[0].i), bytes);
        results.push_back(Value::make_int(static_cast<int64_t>(bytes.size())));
        results.push_back(Value{});
        break;
    }
    case NativeId::FmtFprint:
    case NativeId::FmtFprintln:
    case NativeId::FmtFprintf:
        assert(false && "vm: fmt.Fprint* run as compiled functions (codegen.cpp)");
        break;

    // [strings.Builder]
    case NativeId::BuilderWrite:
    case NativeId::BuilderWriteString:
    case NativeId::BuilderWriteByte:
    case NativeId::BuilderWriteRune:
    case NativeId::BuilderGrow:
    case NativeId::BuilderString:
    case NativeId::BuilderLen:
    case NativeId::BuilderReset: {
        StructObject* b = struct_of(args[0]);
        if (!b) {
            return fail(kNilDereference);
        }
        auto& fields = b->fields;
        if (id == NativeId::BuilderString || id == NativeId::BuilderLen) {
            int64_t n = fields[kBuilderLen].i;
            if (id == NativeId::BuilderLen) {
                results.push_back(Value::make_int(n));
            } else {
                std::string_view text = string_bytes(fields[kBuilderText]);
                results.push_back(make_string(std::string(text.substr(0, size_t(n)))));
            }
            break;
        }
        if (id == NativeId::BuilderReset) {
            fields[kBuilderAddr] = fields[kBuilderText] = Value{};
            fields[kBuilderLen] = Value::make_int(0);
            break;
        }
        // Go's copyCheck: a Builder remembers where it lives once written; a copy of a
        // written one may not write.
        if (fields[kBuilderAddr].kind != ValueKind::Object) {
            fields[kBuilderAddr] = Value::make_object(b);
        } else if (fields[kBuilderAddr].obj != b) {
            return fail("strings: illegal use of non-zero Builder copied by value");
        }
        if (id == NativeId::BuilderGrow && args[1].i < 0) {
            return fail("strings.Builder.Grow: negative count");
        }
        if (fields[kBuilderText].kind != ValueKind::Object) {
            fields[kBuilderText] = Value::make_object(hooks_.adopt(new StringObject("")));
        }
        std::string& text = static_cast<StringObject*>(fields[kBuilderText].obj)->bytes;
        size_t before = text.size();
        switch (id) {
        case NativeId::BuilderWriteString:
            text += string_bytes(args[1]);
            break;
        case NativeId::BuilderWrite:
            text += byte_slice_text(args[1]);
            break;
        case NativeId::BuilderWriteByte:
            text += static_cast<char>(args[1].i);
            break;
        case NativeId::BuilderWriteRune:
            text += encode_rune(args[1].i);
            break;
        default:
            text.reserve(text.size() + size_t(args[1].i));
            break;
        }
        fields[kBuilderLen] = Value::make_int(static_cast<int64_t>(text.size()));
        if (id == NativeId::BuilderWriteString || id == NativeId::BuilderWriteRune ||
            id == NativeId::BuilderWrite) {
            results.push_back(Value::make_int(static_cast<int64_t>(text.size() - before)));
        }
        if (id != NativeId::BuilderGrow) {
            results.push_back(Value{}); // a nil error
        }
        break;
    }

    // [bytes.Buffer] Its buf is a real []byte, grown as Go's Buffer grows it.
    case NativeId::BufferWrite:
    case NativeId::BufferWriteString:
    case NativeId::BufferWriteByte:
    case NativeId::BufferWriteRune:
    case NativeId::BufferString:
    case NativeId::BufferLen:
    case NativeId::BufferReset: {
        StructObject* b = struct_of(args[0]);
        if (!b && id == NativeId::BufferString) {
            results.push_back(make_string("<nil>")); // Go's String checks for a nil Buffer
            break;
        }
        if (!b) {
            // Go faults at the first field each method touches: lastRead for the writes
            // (0x20), buf's length for Len (0x8), buf itself for Reset.
            return fail(nil_dereference_at(id == NativeId::BufferLen     ? "0x8"
                                           : id == NativeId::BufferReset ? "0x0"
                                                                         : "0x20"));
        }
        Value& buf = b->fields[kBufferBuf];
        auto* old = buf.kind == ValueKind::Object ? static_cast<SliceObject*>(buf.obj) : nullptr;
        int64_t len = old ? old->len : 0;
        if (id == NativeId::BufferLen) {
            results.push_back(Value::make_int(len));
            break;
        }
        if (id == NativeId::BufferString) {
            results.push_back(make_string(byte_slice_text(buf)));
            break;
        }
        if (id == NativeId::BufferReset) {
            if (old) {
                buf = new_slice(kNoType, 0, 0);
                auto* s = static_cast<SliceObject*>(buf.obj);
                s->array = old->array;
                s->offset = old->offset;
                s->cap = old->cap;
            }
            break;
        }
        std::string bytes = id == NativeId::BufferWriteString ? std::string(string_bytes(args[1]))
                            : id == NativeId::BufferWrite     ? byte_slice_text(args[1])
                            : id == NativeId::BufferWriteByte ? std::string(1, char(args[1].i))
                                                              : encode_rune(args[1].i);
        auto n = static_cast<int64_t>(bytes.size());
        Value grown = new_slice(kNoType, 0, 0);
        auto* s = static_cast<SliceObject*>(grown.obj);
        if (old && len + n <= old->cap) {
            s->array = old->array;
            s->offset = old->offset;
            s->cap = old->cap;
        } else {
            // Go's Buffer.grow: 64 bytes to start with, then twice the old capacity plus
            // what is written (which decides what a copied Buffer shares with the original).
            constexpr int64_t kSmallBuffer = 64;
            s->cap = !old && n <= kSmallBuffer ? kSmallBuffer : 2 * (old ? old->cap : 0) + n;
            s->array->elems.resize(static_cast<size_t>(s->cap), Value::make_int(0));
            for (int64_t i = 0; i < len; i++) {
                s->array->elems[size_t(i)] = old->array->elems[size_t(old->offset + i)];
            }
        }
        for (int64_t i = 0; i < n; i++) {
            s->array->elems[size_t(s->offset + len + i)] =
                Value::make_int(static_cast<uint8_t>(bytes[size_t(i)]));
        }
        s->len = len + n;
        buf = grown;
        if (id != NativeId::BufferWriteByte) {
            results.push_back(Value::make_int(n));
        }
        results.push_back(Value{}); // a nil error
        break;
    }

    // [math/rand]
    case NativeId::RandNewSource: {
        auto* state = hooks_.adopt(new RandState(args[0].i));
        results.push_back(boxed("*rand.rngSource", {Value::make_object(state)}));
        break;
    }
    case NativeId::RandNew: {
        if (args[0].type != program_.library_type("*rand.rngSource") ||
            args[0].kind != ValueKind::Object) {
            return fail("not supported yet: a rand.Source that rand.NewSource did not make");
        }
        auto* r = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
        r->fields.push_back(args[0]);
        results.push_back(Value::make_object(r));
        break;
    }
    case NativeId::RngSourceInt63:
        results.push_back(Value::make_int(rand_of(args[0]).int63()));
        break;
    case NativeId::RngSourceSeed:
        rand_of(args[0]).seed_with(args[1].i);
        break;
    case NativeId::RandInt:
    case NativeId::RandPerm:
    case NativeId::RandShuffle:
    case NativeId::RandRandIntn:
    case NativeId::RandRandInt:
    case NativeId::RandRandFloat64:
    case NativeId::RandRandPerm:
    case NativeId::RandRandShuffle: {
        // The package functions use the global source (under the runtime's lock), a Rand its own.
        bool own = id >= NativeId::RandRandIntn;
        StructObject* r = own ? struct_of(args[0]) : nullptr;
        if (own && !r) {
            return fail(kNilDereference);
        }
        GoRand* rand = own ? &rand_of(r->fields[0]) : nullptr;
        auto int63 = [&] { return rand ? rand->int63() : hooks_.rand_int63(); };
        auto intn = [&](int64_t n) { return rand ? rand->intn(n) : hooks_.rand_intn(n); };
        const Value* rest = args.data() + (own ? 1 : 0);
        switch (id) {
        case NativeId::RandRandIntn:
            if (rest[0].i <= 0) {
                return fail("invalid argument to Intn");
            }
            results.push_back(Value::make_int(intn(rest[0].i)));
            break;
        case NativeId::RandInt:
        case NativeId::RandRandInt:
            results.push_back(Value::make_int(int63()));
            break;
        case NativeId::RandRandFloat64:
            results.push_back(Value::make_float(rand->float64()));
            break;
        case NativeId::RandPerm:
        case NativeId::RandRandPerm: {
            int64_t n = rest[0].i;
            if (n < 0) {
                // make([]int, n) is what panics in Go's Perm.
                return fail("runtime error: makeslice: len out of range");
            }
            std::vector<Value> m(static_cast<size_t>(n), Value::make_int(0));
            for (int64_t i = 0; i < n; i++) {
                int64_t j = intn(i + 1);
                m[size_t(i)] = m[size_t(j)];
                m[size_t(j)] = Value::make_int(i);
            }
            auto* array = static_cast<ArrayObject*>(hooks_.adopt(new ArrayObject()));
            array->elems = std::move(m);
            auto* slice = static_cast<SliceObject*>(hooks_.adopt(new SliceObject()));
            slice->array = array;
            slice->len = slice->cap = n;
            results.push_back(Value::make_object(slice));
            break;
        }
        default: { // Shuffle
            int64_t n = rest[0].i;
            if (n < 0) {
                return fail("invalid argument to Shuffle");
            }
            int64_t i = n - 1;
            for (; i > 0; i--) {
                int64_t j = i > (int64_t{1} << 31) - 2
                                ? intn(i + 1) // Int63n, as Go's Shuffle uses past 2^31
                                : shuffle_int31n(int63, static_cast<int32_t>(i + 1));
                Value ij[] = {Value::make_int(i), Value::make_int(j)};
                std::vector<Value> r;
                if (!call_func_value(g, rest[1], ij, r)) {
                    stop = ExecResult::Panic;
                    return false;
                }
            }
            break;
        }
        }
        break;
    }

    case NativeId::SortSearch: {
        // The smallest i in [0, n) for which f(i) is true, asking f exactly where Go asks.
        int64_t lo = 0;
        int64_t hi = args[0].i;
        while (lo < hi) {
            auto h = static_cast<int64_t>(static_cast<uint64_t>(lo + hi) >> 1);
            Value i = Value::make_int(h);
            std::vector<Value> r;
            if (!call_func_value(g, args[1], std::span<const Value>(&i, 1), r)) {
                stop = ExecResult::Panic;
                return false;
            }
            if (r[0].b) {
                hi = h;
            } else {
                lo = h + 1;
            }
        }
        results.push_back(Value::make_int(lo));
        break;
    }

    // [strings.Replacer]
    case NativeId::StringsNewReplacer: {
        std::span<const Value> oldnew = slice_elems(args[0]);
        if (oldnew.size() % 2 == 1) {
            return fail("strings.NewReplacer: odd argument count");
        }
        // A copy, as Go's: the caller may change its slice afterwards.
        Value pairs = new_slice(kNoType, int64_t(oldnew.size()), int64_t(oldnew.size()));
        auto* slice = static_cast<SliceObject*>(pairs.obj);
        std::copy(oldnew.begin(), oldnew.end(), slice->array->elems.begin());
        results.push_back(boxed("*strings.Replacer", {pairs}));
        break;
    }
    case NativeId::ReplacerReplace: {
        StructObject* r = struct_of(args[0]);
        if (!r) {
            return fail(kNilDereference);
        }
        std::string_view text = string_bytes(args[1]);
        std::string out = replace_pairs(text, slice_elems(r->fields[0]));
        results.push_back(out == text ? args[1] : make_string(std::move(out)));
        break;
    }

    // [strings.Reader] Go's methods, step for step (strings/reader.go).
    case NativeId::StringsNewReader:
        results.push_back(
            boxed("*strings.Reader", {args[0], Value::make_int(0), Value::make_int(-1)}));
        break;
    case NativeId::ReaderLen:
    case NativeId::ReaderSize:
    case NativeId::ReaderRead:
    case NativeId::ReaderReadByte:
    case NativeId::ReaderUnreadByte:
    case NativeId::ReaderReadRune:
    case NativeId::ReaderUnreadRune:
    case NativeId::ReaderReset: {
        StructObject* r = struct_of(args[0]);
        if (!r) {
            return fail(kNilDereference);
        }
        auto& f = r->fields;
        std::string_view text = string_bytes(f[kReaderText]);
        auto size = static_cast<int64_t>(text.size());
        int64_t at = f[kReaderOffset].i;
        auto set = [&](int64_t offset, int64_t prev_rune) {
            f[kReaderOffset] = Value::make_int(offset);
            f[kReaderPrevRune] = Value::make_int(prev_rune);
        };
        switch (id) {
        case NativeId::ReaderLen:
            results.push_back(Value::make_int(at >= size ? 0 : size - at));
            break;
        case NativeId::ReaderSize:
            results.push_back(Value::make_int(size));
            break;
        case NativeId::ReaderRead: {
            if (at >= size) {
                results.insert(results.end(), {Value::make_int(0), program_.io_eof});
                break;
            }
            std::span<Value> b = slice_elems(args[1]);
            auto n = std::min<int64_t>(int64_t(b.size()), size - at);
            for (int64_t k = 0; k < n; k++) {
                b[size_t(k)] = Value::make_int(static_cast<uint8_t>(text[size_t(at + k)]));
            }
            set(at + n, -1);
            results.insert(results.end(), {Value::make_int(n), Value{}});
            break;
        }
        case NativeId::ReaderReadByte:
            f[kReaderPrevRune] = Value::make_int(-1);
            if (at >= size) {
                results.insert(results.end(), {Value::make_int(0), program_.io_eof});
                break;
            }
            set(at + 1, -1);
            results.insert(results.end(),
                           {Value::make_int(static_cast<uint8_t>(text[size_t(at)])), Value{}});
            break;
        case NativeId::ReaderUnreadByte:
            if (at <= 0) {
                results.push_back(new_error("strings.Reader.UnreadByte: at beginning of string"));
                break;
            }
            set(at - 1, -1);
            results.push_back(Value{});
            break;
        case NativeId::ReaderReadRune: {
            if (at >= size) {
                f[kReaderPrevRune] = Value::make_int(-1);
                results.insert(results.end(),
                               {Value::make_int(0), Value::make_int(0), program_.io_eof});
                break;
            }
            DecodedRune d = decode_rune(text, size_t(at));
            set(at + d.width, at);
            results.insert(results.end(),
                           {Value::make_int(d.rune), Value::make_int(d.width), Value{}});
            break;
        }
        case NativeId::ReaderUnreadRune:
            if (at <= 0) {
                results.push_back(new_error("strings.Reader.UnreadRune: at beginning of string"));
                break;
            }
            if (f[kReaderPrevRune].i < 0) {
                results.push_back(
                    new_error("strings.Reader.UnreadRune: previous operation was not ReadRune"));
                break;
            }
            set(f[kReaderPrevRune].i, -1);
            results.push_back(Value{});
            break;
        default: // Reset
            f[kReaderText] = args[1];
            set(0, -1);
            break;
        }
        break;
    }

    case NativeId::SortSlice:
    case NativeId::SortSliceStable:
    case NativeId::SortSearchInts:
    case NativeId::SortSort:
    case NativeId::SortStable:
    case NativeId::SortIsSorted:
    case NativeId::SortReverse:
    case NativeId::ReverseLen:
    case NativeId::ReverseLess:
    case NativeId::ReverseSwap:
    case NativeId::IntSliceLen:
    case NativeId::IntSliceLess:
    case NativeId::IntSliceSwap:
    case NativeId::IntSliceSort:
    case NativeId::IntSliceSearch:
    case NativeId::StringSliceLen:
    case NativeId::StringSliceLess:
    case NativeId::StringSliceSwap:
    case NativeId::StringSliceSort:
    case NativeId::StringSliceSearch:
    case NativeId::Float64SliceLen:
    case NativeId::Float64SliceLess:
    case NativeId::Float64SliceSwap:
    case NativeId::Float64SliceSort:
    case NativeId::Float64SliceSearch:
        if (!call_sort(g, id, args, results)) {
            stop = ExecResult::Panic;
            return false;
        }
        break;
    case NativeId::PoolGet:
    case NativeId::PoolPut:
        if (!call_pool(g, id, args, results)) {
            stop = ExecResult::Panic;
            return false;
        }
        break;
    case NativeId::OsStdin:
        results.push_back(program_.os_stdin);
        break;
    case NativeId::OsFileRead:
    case NativeId::BufioNewScanner:
    case NativeId::ScannerScan:
    case NativeId::ScannerText:
    case NativeId::ScannerBytes:
    case NativeId::ScannerErr:
    case NativeId::ScannerSplit:
    case NativeId::ScannerBuffer:
    case NativeId::BufioScanLines:
    case NativeId::BufioScanWords:
    case NativeId::BufioScanRunes:
    case NativeId::BufioScanBytes:
        if (!call_bufio(g, id, args, results)) {
            stop = ExecResult::Panic;
            return false;
        }
        break;
    case NativeId::FmtSscan:
    case NativeId::FmtSscanln:
    case NativeId::FmtSscanf:
        if (!call_scan(g, id, args, results)) {
            stop = ExecResult::Panic;
            return false;
        }
        break;
    case NativeId::StringsMap:
    case NativeId::StringsIndexFunc:
    case NativeId::StringsLastIndexFunc:
    case NativeId::StringsTrimFunc:
    case NativeId::StringsTrimLeftFunc:
    case NativeId::StringsTrimRightFunc:
    case NativeId::StringsFieldsFunc:
        if (!call_strings_func(g, id, args, results)) {
            stop = ExecResult::Panic;
            return false;
        }
        break;
    default:
        if (id >= NativeId::TimeUTC) {
            if (!call_time(g, id, args, results)) {
                stop = ExecResult::Panic;
                return false;
            }
            break;
        }
        assert(false && "vm: unknown library native");
        break;
    }

    g.stack.resize(g.stack.size() - static_cast<size_t>(argc));
    g.stack.insert(g.stack.end(), results.begin(), results.end());
    return true;
}

} // namespace golab
