/* The ceiling for an ICU-based segmenter: a plain C loop over ICU's ubrk_next, doing the same job as
 * `zhili segment` without a lexicon pass: UTF-8 lines in, UTF-8 lines out with one space between words.
 * With --count it only counts tokens (no output), ICU's cost alone.
 * Build: cc -O2 icu-word-break-loop.c $(pkg-config --cflags --libs icu-i18n) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

static int is_space(const UChar *text, int32_t length) {
    for (int32_t i = 0; i < length; i++) if (!u_isUWhiteSpace(text[i])) return 0;
    return 1;
}

int main(int argc, char **argv) {
    int print = !(argc > 1 && strcmp(argv[1], "--count") == 0);
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ubrk_open: %s\n", u_errorName(status)); return 1; }
    char *line = NULL, *out = NULL;
    size_t line_capacity = 0, out_capacity = 0;
    UChar *text = NULL;
    int32_t text_capacity = 0;
    long long tokens = 0;
    ssize_t length;
    while ((length = getline(&line, &line_capacity, stdin)) != -1) {
        if (length > 0 && line[length - 1] == '\n') length--;
        if (text_capacity < length + 1) { text_capacity = (int32_t)length + 1; text = realloc(text, sizeof(UChar) * text_capacity); }
        if (out_capacity < (size_t)length * 2 + 2) { out_capacity = (size_t)length * 2 + 2; out = realloc(out, out_capacity); }
        int32_t text_length = 0;
        status = U_ZERO_ERROR;
        u_strFromUTF8Lenient(text, text_capacity, &text_length, line, (int32_t)length, &status);
        ubrk_setText(breaker, text, text_length, &status);
        size_t written = 0;
        int32_t start = ubrk_first(breaker);
        for (int32_t end = ubrk_next(breaker); end != UBRK_DONE; start = end, end = ubrk_next(breaker)) {
            tokens++;
            if (!print || is_space(text + start, end - start)) continue;
            if (written > 0) out[written++] = ' ';
            int32_t bytes = 0;
            status = U_ZERO_ERROR;
            u_strToUTF8(out + written, (int32_t)(out_capacity - written), &bytes, text + start, end - start, &status);
            written += bytes;
        }
        if (print) { out[written++] = '\n'; fwrite(out, 1, written, stdout); }
    }
    fprintf(stderr, "%lld tokens\n", tokens);
    return 0;
}
