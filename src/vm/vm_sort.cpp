// vm_sort.cpp: sort.Slice, sort.SliceStable, sort.Sort, sort.Stable and sort.SearchInts.
//
// The less function (or the Less and Swap methods) is Go code, and for elements that compare
// equal the order Go leaves them in is visible, so these follow Go 1.19's algorithms step for
// step: pattern-defeating quicksort for Slice and Sort (insertion sort below 13 elements,
// Tukey's ninther, the xorshift that breaks patterns) and insertion-sorted blocks of 20 merged
// by SymMerge for SliceStable and Stable (Go generates both pairs from one template). The
// algorithms are C++20 coroutines that stop at each call back to Go: sort.Slice called from
// Go runs its less function as an ordinary call between two steps, so less may block and
// park the goroutine; the other paths answer on this stack (Vm::call_sync). A panic inside
// one stops the sort and unwinds as Go's would.
#include <bit>
#include <cassert>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <utility>

#if __has_include(<coroutine>)
#include <coroutine>
namespace golab::co {
using std::coroutine_handle;
using std::suspend_always;
} // namespace golab::co
#else
// Emscripten 3.1.6's libc++ has coroutines only as the experimental ones, which its clang 14
// still takes, with a warning that they go in LLVM 15.
#pragma clang diagnostic ignored "-Wdeprecated-experimental-coroutine"
#include <experimental/coroutine>
namespace golab::co {
using std::experimental::coroutine_handle;
using std::experimental::suspend_always;
} // namespace golab::co
#endif

#include "vm/data.h"
#include "vm/format.h"
#include "vm/vm.h"

namespace golab {

namespace detail {

// Where the coroutines of one routine hand over: each suspends and names the one to run
// next, and the driver's loop resumes it. NOTE: not symmetric transfer (a tail call from
// one coroutine to the next), which WebAssembly without its tail-call feature cannot do;
// and not a nested resume either, which would destroy a finished coroutine while it runs.
struct Trampoline {
    co::coroutine_handle<> next;
    // The one running on this thread: the coroutines it makes hand over through it.
    static inline thread_local Trampoline* current = nullptr;

    // Resumes first, and whatever it hands over to, until one suspends for good.
    void run(co::coroutine_handle<> first) {
        Trampoline* outer = std::exchange(current, this);
        next = first;
        while (next) {
            co::coroutine_handle<> h = next;
            next = nullptr;
            h.resume();
        }
        current = outer;
    }
};

// A coroutine of a Trampoline's owner (a member function) that runs when awaited and hands
// its result to the one awaiting it.
struct TaskPromiseBase {
    Trampoline* trampoline = Trampoline::current;
    co::coroutine_handle<> continuation;

