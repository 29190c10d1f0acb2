// lib_unicode.cpp: package unicode's classes and case mappings (the functions library.h
// lists), from Go's own tables (src/vm/unicode_tables.inc through text.h).
#include "vm/library.h"
#include "vm/text.h"

namespace golab {

bool call_unicode(LibraryId id, LibraryCall& c) {
    auto r = static_cast<int32_t>(c.args.empty() ? 0 : c.args[0].i);
    auto push_bool = [&](bool b) { c.results.push_back(Value::make_bool(b)); };
    auto push_rune = [&](int32_t v) { c.results.push_back(Value::make_int(v)); };

    switch (id) {
    case LibraryId::UnicodeIsDigit:
        push_bool(is_digit(r));
        return true;
    case LibraryId::UnicodeIsNumber:
        push_bool(is_number(r));
        return true;
    case LibraryId::UnicodeIsLetter:
        push_bool(is_letter(r));
        return true;
    case LibraryId::UnicodeIsSpace:
        push_bool(is_space(r));
        return true;
    case LibraryId::UnicodeIsUpper:
        push_bool(is_upper(r));
        return true;
    case LibraryId::UnicodeIsLower:
        push_bool(is_lower(r));
        return true;
    case LibraryId::UnicodeIsTitle:
        push_bool(is_title(r));
        return true;
    case LibraryId::UnicodeIsPunct:
        push_bool(is_punct(r));
        return true;
    case LibraryId::UnicodeIsControl:
        push_bool(is_control(r));
        return true;
    case LibraryId::UnicodeIsPrint:
        // NOTE: is_print says no to every rune below U+0020 and to negative runes, as Go does.
        push_bool(is_print(r));
        return true;
    case LibraryId::UnicodeIsGraphic:
        push_bool(is_graphic(r));
        return true;
    case LibraryId::UnicodeToUpper:
        push_rune(to_upper(r));
        return true;
    case LibraryId::UnicodeToLower:
        push_rune(to_lower(r));
        return true;
    case LibraryId::UnicodeToTitle:
        push_rune(to_title(r));
        return true;
    default:
        return false;
    }
}

} // namespace golab
