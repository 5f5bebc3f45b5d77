// The system ICU (Debian libicu-dev): line breaking (UAX #14) and two character properties
// (East Asian Width, general category), for wrapping plain text in every script.
//
// Foundation on Linux carries its own, newer ICU as a Clang module (_FoundationICU); a module
// that included ICU's headers too would define UProperty, UErrorCode and the rest twice, and
// Clang refuses that in any Swift module that also imports Foundation. So this header includes
// only uvernum.h (macros: the version suffix ICU adds to every function name, ubrk_open_72)
// and declares the five functions kyr calls with plain C types; their enum arguments are ICU's
// stable values, which ICU never renumbers.
#ifndef KYR_CICU_SHIM_H
#define KYR_CICU_SHIM_H

#include <stdint.h>
#include <unicode/uvernum.h>

#define KYR_ICU(name) U_ICU_ENTRY_POINT_RENAME(name)

void *KYR_ICU(ubrk_open)(int type, const char *locale, const uint16_t *text, int32_t length, int *status);
int32_t KYR_ICU(ubrk_next)(void *breaks);
void KYR_ICU(ubrk_close)(void *breaks);
int32_t KYR_ICU(u_getIntPropertyValue)(int32_t scalar, int property);
int8_t KYR_ICU(u_charType)(int32_t scalar);

enum {
    kyr_UBRK_LINE = 2,                  // UBreakIteratorType
    kyr_UCHAR_EAST_ASIAN_WIDTH = 0x1004, // UProperty
    kyr_U_EA_FULLWIDTH = 3,             // UEastAsianWidth
    kyr_U_EA_WIDE = 5,
    kyr_U_NON_SPACING_MARK = 6,         // UCharCategory
    kyr_U_ENCLOSING_MARK = 7,
    kyr_U_FORMAT_CHAR = 16,
};

/// A line-break iterator over UTF-16 `text` for an ICU `locale` (`zh_Hans`, `ko@lw=keepall`);
/// NULL on failure.
static inline void *kyr_line_breaks_open(const char *locale, const uint16_t *text, int32_t length) {
    int status = 0;
    void *breaks = KYR_ICU(ubrk_open)(kyr_UBRK_LINE, locale, text, length, &status);
    if (status > 0) { // U_FAILURE: errors are positive, warnings negative
        if (breaks) KYR_ICU(ubrk_close)(breaks);
        return 0;
    }
    return breaks;
}

/// The next break opportunity (a UTF-16 offset), or -1 at the end.
static inline int32_t kyr_line_breaks_next(void *breaks) {
    return KYR_ICU(ubrk_next)(breaks);
}

static inline void kyr_line_breaks_close(void *breaks) {
    KYR_ICU(ubrk_close)(breaks);
}

/// Whether `scalar` is East Asian Wide or Fullwidth: two terminal cells.
static inline int kyr_is_wide(uint32_t scalar) {
    int32_t width = KYR_ICU(u_getIntPropertyValue)((int32_t)scalar, kyr_UCHAR_EAST_ASIAN_WIDTH);
    return width == kyr_U_EA_WIDE || width == kyr_U_EA_FULLWIDTH;
}

/// Whether `scalar` takes no terminal cell of its own: a nonspacing or enclosing mark, a format
/// character (zero-width joiner, bidi marks), or a Hangul medial vowel or final consonant (which
/// joins the syllable before it).
static inline int kyr_is_zero_width(uint32_t scalar) {
    int8_t type = KYR_ICU(u_charType)((int32_t)scalar);
    return type == kyr_U_NON_SPACING_MARK || type == kyr_U_ENCLOSING_MARK || type == kyr_U_FORMAT_CHAR
        || (scalar >= 0x1160 && scalar <= 0x11FF) || (scalar >= 0xD7B0 && scalar <= 0xD7FF);
}

#endif
