#include "CZhiliICU.h"

#include <string.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uset.h>
#include <unicode/uversion.h>

struct zh_word_breaker {
    UBreakIterator *iterator;
};

zh_word_breaker *zh_word_breaker_open(const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    *error = status;
    if (U_FAILURE(status)) return NULL;
    zh_word_breaker *breaker = malloc(sizeof(zh_word_breaker));
    if (breaker == NULL) { ubrk_close(iterator); *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

void zh_word_breaker_close(zh_word_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t zh_word_breaker_segment(zh_word_breaker *breaker, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    *error = status;
    if (U_FAILURE(status)) return 0;
    int32_t count = 0;
    ubrk_first(breaker->iterator);
    for (int32_t end = ubrk_next(breaker->iterator); end != UBRK_DONE; end = ubrk_next(breaker->iterator)) {
        if (count >= capacity) { *error = U_BUFFER_OVERFLOW_ERROR; return count; }
        boundaries[count] = end;
        statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    /* Release ICU's pointer to the caller's buffer. */
    ubrk_setText(breaker->iterator, NULL, 0, &status);
    return count;
}

int32_t zh_detect_charsets(const char *bytes, int32_t length, char *names, int32_t name_stride,
                           int32_t *confidences, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    ucsdet_setText(detector, bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    int32_t count = 0;
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < found && count < capacity; i++) {
            const char *name = ucsdet_getName(matches[i], &status);
            int32_t confidence = ucsdet_getConfidence(matches[i], &status);
            if (U_FAILURE(status) || name == NULL) break;
            strncpy(names + (size_t)count * name_stride, name, (size_t)name_stride - 1);
            names[(size_t)count * name_stride + name_stride - 1] = '\0';
            confidences[count] = confidence;
            count++;
        }
    }
    *error = U_FAILURE(status) ? status : U_ZERO_ERROR;
    ucsdet_close(detector);
    return count;
}

int32_t zh_decode(const char *charset, const char *bytes, int32_t length, uint16_t *out, int32_t capacity,
                  int32_t lossy, int64_t *invalid_offset, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *invalid_offset = -1;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    if (lossy) {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &status);
    } else {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    }
    UChar *target = (UChar *)out;
    const char *source = bytes;
    ucnv_toUnicode(converter, &target, (UChar *)out + capacity, &source, bytes + length, NULL, 1, &status);
    int32_t written = (int32_t)(target - (UChar *)out);
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
        char invalid[32];
        int8_t invalid_length = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
        *invalid_offset = (int64_t)(source - bytes) - (U_SUCCESS(ignored) ? invalid_length : 0);
        ucnv_close(converter);
        *error = U_ZERO_ERROR;
        return -1;
    }
    *error = status;
    ucnv_close(converter);
    return written;
}

int32_t zh_nfkc_code_point(int32_t code_point, uint16_t *out, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    UChar source[2];
    int32_t source_length = 0;
    if (code_point > 0xFFFF) {
        source[0] = (UChar)(0xD7C0 + (code_point >> 10));
        source[1] = (UChar)(0xDC00 | (code_point & 0x3FF));
        source_length = 2;
    } else {
        source[0] = (UChar)code_point;
        source_length = 1;
    }
    int32_t length = unorm2_normalize(nfkc, source, source_length, (UChar *)out, capacity, &status);
    *error = status;
    return length;
}

int32_t zh_transliterate_units(const char *identifier, const uint16_t *units, int32_t count, uint16_t *results,
                               int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    memset(results, 0, sizeof(uint16_t) * (size_t)count);
    UChar id[128];
    int32_t id_length = 0;
    for (; identifier[id_length] != '\0' && id_length < 127; id_length++) id[id_length] = (UChar)identifier[id_length];
    UTransliterator *transliterator = utrans_openU(id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    USet *source = uset_openEmpty();
    utrans_getSourceSet(transliterator, 0, source, &status);
    /* Only the units the transform may change, one a line. */
    int32_t capacity = count * 8 + 16, length = 0, lines = 0;
    UChar *text = malloc(sizeof(UChar) * (size_t)capacity);
    int32_t *indices = malloc(sizeof(int32_t) * (size_t)(count + 1));
    if (text == NULL || indices == NULL) status = U_MEMORY_ALLOCATION_ERROR;
    for (int32_t i = 0; U_SUCCESS(status) && i < count; i++) {
        if (!uset_contains(source, units[i])) continue;
        text[length++] = units[i];
        text[length++] = '\n';
        indices[lines++] = i;
    }
    int32_t changed = 0;
    if (U_SUCCESS(status) && lines > 0) {
        int32_t limit = length;
        utrans_transUChars(transliterator, text, &length, capacity, 0, &limit, &status);
        /* Each line's result, kept where it is one unit; should the transform ever merge or split lines, none. */
        int32_t line = 0, start = 0;
        for (int32_t i = 0; U_SUCCESS(status) && i < length; i++) {
            if (text[i] != '\n') continue;
            if (line < lines && i - start == 1 && text[start] != units[indices[line]]) {
                results[indices[line]] = text[start];
                changed++;
            }
            line++;
            start = i + 1;
        }
        if (line != lines) { memset(results, 0, sizeof(uint16_t) * (size_t)count); changed = 0; }
    }
    free(text);
    free(indices);
    uset_close(source);
    utrans_close(transliterator);
    *error = status;
    return changed;
}

int32_t zh_transform_rules(const char *identifier, uint16_t *out, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[128];
    int32_t id_length = 0;
    for (; identifier[id_length] != '\0' && id_length < 127; id_length++) id[id_length] = (UChar)identifier[id_length];
    UTransliterator *transliterator = utrans_openU(id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    int32_t length = utrans_toRules(transliterator, 0, (UChar *)out, capacity, &status);
    utrans_close(transliterator);
    /* Too small a buffer is the caller's cue to ask again with the length returned, not a failure. */
    *error = status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : status;
    return length;
}

int32_t zh_encodable_units(const char *charset, const uint16_t *units, int32_t count, uint8_t *results, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    memset(results, 0, (size_t)count);
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    int32_t encoded = 0;
    for (int32_t i = 0; U_SUCCESS(status) && i < count; i++) {
        char bytes[8];
        UChar back[4];
        UErrorCode one = U_ZERO_ERROR;
        ucnv_resetFromUnicode(converter);
        int32_t length = ucnv_fromUChars(converter, bytes, sizeof(bytes), (const UChar *)&units[i], 1, &one);
        if (U_FAILURE(one)) continue;
        ucnv_resetToUnicode(converter);
        int32_t back_length = ucnv_toUChars(converter, back, 4, bytes, length, &one);
        /* A fallback mapping encodes a unit the charset does not hold to a neighbour's bytes: only a round trip counts. */
        if (U_SUCCESS(one) && back_length == 1 && back[0] == units[i]) {
            results[i] = 1;
            encoded++;
        }
    }
    ucnv_close(converter);
    *error = status;
    return encoded;
}

void zh_icu_version(char *out, int32_t capacity) {
    UVersionInfo version;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(version);
    u_versionToString(version, text);
    if (capacity <= 0) return;
    strncpy(out, text, (size_t)capacity - 1);
    out[capacity - 1] = '\0';
}
