// vm_sort.cpp: sort.Slice, sort.SliceStable, sort.Sort, sort.Stable and sort.SearchInts.
//
// The less function (or the Less and Swap methods) is Go code, and for elements that compare
// equal the order Go leaves them in is visible, so these follow Go 1.19's algorithms step for
// step: pattern-defeating quicksort for Slice and Sort (insertion sort below 13 elements,
// Tukey's ninther, the xorshift that breaks patterns) and insertion-sorted blocks of 20 merged
// by SymMerge for SliceStable and Stable (Go generates both pairs from one template). Every
// call goes back to Go on the calling goroutine; a panic inside one stops the sort and
// unwinds as Go's would.
#include <bit>
#include <functional>

#include "vm/vm.h"

namespace golab {

namespace {

enum class SortedHint { Unknown, Increasing, Decreasing };

// One sort with Go's less and swap: a slice's elements with a Go less function, or a
// sort.Interface's Less and Swap methods.
class GoSorter {
  public:
    // less(i, j, out) calls Go; false when it panicked. swap(i, j) likewise.
    using Less = std::function<bool(int64_t, int64_t, bool&)>;
    using Swap = std::function<bool(int64_t, int64_t)>;
    GoSorter(Less less, Swap swap) : less_(std::move(less)), swap_(std::move(swap)) {}

    bool failed = false; // less panicked: the sort winds down without calling it again

    bool less(int64_t i, int64_t j) {
        if (failed) {
            return false;
        }
        bool r = false;
        if (!less_(i, j, r)) {
            failed = true;
            return false;
        }
        return r;
    }
    void swap(int64_t i, int64_t j) {
        if (!failed && !swap_(i, j)) {
            failed = true;
        }
    }

    void insertion_sort(int64_t a, int64_t b) {
        for (int64_t i = a + 1; i < b; i++) {
            for (int64_t j = i; j > a && less(j, j - 1); j--) {
                swap(j, j - 1);
            }
        }
    }

    void sift_down(int64_t lo, int64_t hi, int64_t first) {
        int64_t root = lo;
        for (;;) {
            int64_t child = 2 * root + 1;
            if (child >= hi) {
                return;
            }
            if (child + 1 < hi && less(first + child, first + child + 1)) {
                child++;
            }
            if (!less(first + root, first + child)) {
                return;
            }
            swap(first + root, first + child);
            root = child;
        }
    }

    void heap_sort(int64_t a, int64_t b) {
        int64_t first = a, lo = 0, hi = b - a;
        for (int64_t i = (hi - 1) / 2; i >= 0; i--) {
            sift_down(i, hi, first);
        }
        for (int64_t i = hi - 1; i >= 0; i--) {
            swap(first, first + i);
            sift_down(lo, i, first);
        }
    }

