// value_stack.h: a goroutine's locals and operand stack, one growable array of Values.
//
// It offers the few std::vector operations the VM and the natives use, and one
// thing a vector cannot: the interpreter loop keeps the top of the stack in a
// register (Vm::run) and writes it back with set_top() before anything else
// looks at the stack. Values are trivially copyable, so growing is a memcpy.
#pragma once

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

#include "vm/value.h"

namespace golab {

static_assert(std::is_trivially_copyable_v<Value> && std::is_trivially_destructible_v<Value>,
              "ValueStack moves Values with memcpy");

class ValueStack {
  public:
    ValueStack() = default;
    ValueStack(const ValueStack&) = delete;
    ValueStack& operator=(const ValueStack&) = delete;
    ~ValueStack() { std::free(data_); }

    size_t size() const { return static_cast<size_t>(top_ - data_); }
    bool empty() const { return top_ == data_; }
    size_t capacity() const { return static_cast<size_t>(limit_ - data_); }

    Value* data() { return data_; }
    const Value* data() const { return data_; }
    Value* begin() { return data_; }
    Value* end() { return top_; }
    const Value* begin() const { return data_; }
    const Value* end() const { return top_; }
    Value& operator[](size_t i) { return data_[i]; }
    const Value& operator[](size_t i) const { return data_[i]; }
    Value& back() { return top_[-1]; }

    void push_back(const Value& v) {
        if (top_ == limit_) {
            Value copy = v; // v may live in this stack
            grow(1);
            *top_++ = copy;
            return;
        }
        *top_++ = v;
    }
    void pop_back() { top_--; }
    void clear() { top_ = data_; }

    // Grows or shrinks to n values; new ones are the zero Value (nil).
    void resize(size_t n) {
        size_t old = size();
        if (n > capacity()) {
            grow(n - old);
        }
        for (Value* p = data_ + old; p < data_ + n; p++) {
            *p = Value{};
        }
        top_ = data_ + n;
    }
    void reserve(size_t n) {
        if (n > capacity()) {
            grow(n - size());
        }
    }

    // Inserts [first, last) before pos; the range must not point into this stack.
    template <typename It> void insert(Value* pos, It first, It last) {
        auto n = static_cast<size_t>(last - first);
        size_t at = static_cast<size_t>(pos - data_);
        reserve(size() + n);
        std::memmove(data_ + at + n, data_ + at, (size() - at) * sizeof(Value));
        for (size_t k = 0; k < n; k++, ++first) {
            data_[at + k] = *first;
        }
        top_ += n;
    }
    void insert(Value* pos, const Value& v) { insert(pos, &v, &v + 1); }
    void erase(Value* pos) {
        std::memmove(pos, pos + 1, static_cast<size_t>(top_ - pos - 1) * sizeof(Value));
        top_--;
    }

    // Frees the memory of a goroutine that is done.
    void release() {
        std::free(data_);
        data_ = top_ = limit_ = nullptr;
    }

    // For the interpreter loop, which caches the top: see the file comment.
    Value* top() const { return top_; }
    Value* limit() const { return limit_; }
    void set_top(Value* top) {
        assert(top >= data_ && top <= limit_ && "operand stack out of its buffer");
        top_ = top;
    }

    // Makes room for at least n more values above the top (may move the buffer).
    void grow(size_t n) {
        size_t used = size();
        size_t want = capacity() * 2;
        if (want < used + n) {
            want = used + n;
        }
        if (want < 8) {
            want = 8;
        }
        auto* p = static_cast<Value*>(std::malloc(want * sizeof(Value)));
        if (!p) {
            throw std::bad_alloc();
        }
        if (used > 0) {
            std::memcpy(static_cast<void*>(p), data_, used * sizeof(Value));
        }
        std::free(data_);
        data_ = p;
        top_ = p + used;
        limit_ = p + want;
    }

  private:
    Value* data_ = nullptr;
    Value* top_ = nullptr;
    Value* limit_ = nullptr;
};

} // namespace golab
