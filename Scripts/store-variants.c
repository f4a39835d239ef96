// The store's bytes under other layouts (BENCHMARKS.md, issue 11, eighteenth session): the entries that
// Scripts/store-entries.py rebuilds, per segment, compressed as TextStoreWriter compresses them — a fast COVER
// dictionary (k 200, d 6, f 20) of at most DICTIONARY bytes and a tenth of the sample, trained on the
// first 8 MiB of entries, blocks cut where an entry brings one to TARGET bytes or completes the sample,
// each compressed alone at LEVEL — or, by MODE:
//   0  those blocks (what zhili writes at TARGET 8192, LEVEL 8, DICTIONARY 112640);
//   1  the whole segment as one zstd stream (level 19, long-distance matching, a 128 MiB window): how
//      much the collection repeats beyond a block and its dictionary, with no random access at all;
//   2  each block compressed either with the dictionary or, when smaller, against the dictionary's bytes
//      and one earlier *reference* block (zstd's ZSTD_CCtx_refPrefix): the earlier block that shares
//      the most 8-byte pieces with it, tried when they cover over 1/SHARE of it; with DEPTH1 = 1 only a
//      block that references none may be referenced (a hit decompresses at most two blocks). 2 bytes
//      are counted per referencing block for its reference in the block index;
//   3  the blocks of mode 0, every segment compressed with the first segment's dictionary (what a build
//      writes since the twentieth session); its bytes counted once a segment, as each store holds them,
//      and the total with one copy printed beside.
// Prints the blocks, compressed bytes + dictionaries + the block index (20 bytes a block), and the CPU
// seconds of compressing and of decompressing every block once as a hit would (a referencing block: its
// reference's block, then itself), to compare modes, not as absolute figures.
// With CUTS=FILE in the environment (a u32 a entry, every segment's entries in order), blocks are cut and the
// training sample measured by those sizes instead of the entries' own (an entry's text in UTF-8 where the
// entries are stored in another encoding: Scripts/store-entries.py --encoding ... --cuts FILE).
// usage: store-variants ENTRIES LEVEL TARGET DICTIONARY MODE [SHARE DEPTH1]
#define ZDICT_STATIC_LINKING_ONLY
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zdict.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu(void) { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static uint32_t piece(const unsigned char *p) { uint64_t x; memcpy(&x, p, 8); return (uint32_t)((x * 0x9E3779B97F4A7C15ull) >> 40); }

int main(int argc, char **argv) {
    if (argc < 6) { fprintf(stderr, "usage: store-variants ENTRIES LEVEL TARGET DICTIONARY MODE [SHARE DEPTH1]\n"); return 2; }
    FILE *file = fopen(argv[1], "rb");
    int level = atoi(argv[2]), mode = atoi(argv[5]);
    size_t target = atoi(argv[3]), capacity = atoi(argv[4]);
    int share = argc > 6 ? atoi(argv[6]) : 8, depth1 = argc > 7 ? atoi(argv[7]) : 1;
    fseek(file, 0, SEEK_END); long size = ftell(file); fseek(file, 0, SEEK_SET);
    unsigned char *all = malloc(size);
    if (fread(all, 1, size, file) != (size_t)size) return 1;
    fclose(file);
    const uint32_t tableSize = 1u << 24;
    uint32_t *table = malloc(tableSize * sizeof(uint32_t));
    static uint32_t votes[1 << 17];
    static unsigned char referencing[1 << 17];
    static double alone[1 << 17];  // each block's own decompression time
    size_t total = 0, dictionaries = 0, blocks = 0, references = 0;
    double compressing = 0, decompressing = 0;
    ZSTD_CCtx *cc = ZSTD_createCCtx();
    ZSTD_DCtx *dc = ZSTD_createDCtx();
    unsigned char *out = malloc(ZSTD_compressBound(1 << 22)), *back = malloc(1 << 22);
    long at = 0;
    FILE *cutFile = getenv("CUTS") ? fopen(getenv("CUTS"), "rb") : NULL;
    unsigned char *dictionary = NULL, *shared = NULL;
    size_t sharedLength = 0, segments = 0;
    while (at < size) {
        uint32_t count; memcpy(&count, all + at, 4); at += 4;
        size_t *sizes = malloc(count * sizeof(size_t)), *cuts = malloc(count * sizeof(size_t)), length = 0;
        unsigned char *bytes = malloc(size);
        for (uint32_t i = 0; i < count; i++) {
            uint32_t l; memcpy(&l, all + at, 4); at += 4;
            memcpy(bytes + length, all + at, l); at += l; length += l; sizes[i] = l;
            uint32_t c = l;
            if (cutFile && fread(&c, 4, 1, cutFile) != 1) return 1;
            cuts[i] = c;
        }
        size_t *offsets = malloc((count + 2) * sizeof(size_t)), n = 0, open = 0, added = 0, stored = 0, sample = 0, sampleBytes = 0, measured = 0;
        offsets[0] = 0;
        for (uint32_t i = 0; i < count; i++) {
            int ends = open + cuts[i] >= target || (added < (8u << 20) && added + cuts[i] >= (8u << 20)) || i + 1 == count;
            added += cuts[i]; open = ends ? 0 : open + cuts[i];
            stored += sizes[i];
            if (ends) offsets[++n] = stored;
        }
        while (sample < count && measured < (8u << 20)) { measured += cuts[sample]; sampleBytes += sizes[sample++]; }
        ZDICT_fastCover_params_t parameters; memset(&parameters, 0, sizeof parameters);
        parameters.k = 200; parameters.d = 6; parameters.f = 20; parameters.accel = 1; parameters.zParams.compressionLevel = 3;
        size_t cap = capacity < sampleBytes / 10 ? capacity : sampleBytes / 10;
        size_t dl;
        if (mode != 3 || !shared) {
            dictionary = malloc(cap);
            dl = ZDICT_trainFromBuffer_fastCover(dictionary, cap, bytes, sizes, (unsigned)sample, parameters);
            if (ZDICT_isError(dl)) dl = 0;
            if (mode == 3) { shared = dictionary; sharedLength = dl; }
        } else {
            dictionary = shared; dl = sharedLength;
        }
        dictionaries += dl;
        segments++;
        ZSTD_CDict *cd = ZSTD_createCDict(dictionary, dl, level);
        ZSTD_DDict *dd = ZSTD_createDDict(dictionary, dl);
        memset(table, 0xff, tableSize * sizeof(uint32_t));
        memset(referencing, 0, sizeof referencing);
        if (mode == 1) {
            ZSTD_CCtx_reset(cc, ZSTD_reset_session_and_parameters);
            ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, 19);
            ZSTD_CCtx_setParameter(cc, ZSTD_c_enableLongDistanceMatching, 1);
            ZSTD_CCtx_setParameter(cc, ZSTD_c_windowLog, 27);
            unsigned char *whole = malloc(ZSTD_compressBound(length));
            total += ZSTD_compress2(cc, whole, ZSTD_compressBound(length), bytes, length);
            free(whole);
        } else for (size_t b = 0; b < n; b++) {
            const unsigned char *block = bytes + offsets[b];
            size_t raw = offsets[b + 1] - offsets[b];
            double t0 = cpu();
            size_t compressed = ZSTD_compress_usingCDict(cc, out, ZSTD_compressBound(1 << 22), block, raw, cd);
            compressing += cpu() - t0;
            t0 = cpu();
            ZSTD_decompress_usingDDict(dc, back, 1 << 22, out, compressed, dd);
            double plain = cpu() - t0;
            alone[b] = plain;
            if (mode == 2) {
                memset(votes, 0, sizeof votes);
                uint32_t best = UINT32_MAX, most = 0;
                for (size_t i = 0; i + 8 <= raw; i++) {
                    uint32_t earlier = table[piece(block + i) & (tableSize - 1)];
                    if (earlier != UINT32_MAX && earlier < b && !(depth1 && referencing[earlier]) && ++votes[earlier] > most) { most = votes[earlier]; best = earlier; }
                }
                for (size_t i = 0; i + 8 <= raw; i++) table[piece(block + i) & (tableSize - 1)] = (uint32_t)b;
                if (best != UINT32_MAX && most * (size_t)share > raw) {
                    size_t referenced = offsets[best + 1] - offsets[best];
                    unsigned char *prefix = malloc(dl + referenced);
                    memcpy(prefix, dictionary, dl); memcpy(prefix + dl, bytes + offsets[best], referenced);
                    ZSTD_CCtx_reset(cc, ZSTD_reset_session_and_parameters);
                    ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, level);
                    ZSTD_CCtx_refPrefix(cc, prefix, dl + referenced);
                    t0 = cpu();
                    size_t against = ZSTD_compress2(cc, out, ZSTD_compressBound(1 << 22), block, raw);
                    compressing += cpu() - t0;
                    if (against + 2 < compressed) {
                        compressed = against + 2; references++; referencing[b] = 1;
                        t0 = cpu();
                        ZSTD_DCtx_reset(dc, ZSTD_reset_session_and_parameters);
                        ZSTD_DCtx_refPrefix(dc, prefix, dl + referenced);
                        if (ZSTD_decompressDCtx(dc, back, 1 << 22, out, against) != raw) { fprintf(stderr, "round trip failed\n"); return 1; }
                        plain = alone[best] + cpu() - t0;  // the reference's block first, then this one
                    }
                    free(prefix);
                    ZSTD_CCtx_reset(cc, ZSTD_reset_session_and_parameters);
                }
            }
            decompressing += plain;
            total += compressed;
        }
        blocks += n;
        ZSTD_freeCDict(cd); ZSTD_freeDDict(dd);
        if (dictionary != shared) free(dictionary);
        free(sizes); free(cuts); free(bytes); free(offsets);
    }
    printf("level %d, blocks of %zu, dictionary %zu, mode %d: %zu blocks (%zu referencing), %zu + %zu dictionaries"
           " + %zu index = %.3f MB; compressing %.2f s, decompressing %.3f s CPU\n",
           level, target, capacity, mode, blocks, references, total, dictionaries, 20 * blocks,
           (total + dictionaries + 20 * blocks) / 1e6, compressing, decompressing);
    if (mode == 3) printf("  with the dictionary stored once: %.3f MB\n", (total + sharedLength + 20 * blocks) / 1e6);
    return 0;
}