    co::suspend_always initial_suspend() noexcept { return {}; }
    struct Final {
        bool await_ready() noexcept { return false; }
        template <class P> void await_suspend(co::coroutine_handle<P> h) noexcept {
            h.promise().trampoline->next = h.promise().continuation; // none for the first
        }
        void await_resume() noexcept {}
    };
    Final final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::abort(); }
};

template <class T> struct TaskPromise : TaskPromiseBase {
    T value{};
    void return_value(T v) { value = std::move(v); }
    T result() { return std::move(value); }
};
template <> struct TaskPromise<void> : TaskPromiseBase {
    void return_void() {}
    void result() {}
};

template <class T = void> class Task {
  public:
    struct promise_type : TaskPromise<T> {
        Task get_return_object() {
            return Task(co::coroutine_handle<promise_type>::from_promise(*this));
        }
    };
    using Handle = co::coroutine_handle<promise_type>;

    Task() = default;
    explicit Task(Handle h) : h_(h) {}
    Task(Task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
    Task& operator=(Task&& o) noexcept {
        if (this != &o) {
            if (h_) {
                h_.destroy();
            }
            h_ = std::exchange(o.h_, {});
        }
        return *this;
    }
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    // Destroying a task destroys the tasks it awaits too: they live in its frame.
    ~Task() {
        if (h_) {
            h_.destroy();
        }
    }

    bool await_ready() const noexcept { return false; }
    void await_suspend(co::coroutine_handle<> caller) noexcept {
        h_.promise().continuation = caller;
        h_.promise().trampoline->next = h_;
    }
    T await_resume() { return h_.promise().result(); }
    Handle handle() const { return h_; }

  private:
    Handle h_;
};

enum class SortedHint { Unknown, Increasing, Decreasing };

// One sort of Go 1.19's, run as a coroutine: it stops at each Less it needs (and each Swap,
// for sort.Sort), which its driver answers, on this stack or, for sort.Slice called from
// Go, by running the Go less function as an ordinary call that may block (see
// Vm::sort_slice_step). The algorithms read as Go's, with co_await where Go calls back.
class SortRoutine : public Trampoline {
  public:
    // native_swap, when set, swaps elements here (sort.Slice); without it the routine asks.
    explicit SortRoutine(std::function<void(int64_t, int64_t)> native_swap = {})
        : native_swap_(std::move(native_swap)) {}

    void begin_pdqsort(int64_t n) {
        Trampoline* outer = std::exchange(current, this); // the coroutine made takes it
        root_ = pdqsort(0, n, std::bit_width(uint64_t(n)));
        current = outer;
    }
    void begin_stable(int64_t n) {
        Trampoline* outer = std::exchange(current, this);
        root_ = stable(n);
        current = outer;
    }

    // Goes on with answer to the last Less asked (ignored at the start and after a Swap);
    // returns what the routine needs next, or that it is done. With inline_less, the first
    // `inline` Less questions go to it instead, answered without suspending: it returns 0 or
    // 1, or -1 when it could not answer (the question is then returned as without it).
    SortRequest step(bool answer, const std::function<int(int64_t, int64_t)>* inline_less = nullptr,
                     int inline_count = 0) {
        inline_less_ = inline_less;
        inline_left_ = inline_less ? inline_count : 0;
        answer_ = answer;
        co::coroutine_handle<> first = started_ ? waiting_ : root_.handle();
        started_ = true;
        run(first);
        if (root_.handle().done()) {
            return SortRequest{true, false, 0, 0};
        }
        return request_;
    }

  private:
    // What a co_await of less or swap suspends on.
    struct Ask {
        SortRoutine* r;
        bool swap;
        int64_t i, j;
        bool await_ready() {
            if (swap && r->native_swap_) {
                r->native_swap_(i, j); // NOTE: done here, so nothing suspends
                return true;
            }
            if (!swap && r->inline_left_ > 0) {
                int answer = (*r->inline_less_)(i, j);
                r->inline_left_ = answer < 0 ? 0 : r->inline_left_ - 1;
                r->answer_ = answer > 0;
                return answer >= 0;
            }
            return false;
        }
        void await_suspend(co::coroutine_handle<> h) {
            r->waiting_ = h;
            r->request_ = SortRequest{false, swap, i, j};
        }
        bool await_resume() const { return r->answer_; }
    };
    Ask less(int64_t i, int64_t j) { return Ask{this, false, i, j}; }
    Ask swap(int64_t i, int64_t j) { return Ask{this, true, i, j}; }

    std::function<void(int64_t, int64_t)> native_swap_;
    const std::function<int(int64_t, int64_t)>* inline_less_ = nullptr;
    int inline_left_ = 0;
    Task<> root_;
    co::coroutine_handle<> waiting_;
    SortRequest request_;
    bool answer_ = false;
    bool started_ = false;

  public:
    Task<> insertion_sort(int64_t a, int64_t b) {
        for (int64_t i = a + 1; i < b; i++) {
            for (int64_t j = i; j > a; j--) {
                if (bool is_less = co_await less(j, j - 1); !is_less) {
                    break;
                }
                co_await swap(j, j - 1);
            }
        }
    }

    Task<> sift_down(int64_t lo, int64_t hi, int64_t first) {
        int64_t root = lo;
        for (;;) {
            int64_t child = 2 * root + 1;
            if (child >= hi) {
                co_return;
            }
            if (child + 1 < hi) {
                if (bool is_less = co_await less(first + child, first + child + 1); is_less) {
                    child++;
                }
            }
            if (bool is_less = co_await less(first + root, first + child); !is_less) {
                co_return;
            }
            co_await swap(first + root, first + child);
            root = child;
        }
    }

    Task<> heap_sort(int64_t a, int64_t b) {
        int64_t first = a, lo = 0, hi = b - a;
        for (int64_t i = (hi - 1) / 2; i >= 0; i--) {
            co_await sift_down(i, hi, first);
        }
        for (int64_t i = hi - 1; i >= 0; i--) {
            co_await swap(first, first + i);
            co_await sift_down(lo, i, first);
        }
    }

    Task<> pdqsort(int64_t a, int64_t b, int limit) {
        constexpr int64_t kMaxInsertion = 12;
        bool was_balanced = true, was_partitioned = true;
        for (;;) {
            int64_t length = b - a;
            if (length <= kMaxInsertion) {
                co_await insertion_sort(a, b);
                co_return;
            }
            if (limit == 0) {
                co_await heap_sort(a, b);
                co_return;
            }
            if (!was_balanced) {
                co_await break_patterns(a, b);
                limit--;
            }
            // NOTE: g++ 12 miscompiles a co_await in a condition or a structured binding; so
            // conditions take it in an initialiser, and pairs are taken apart by hand.
            std::pair<int64_t, SortedHint> chosen = co_await choose_pivot(a, b);
            int64_t pivot = chosen.first;
            SortedHint hint = chosen.second;
            if (hint == SortedHint::Decreasing) {
                co_await reverse_range(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = SortedHint::Increasing;
            }
            if (was_balanced && was_partitioned && hint == SortedHint::Increasing) {
                if (bool done = co_await partial_insertion_sort(a, b); done) {
                    co_return;
                }
            }
            // Many elements equal to one before the range: put those first and skip them.
            if (a > 0) {
                if (bool is_less = co_await less(a - 1, pivot); !is_less) {
                    a = co_await partition_equal(a, b, pivot);
                    continue;
                }
            }
            std::pair<int64_t, bool> parted = co_await partition(a, b, pivot);
            int64_t mid = parted.first;
            bool already = parted.second;
            was_partitioned = already;
            int64_t left = mid - a, right = b - mid;
            int64_t balance_threshold = length / 8;
            if (left < right) {
                was_balanced = left >= balance_threshold;
                co_await pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                was_balanced = right >= balance_threshold;
                co_await pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }

    Task<std::pair<int64_t, bool>> partition(int64_t a, int64_t b, int64_t pivot) {
        co_await swap(a, pivot);
        int64_t i = a + 1, j = b - 1;
        while (i <= j) {
            if (bool is_less = co_await less(i, a); !is_less) {
                break;
            }
            i++;
        }
        while (i <= j) {
            if (bool is_less = co_await less(j, a); is_less) {
                break;
            }
            j--;
        }
        if (i > j) {
            co_await swap(j, a);
            co_return std::pair<int64_t, bool>(j, true);
        }
        co_await swap(i, j);
        i++;
        j--;
        for (;;) {
            while (i <= j) {
                if (bool is_less = co_await less(i, a); !is_less) {
                    break;
                }
                i++;
            }
            while (i <= j) {
                if (bool is_less = co_await less(j, a); is_less) {
                    break;
                }
                j--;
            }
            if (i > j) {
                break;
            }
            co_await swap(i, j);
            i++;
            j--;
        }
        co_await swap(j, a);
        co_return std::pair<int64_t, bool>(j, false);
    }

    Task<int64_t> partition_equal(int64_t a, int64_t b, int64_t pivot) {
        co_await swap(a, pivot);
        int64_t i = a + 1, j = b - 1;
        for (;;) {
            while (i <= j) {
                if (bool is_less = co_await less(a, i); is_less) {
                    break;
                }
                i++;
            }
            while (i <= j) {
                if (bool is_less = co_await less(a, j); !is_less) {
                    break;
                }
                j--;
            }
            if (i > j) {
                break;
            }
            co_await swap(i, j);
            i++;
            j--;
        }
        co_return i;
    }

    Task<bool> partial_insertion_sort(int64_t a, int64_t b) {
        constexpr int kMaxSteps = 5;
        constexpr int64_t kShortestShifting = 50;
        int64_t i = a + 1;
        for (int step = 0; step < kMaxSteps; step++) {
            while (i < b) {
                if (bool is_less = co_await less(i, i - 1); is_less) {
                    break;
                }
                i++;
            }
            if (i == b) {
                co_return true;
            }
            if (b - a < kShortestShifting) {
                co_return false;
            }
            co_await swap(i, i - 1);
            if (i - a >= 2) { // the smaller one goes left
                for (int64_t j = i - 1; j >= 1; j--) {
                    if (bool is_less = co_await less(j, j - 1); !is_less) {
                        break;
                    }
                    co_await swap(j, j - 1);
                }
            }
            if (b - i >= 2) { // the greater one goes right
                for (int64_t j = i + 1; j < b; j++) {
                    if (bool is_less = co_await less(j, j - 1); !is_less) {
                        break;
                    }
                    co_await swap(j, j - 1);
                }
            }
        }
        co_return false;
    }

    Task<> break_patterns(int64_t a, int64_t b) {
        int64_t length = b - a;
        if (length < 8) {
            co_return;
        }
        auto random = static_cast<uint64_t>(length); // Go's xorshift, seeded with the length
        uint64_t modulus = uint64_t{1} << std::bit_width(static_cast<uint64_t>(length));
        int64_t idx = a + (length / 4) * 2 - 1;
        for (int64_t i = 0; i < 3; i++) {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            auto other = static_cast<int64_t>(random & (modulus - 1));
            if (other >= length) {
                other -= length;
            }
            co_await swap(idx + i, a + other);
        }
    }

    Task<std::pair<int64_t, SortedHint>> choose_pivot(int64_t a, int64_t b) {
        constexpr int64_t kShortestNinther = 50;
        constexpr int kMaxSwaps = 4 * 3;
        int64_t l = b - a;
        int swaps = 0;
        int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= kShortestNinther) {
                i = co_await median(i - 1, i, i + 1, swaps);
                j = co_await median(j - 1, j, j + 1, swaps);
                k = co_await median(k - 1, k, k + 1, swaps);
            }
            j = co_await median(i, j, k, swaps);
        }
        if (swaps == 0) {
            co_return std::pair<int64_t, SortedHint>(j, SortedHint::Increasing);
        }
        co_return std::pair<int64_t, SortedHint>(j, swaps == kMaxSwaps ? SortedHint::Decreasing
                                                                       : SortedHint::Unknown);
    }

    Task<> order2(int64_t& a, int64_t& b, int& swaps) {
        if (bool is_less = co_await less(b, a); is_less) {
            swaps++;
            std::swap(a, b);
        }
    }

    Task<int64_t> median(int64_t a, int64_t b, int64_t c, int& swaps) {
        co_await order2(a, b, swaps);
        co_await order2(b, c, swaps);
        co_await order2(a, b, swaps);
        co_return b;
    }

    Task<> reverse_range(int64_t a, int64_t b) {
        for (int64_t i = a, j = b - 1; i < j; i++, j--) {
            co_await swap(i, j);
        }
    }

    Task<> stable(int64_t n) {
        int64_t block = 20;
        int64_t a = 0, b = block;
        while (b <= n) {
            co_await insertion_sort(a, b);
            a = b;
            b += block;
        }
        co_await insertion_sort(a, n);
        while (block < n) {
            a = 0;
            b = 2 * block;
            while (b <= n) {
                co_await sym_merge(a, a + block, b);
                a = b;
                b += 2 * block;
            }
            if (int64_t m = a + block; m < n) {
                co_await sym_merge(a, m, n);
            }
            block *= 2;
        }
    }

    // Merges the sorted ranges [a, m) and [m, b) in place (Kim and Kutzner's SymMerge).
    Task<> sym_merge(int64_t a, int64_t m, int64_t b) {
        if (m - a == 1) {
            int64_t i = m, j = b;
            while (i < j) {
                int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
                if (bool is_less = co_await less(h, a); is_less) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int64_t k = a; k < i - 1; k++) {
                co_await swap(k, k + 1);
            }
            co_return;
        }
        if (b - m == 1) {
            int64_t i = a, j = m;
            while (i < j) {
                int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
                if (bool is_less = co_await less(m, h); !is_less) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int64_t k = m; k > i; k--) {
                co_await swap(k, k - 1);
            }
            co_return;
        }
        int64_t mid = static_cast<int64_t>(static_cast<uint64_t>(a + b) >> 1);
        int64_t n = mid + m;
        int64_t start = 0, r = 0;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int64_t p = n - 1;
        while (start < r) {
            int64_t c = static_cast<int64_t>(static_cast<uint64_t>(start + r) >> 1);
            if (bool is_less = co_await less(p - c, c); !is_less) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int64_t end = n - start;
        if (start < m && m < end) {
            co_await rotate(start, m, end);
        }
        if (a < start && start < mid) {
            co_await sym_merge(a, start, mid);
        }
        if (mid < end && end < b) {
            co_await sym_merge(mid, end, b);
        }
    }

    Task<> rotate(int64_t a, int64_t m, int64_t b) {
        int64_t i = m - a, j = b - m;
        while (i != j) {
            if (i > j) {
                co_await swap_range(m - i, m, j);
                i -= j;
            } else {
                co_await swap_range(m - i, m + j - i, i);
                j -= i;
            }
        }
        co_await swap_range(m - i, m, i);
    }

    Task<> swap_range(int64_t a, int64_t b, int64_t n) {
        for (int64_t i = 0; i < n; i++) {
            co_await swap(a + i, b + i);
        }
    }
};

} // namespace detail

using detail::SortRoutine;

SorterObject::SorterObject() : Object(ObjectKind::Sorter) {}
SorterObject::~SorterObject() = default;

namespace {

// Runs a sort routine to its end on this goroutine, asking less and swap (Go code run by
// call_sync, which cannot park); false when one of them panicked.
template <class LessFn, class SwapFn> bool run_sync(SortRoutine& r, LessFn less, SwapFn swap) {
    bool answer = false;
    for (;;) {
        SortRequest q = r.step(answer);
        if (q.done) {
            return true;
        }
        if (q.swap ? !swap(q.i, q.j) : !less(q.i, q.j, answer)) {
            return false;
        }
    }
}

// Which of sort's slice types a method native belongs to, and its method.
enum class SliceType { Int, String, Float64 };
enum class SliceMethod { Len, Less, Swap, Sort, Search };

std::pair<SliceType, SliceMethod> slice_method(NativeId id) {
    constexpr int kMethods = 5; // natives.h lists Len, Less, Swap, Sort, Search per type
    int k = int(id) - int(NativeId::IntSliceLen);
    return {SliceType(k / kMethods), SliceMethod(k % kMethods)};
}

// The Less of IntSlice, StringSlice and Float64Slice (whose Less puts NaNs first).
bool slice_less(SliceType t, const Value& a, const Value& b) {
    switch (t) {
    case SliceType::Int:
        return a.i < b.i;
    case SliceType::String:
        return string_bytes(a) < string_bytes(b);
    case SliceType::Float64:
        return a.f < b.f || (std::isnan(a.f) && !std::isnan(b.f));
    }
    return false;
}

} // namespace

// sort.Reverse's methods: data's own, asked through the interface it embeds, with Less's
// indices exchanged. A nil Interface faults where Go reads the method from its nil itab.
bool Vm::call_sort_reverse(Goroutine& g, NativeId id, std::span<Value> args,
                           std::vector<Value>& results) {
    if (id == NativeId::SortReverse) {
        auto* r = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
        r->fields.push_back(args[0]);
        Value v = Value::make_object(r);
        v.type = program_.library_type("*sort.reverse");
        assert(v.type != kNoType && "vm: sort.Reverse without its type registered");
        results.push_back(v);
        return true;
    }
    if (args[0].kind != ValueKind::Object || !args[0].obj) {
        g.panic_message = kNilDereference;
        return false;
    }
    const Value data = static_cast<StructObject*>(args[0].obj)->fields[0];
    const char* name = id == NativeId::ReverseLen    ? "Len"
                       : id == NativeId::ReverseLess ? "Less"
                                                     : "Swap";
    std::vector<Value> call_args;
    if (id == NativeId::ReverseLess) {
        call_args = {args[2], args[1]};
    } else if (id == NativeId::ReverseSwap) {
        call_args = {args[1], args[2]};
    }
    bool found = false;
    if (!call_method(g, data, name, call_args, results, found)) {
        return false;
    }
    if (!found) {
        // sort.Interface's itab holds Len, Less and Swap from offset 0x18 on.
        g.panic_message = nil_dereference_at(id == NativeId::ReverseLen    ? "0x18"
                                             : id == NativeId::ReverseLess ? "0x20"
                                                                           : "0x28");
        return false;
    }
    return true;
}

// The methods of IntSlice, StringSlice and Float64Slice, as Go's sort.go writes them: Sort
// is sort.Sort on the slice itself, so it runs Go's own pdqsort with the type's Less, and
// equal elements Go can tell apart (0 and -0) end where Go's leave them.
bool Vm::call_sort_slice_type(Goroutine& g, NativeId id, std::span<Value> args,
                              std::vector<Value>& results) {
    // NOTE: not a structured binding: clang 14 (Emscripten's) lets no lambda capture one.
    const std::pair<SliceType, SliceMethod> which = slice_method(id);
    const SliceType type = which.first;
    const SliceMethod method = which.second;
    auto* slice =
        args[0].kind == ValueKind::Object ? static_cast<SliceObject*>(args[0].obj) : nullptr;
    const int64_t n = slice ? slice->len : 0;
    Value* elems = slice ? slice->array->elems.data() + slice->offset : nullptr;
    // x[i] then x[j], as Go's Less and Swap index them.
    auto in_range = [&](int64_t i, int64_t j) {
        for (int64_t k : {i, j}) {
            if (k < 0 || k >= n) {
                g.panic_message = index_error(k, n);
                return false;
            }
        }
        return true;
    };
    switch (method) {
    case SliceMethod::Len:
        results.push_back(Value::make_int(n));
        return true;
    case SliceMethod::Less:
        if (!in_range(args[1].i, args[2].i)) {
            return false;
        }
        results.push_back(Value::make_bool(slice_less(type, elems[args[1].i], elems[args[2].i])));
        return true;
    case SliceMethod::Swap:
        if (!in_range(args[1].i, args[2].i)) {
            return false;
        }
        std::swap(elems[args[1].i], elems[args[2].i]);
        return true;
    case SliceMethod::Sort: {
        SortRoutine routine;
        routine.begin_pdqsort(n);
        return run_sync(
            routine,
            [&](int64_t i, int64_t j, bool& out) {
                out = slice_less(type, elems[i], elems[j]);
                return true;
            },
            [&](int64_t i, int64_t j) {
                std::swap(elems[i], elems[j]);
                return true;
            });
    }
    case SliceMethod::Search: {
        // The smallest index whose element is >= x: Go's predicate, which a NaN fails.
        int64_t lo = 0, hi = n;
        while (lo < hi) {
            auto h = static_cast<int64_t>(static_cast<uint64_t>(lo + hi) >> 1);
            const Value& e = elems[h];
            bool at_least = type == SliceType::Int      ? e.i >= args[1].i
                            : type == SliceType::String ? string_bytes(e) >= string_bytes(args[1])
                                                        : e.f >= args[1].f;
            if (at_least) {
                hi = h;
            } else {
                lo = h + 1;
            }
        }
        results.push_back(Value::make_int(lo));
        return true;
    }
    }
    return false;
}

bool Vm::call_sort(Goroutine& g, NativeId id, std::span<Value> args, std::vector<Value>& results) {
    if (id >= NativeId::SortReverse && id <= NativeId::ReverseSwap) {
        return call_sort_reverse(g, id, args, results);
    }
    if (id >= NativeId::IntSliceLen && id <= NativeId::Float64SliceSearch) {
        return call_sort_slice_type(g, id, args, results);
    }
    auto elements = [](const Value& v) -> std::pair<Value*, int64_t> {
        if (v.kind != ValueKind::Object || !v.obj) {
            return {nullptr, 0};
        }
        auto* s = static_cast<SliceObject*>(v.obj);
        return {s->array->elems.data() + s->offset, s->len};
    };

    if (id == NativeId::SortSearchInts) {
        // The smallest index whose element is >= x (binary search, as sort.Search).
        auto [elems, n] = elements(args[0]);
        int64_t lo = 0, hi = n;
        while (lo < hi) {
            int64_t h = static_cast<int64_t>(static_cast<uint64_t>(lo + hi) >> 1);
            if (elems[h].i < args[1].i) {
                lo = h + 1;
            } else {
                hi = h;
            }
        }
        results.push_back(Value::make_int(lo));
        return true;
    }

    if (id == NativeId::SortSort || id == NativeId::SortStable || id == NativeId::SortIsSorted) {
        return sort_interface(g, id, args[0], results);
    }

    // sort.Slice and SliceStable run here only as values (go, defer, a func variable): called
    // from Go, they run as sort_slice_start and sort_slice_step, whose less may block.
    auto* sorter = static_cast<SorterObject*>(sort_slice_start(g, args[0], id).obj);
    if (!sorter) {
        return false;
    }
    Value less_fn = args[1];
    auto less = [&](int64_t i, int64_t j, bool& out) {
        Value ij[] = {Value::make_int(i), Value::make_int(j)};
        std::vector<Value> r;
        if (!call_func_value(g, less_fn, ij, r)) {
            return false;
        }
        out = !r.empty() && r[0].b;
        return true;
    };
    return run_sync(*sorter->routine, less, [](int64_t, int64_t) { return true; });
}

Value Vm::sort_slice_start(Goroutine& g, const Value& x, NativeId id) {
    // x arrives boxed as any: it must hold a slice.
    TypeKind kind = program_.types[static_cast<size_t>(x.type)].kind;
    if (x.type == kNoType || kind != TypeKind::Slice) {
        g.panic_message = "reflect: call of Swapper on " +
                          (x.type == kNoType ? std::string("zero") : type_name(x.type)) + " Value";
        return Value{};
    }
    auto* sorter = static_cast<SorterObject*>(hooks_.adopt(new SorterObject()));
    sorter->slice = x;
    auto* slice = x.kind == ValueKind::Object ? static_cast<SliceObject*>(x.obj) : nullptr;
    int64_t n = slice ? slice->len : 0;
    // Swapped where the slice's elements are, found again each time: less may have appended.
    sorter->routine = std::make_unique<SortRoutine>([slice](int64_t i, int64_t j) {
        Value* elems = slice->array->elems.data() + slice->offset;
        std::swap(elems[i], elems[j]);
    });
    if (id == NativeId::SortSliceStable) {
        sorter->routine->begin_stable(n);
    } else {
        sorter->routine->begin_pdqsort(n);
    }
    return Value::make_object(sorter);
}

SortRequest Vm::sort_slice_step(const Value& sorter, bool answer) {
    return static_cast<SorterObject*>(sorter.obj)->routine->step(answer);
}

// The fast path of sort.Slice's loop: less is called here, on this stack, as long as it
// returns without parking (almost every less does), which saves the routine's suspending, the
// loop's own instructions and a native call per comparison. A less that parks stays parked
// where it is, and its frame returns to the loop as if the loop had called it. After
// kInlineLess answers the loop asks once itself, so that the sort stays preemptible at the
// loop's instruction budget.
bool Vm::sort_slice_steps(Goroutine& g, int32_t argc, ExecResult& stop) {
    constexpr int kInlineLess = 64;
    Value sorter = g.stack[g.stack.size() - 3];
    bool answer = g.stack[g.stack.size() - 2].b;
    Value less = g.stack[g.stack.size() - 1];
    g.stack.resize(g.stack.size() - size_t(argc));
    auto* closure =
        less.kind == ValueKind::Object ? static_cast<ClosureObject*>(less.obj) : nullptr;
    size_t loop_frame = g.frames.size() - 1;

    bool parked = false, panicked = false, exited = false;
    std::vector<Value> results;
    std::function<int(int64_t, int64_t)> inline_less = [&](int64_t i, int64_t j) {
        Value ij[] = {Value::make_int(i), Value::make_int(j)};
        results.clear();
        if (!call_sync(g, closure->function, ij, results, closure, &parked)) {
            panicked = !parked;
            return -1;
        }
        // os.Exit inside less ends the run with less's frames still on g.
        if (g.frames.size() != loop_frame + 1) {
            exited = true;
            return -1;
        }
        return int(!results.empty() && results[0].b);
    };
    // A nil less panics in the loop's own call, as Go's does.
    SortRequest q = static_cast<SorterObject*>(sorter.obj)
                        ->routine->step(answer, closure ? &inline_less : nullptr, kInlineLess);
    if (panicked || exited) {
        stop = panicked ? ExecResult::Panic : ExecResult::Exit;
        return false;
    }
    if (parked) {
        Frame& loop = g.frames[loop_frame];
        loop.pc += kSortStepToAnswer;
        assert(loop.function->code[size_t(loop.pc) - 1].op == Op::CallValue &&
               "vm: sort.Slice's loop is not the one codegen makes");
        stop = ExecResult::Park;
        return false;
    }
    g.stack.push_back(Value::make_int(q.i));
    g.stack.push_back(Value::make_int(q.j));
    g.stack.push_back(Value::make_bool(!q.done));
    return true;
}

// sort.Sort, sort.Stable and sort.IsSorted: data's own Len, Less and Swap, found once and
// called as Go would call them through the interface (a value receiver gets a copy each time).
bool Vm::sort_interface(Goroutine& g, NativeId id, const Value& data, std::vector<Value>& results) {
    bool len_deref = false, less_deref = false, swap_deref = false;
    int32_t len_fn = method_named(data, "Len", len_deref);
    int32_t less_fn = method_named(data, "Less", less_deref);
    int32_t swap_fn = method_named(data, "Swap", swap_deref);
    if (len_fn < 0 || less_fn < 0 || swap_fn < 0) {
        // A nil sort.Interface (the checker allows no other). Go faults reading Len, the
        // first method, from a nil itab: at address 0x18, which its signal line shows.
        g.panic_message = nil_dereference_at("0x18");
        return false;
    }

    std::vector<Value> r;
    if (!call_method_fn(g, len_fn, len_deref, data, {}, r)) {
        return false;
    }
    int64_t n = r.empty() ? 0 : r[0].i;
    auto less = [&](int64_t i, int64_t j, bool& out) {
        Value ij[] = {Value::make_int(i), Value::make_int(j)};
        std::vector<Value> res;
        if (!call_method_fn(g, less_fn, less_deref, data, ij, res)) {
            return false;
        }
        out = !res.empty() && res[0].b;
        return true;
    };
    auto swap = [&](int64_t i, int64_t j) {
        Value ij[] = {Value::make_int(i), Value::make_int(j)};
        std::vector<Value> res;
        return call_method_fn(g, swap_fn, swap_deref, data, ij, res);
    };
    if (id == NativeId::SortIsSorted) {
        bool sorted = true; // from the end, as Go asks
        for (int64_t i = n - 1; i > 0 && sorted; i--) {
            bool out = false;
            if (!less(i, i - 1, out)) {
                return false;
            }
            sorted = !out;
        }
        results.push_back(Value::make_bool(sorted));
        return true;
    }
    SortRoutine routine;
    if (id == NativeId::SortSort) {
        routine.begin_pdqsort(n);
    } else {
        routine.begin_stable(n);
    }
    return run_sync(routine, less, swap);
}

} // namespace golab