    void pdqsort(int64_t a, int64_t b, int limit) {
        constexpr int64_t kMaxInsertion = 12;
        bool was_balanced = true, was_partitioned = true;
        for (;;) {
            int64_t length = b - a;
            if (length <= kMaxInsertion) {
                insertion_sort(a, b);
                return;
            }
            if (limit == 0) {
                heap_sort(a, b);
                return;
            }
            if (!was_balanced) {
                break_patterns(a, b);
                limit--;
            }
            auto [pivot, hint] = choose_pivot(a, b);
            if (hint == SortedHint::Decreasing) {
                reverse_range(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = SortedHint::Increasing;
            }
            if (was_balanced && was_partitioned && hint == SortedHint::Increasing &&
                partial_insertion_sort(a, b)) {
                return;
            }
            // Many elements equal to one before the range: put those first and skip them.
            if (a > 0 && !less(a - 1, pivot)) {
                a = partition_equal(a, b, pivot);
                continue;
            }
            auto [mid, already] = partition(a, b, pivot);
            was_partitioned = already;
            int64_t left = mid - a, right = b - mid;
            int64_t balance_threshold = length / 8;
            if (left < right) {
                was_balanced = left >= balance_threshold;
                pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                was_balanced = right >= balance_threshold;
                pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }

    std::pair<int64_t, bool> partition(int64_t a, int64_t b, int64_t pivot) {
        swap(a, pivot);
        int64_t i = a + 1, j = b - 1;
        while (i <= j && less(i, a)) {
            i++;
        }
        while (i <= j && !less(j, a)) {
            j--;
        }
        if (i > j) {
            swap(j, a);
            return {j, true};
        }
        swap(i, j);
        i++;
        j--;
        for (;;) {
            while (i <= j && less(i, a)) {
                i++;
            }
            while (i <= j && !less(j, a)) {
                j--;
            }
            if (i > j) {
                break;
            }
            swap(i, j);
            i++;
            j--;
        }
        swap(j, a);
        return {j, false};
    }

    int64_t partition_equal(int64_t a, int64_t b, int64_t pivot) {
        swap(a, pivot);
        int64_t i = a + 1, j = b - 1;
        for (;;) {
            while (i <= j && !less(a, i)) {
                i++;
            }
            while (i <= j && less(a, j)) {
                j--;
            }
            if (i > j) {
                break;
            }
            swap(i, j);
            i++;
            j--;
        }
        return i;
    }

    bool partial_insertion_sort(int64_t a, int64_t b) {
        constexpr int kMaxSteps = 5;
        constexpr int64_t kShortestShifting = 50;
        int64_t i = a + 1;
        for (int step = 0; step < kMaxSteps; step++) {
            while (i < b && !less(i, i - 1)) {
                i++;
            }
            if (i == b) {
                return true;
            }
            if (b - a < kShortestShifting) {
                return false;
            }
            swap(i, i - 1);
            if (i - a >= 2) { // the smaller one goes left
                for (int64_t j = i - 1; j >= 1; j--) {
                    if (!less(j, j - 1)) {
                        break;
                    }
                    swap(j, j - 1);
                }
            }
            if (b - i >= 2) { // the greater one goes right
                for (int64_t j = i + 1; j < b; j++) {
                    if (!less(j, j - 1)) {
                        break;
                    }
                    swap(j, j - 1);
                }
            }
        }
        return false;
    }

    void break_patterns(int64_t a, int64_t b) {
        int64_t length = b - a;
        if (length < 8) {
            return;
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
            swap(idx + i, a + other);
        }
    }

    std::pair<int64_t, SortedHint> choose_pivot(int64_t a, int64_t b) {
        constexpr int64_t kShortestNinther = 50;
        constexpr int kMaxSwaps = 4 * 3;
        int64_t l = b - a;
        int swaps = 0;
        int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= kShortestNinther) {
                i = median(i - 1, i, i + 1, swaps);
                j = median(j - 1, j, j + 1, swaps);
                k = median(k - 1, k, k + 1, swaps);
            }
            j = median(i, j, k, swaps);
        }
        if (swaps == 0) {
            return {j, SortedHint::Increasing};
        }
        return {j, swaps == kMaxSwaps ? SortedHint::Decreasing : SortedHint::Unknown};
    }

    void order2(int64_t& a, int64_t& b, int& swaps) {
        if (less(b, a)) {
            swaps++;
            std::swap(a, b);
        }
    }

    int64_t median(int64_t a, int64_t b, int64_t c, int& swaps) {
        order2(a, b, swaps);
        order2(b, c, swaps);
        order2(a, b, swaps);
        return b;
    }

    void reverse_range(int64_t a, int64_t b) {
        for (int64_t i = a, j = b - 1; i < j; i++, j--) {
            swap(i, j);
        }
    }

    void stable(int64_t n) {
        int64_t block = 20;
        int64_t a = 0, b = block;
        while (b <= n) {
            insertion_sort(a, b);
            a = b;
            b += block;
        }
        insertion_sort(a, n);
        while (block < n) {
            a = 0;
            b = 2 * block;
            while (b <= n) {
                sym_merge(a, a + block, b);
                a = b;
                b += 2 * block;
            }
            if (int64_t m = a + block; m < n) {
                sym_merge(a, m, n);
            }
            block *= 2;
        }
    }

    // Merges the sorted ranges [a, m) and [m, b) in place (Kim and Kutzner's SymMerge).
    void sym_merge(int64_t a, int64_t m, int64_t b) {
        if (m - a == 1) {
            int64_t i = m, j = b;
            while (i < j) {
                int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
                if (less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int64_t k = a; k < i - 1; k++) {
                swap(k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            int64_t i = a, j = m;
            while (i < j) {
                int64_t h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
                if (!less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int64_t k = m; k > i; k--) {
                swap(k, k - 1);
            }
            return;
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
            if (!less(p - c, c)) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int64_t end = n - start;
        if (start < m && m < end) {
            rotate(start, m, end);
        }
        if (a < start && start < mid) {
            sym_merge(a, start, mid);
        }
        if (mid < end && end < b) {
            sym_merge(mid, end, b);
        }
    }

    void rotate(int64_t a, int64_t m, int64_t b) {
        int64_t i = m - a, j = b - m;
        while (i != j) {
            if (i > j) {
                swap_range(m - i, m, j);
                i -= j;
            } else {
                swap_range(m - i, m + j - i, i);
                j -= i;
            }
        }
        swap_range(m - i, m, i);
    }

    void swap_range(int64_t a, int64_t b, int64_t n) {
        for (int64_t i = 0; i < n; i++) {
            swap(a + i, b + i);
        }
    }

  private:
    Less less_;
    Swap swap_;
};

} // namespace

bool Vm::call_sort(Goroutine& g, NativeId id, std::span<Value> args, std::vector<Value>& results) {
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

    // x arrives boxed as any: it must hold a slice.
    const Value& x = args[0];
    TypeKind kind = program_.types[static_cast<size_t>(x.type)].kind;
    if (x.type == kNoType || kind != TypeKind::Slice) {
        g.panic_message = "reflect: call of Swapper on " +
                          (x.type == kNoType ? std::string("zero") : type_name(x.type)) + " Value";
        return false;
    }
    auto [elems, n] = elements(x);
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
    GoSorter sorter(less, [elems = elems](int64_t i, int64_t j) {
        std::swap(elems[i], elems[j]);
        return true;
    });
    if (id == NativeId::SortSlice) {
        sorter.pdqsort(0, n, std::bit_width(static_cast<uint64_t>(n)));
    } else {
        sorter.stable(n);
    }
    return !sorter.failed;
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
    GoSorter sorter(less, swap);
    if (id == NativeId::SortIsSorted) {
        bool sorted = true; // from the end, as Go asks
        for (int64_t i = n - 1; i > 0 && sorted; i--) {
            sorted = !sorter.less(i, i - 1);
        }
        results.push_back(Value::make_bool(sorted));
        return !sorter.failed;
    }
    if (id == NativeId::SortSort) {
        sorter.pdqsort(0, n, std::bit_width(static_cast<uint64_t>(n)));
    } else {
        sorter.stable(n);
    }
    return !sorter.failed;
}

} // namespace golab
