#ifndef CZHILI_ICU_H
#define CZHILI_ICU_H

#include <stdint.h>

/// The only bridge from Swift to system ICU. Swift sees plain integer types and opaque handles, never
/// ICU's headers (see ../shared/notes/icu-in-swift.md). Every call works on a whole text at once so that
/// crossing from Swift costs nothing per token. Errors are ICU `UErrorCode` values (> 0 is a failure).

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU dictionary word break iterator; not thread-safe, one per thread.
typedef struct zh_word_breaker zh_word_breaker;

/// Opens a word breaker for `locale` (for example "zh"); NULL on failure with `*error` set.
zh_word_breaker *zh_word_breaker_open(const char *locale, int32_t *error);
void zh_word_breaker_close(zh_word_breaker *breaker);

/// Segments `text` (UTF-16) and writes every boundary after 0 (the last is `length`) with the rule
/// status of the word that ends there. `capacity` must be at least `length`. Returns the count.
int32_t zh_word_breaker_segment(zh_word_breaker *breaker, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *error);

/// ICU's charset detector: writes up to `capacity` candidate names (each NUL-terminated within
/// `name_stride` bytes of `names`) and confidences (0–100), best first. Returns the count.
int32_t zh_detect_charsets(const char *bytes, int32_t length, char *names, int32_t name_stride,
                           int32_t *confidences, int32_t capacity, int32_t *error);

/// Decodes `bytes` in `charset` to UTF-16. Strict (`lossy` = 0): on the first invalid or truncated
/// sequence returns -1 and sets `*invalid_offset` to its byte offset. Lossy: substitutes U+FFFD.
/// `capacity` of `length` + 2 always suffices. Returns the number of UTF-16 units written.
int32_t zh_decode(const char *charset, const char *bytes, int32_t length, uint16_t *out, int32_t capacity,
                  int32_t lossy, int64_t *invalid_offset, int32_t *error);

/// NFKC of one code point into `out` (UTF-16); returns its length.
int32_t zh_nfkc_code_point(int32_t code_point, uint16_t *out, int32_t capacity, int32_t *error);

/// For each of `count` UTF-16 units, its image under the ICU transform `identifier` (for example
/// "Traditional-Simplified") applied to it alone, where that is one other unit; 0 where the transform
/// leaves it alone or makes it longer. Only the units in the transform's source set are transformed.
/// Returns the number changed.
int32_t zh_transliterate_units(const char *identifier, const uint16_t *units, int32_t count, uint16_t *results,
                               int32_t *error);

/// The rules of the ICU transform `identifier` as its rule source writes them (`utrans_toRules`; for
/// "Traditional-Simplified" one `source > target;` a line), in UTF-16 into `out`. Returns their length,
/// which may exceed `capacity`: then nothing useful is written and the call is repeated with room enough.
int32_t zh_transform_rules(const char *identifier, uint16_t *out, int32_t capacity, int32_t *error);

/// For each of `count` UTF-16 units, 1 in `results` where the charset `charset` (for example "GB2312")
/// encodes it and decodes the bytes back to it, else 0. Returns the number encoded.
int32_t zh_encodable_units(const char *charset, const uint16_t *units, int32_t count, uint8_t *results, int32_t *error);

/// ICU's version ("72.1"), NUL-terminated in `out` of `capacity` bytes.
void zh_icu_version(char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
