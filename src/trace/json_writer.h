// json_writer.h: a small streaming JSON writer for the state object and traces.
//
// It writes compact JSON into a std::string. Strings are escaped so that
// JSON.parse never throws, whatever bytes the Go program printed: control
// characters become escapes, valid UTF-8 passes through, and every byte that
// is not part of valid UTF-8 becomes \ufffd (one per byte, as Go's range loop
// decodes them). No ImGui here: unit tests link this file directly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace golab {

// Appends s to out as a quoted JSON string.
void append_json_string(std::string& out, std::string_view s);

// Writes one JSON value, inserting commas between members and elements.
// The caller pairs begin/end calls and gives a key before each object member;
// misuse is a bug in our code and trips an assert.
class JsonWriter {
  public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();

    // Starts an object member; the next value call gives its value.
    void key(std::string_view name);

    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(int64_t n);
    void value(int32_t n) { value(static_cast<int64_t>(n)); }
    void value(bool b);
    void null();

    // Writes an already formatted JSON number (the caller vouches for it).
    void number_text(std::string_view digits);

    // Returns the text written so far.
    const std::string& text() const { return out_; }
    std::string take() { return std::move(out_); }

  private:
    void before_value();

    std::string out_;
    // One entry per open container: 'o' object, 'a' array; and whether it
    // already holds a member, so the next one needs a comma.
    std::string open_;
    std::string has_member_;
    bool after_key_ = false;
};

// Returns ns / 1e6 as a JSON number with up to 6 decimals, exactly (no
// floating point): 1234567891 -> "1234.567891", 2000000 -> "2".
std::string ns_to_ms_text(int64_t ns);

} // namespace golab
