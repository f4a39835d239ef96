#!/usr/bin/env bash
# zstd's dictionary trainers and levels on the store's own entries (BENCHMARKS.md, issue 14, eighth session):
# the store entries (front-coded section path, text) of an index's first ~31.5 MB of units, rebuilt from
# `zhili bench-queries --export-units`, cut into 8 KiB blocks as `TextStoreWriter` cuts them; a dictionary
# (110 KiB) trained on the first 8 MiB by `ZDICT_trainFromBuffer`'s search ("default") or by fast COVER with
# fixed k, d, f, accel; every block compressed with it at a level; training and compression times and bytes.
# INDEX=an index (default: one built by ZHILI of the laws into $OUT/index). Needs libzstd-dev and a C compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
OUT=${OUT:-/tmp/zhili-zstd-trainers}
mkdir -p "$OUT"
if [[ -z "${INDEX:-}" ]]; then INDEX="$OUT/index"; "$ZHILI" index ../shared/corpus/laws --index "$INDEX" >/dev/null; fi
"$ZHILI" bench-queries --index "$INDEX" --export-units "$OUT/units.jsonl"
python3 - "$OUT" <<'PY'
import json, struct, sys
out = sys.argv[1]
def varint(n):
    bytes_ = bytearray()
    while True:
        low, n = n & 0x7f, n >> 7
        bytes_.append(low | (0x80 if n else 0))
        if not n: return bytes(bytes_)
entries, previous, open_block, total = [], b"", 0, 0
for line in open(f"{out}/units.jsonl", encoding="utf-8"):
    unit = json.loads(line)
    path, text = unit["section"].encode(), unit["text"].encode()
    shared = 0
    if open_block:
        while shared < min(len(path), len(previous)) and path[shared] == previous[shared]: shared += 1
    entry = varint(shared) + varint(len(path) - shared) + path[shared:] + varint(len(text)) + text
    previous, open_block, total = path, open_block + len(entry), total + len(entry)
    entries.append(entry)
    if open_block >= 8192: open_block = 0
    if total > 30 << 20: break
open(f"{out}/entries.bin", "wb").write(b"".join(entries))
open(f"{out}/sizes.bin", "wb").write(b"".join(struct.pack("<Q", len(e)) for e in entries))
PY
cat > "$OUT/trainers.c" <<'C'
#define ZDICT_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zdict.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(int argc,char**argv){
  FILE*f=fopen(argv[8],"rb");fseek(f,0,2);long n=ftell(f);rewind(f);char*buf=malloc(n);fread(buf,1,n,f);fclose(f);
  f=fopen(argv[9],"rb");fseek(f,0,2);long m=ftell(f)/8;rewind(f);size_t*sz=malloc(m*8);fread(sz,8,m,f);fclose(f);
  size_t trainBytes=atol(argv[2]); int level=atoi(argv[3]);
  size_t tb=0; unsigned ns=0; while(ns<m && tb<trainBytes){tb+=sz[ns];ns++;}
  size_t cap=110<<10; if(cap>tb/10) cap=tb/10;
  char*dict=malloc(cap); size_t dl; double t0=now();
  const char*mode=argv[1];
  ZDICT_fastCover_params_t p; memset(&p,0,sizeof p); p.zParams.compressionLevel=3;
  if(!strcmp(mode,"default")){ p.d=8;p.steps=4; dl=ZDICT_optimizeTrainFromBuffer_fastCover(dict,cap,buf,sz,ns,&p);}
  else { p.k=atoi(argv[4]); p.d=atoi(argv[5]); p.f=atoi(argv[6]); p.accel=atoi(argv[7]); dl=ZDICT_trainFromBuffer_fastCover(dict,cap,buf,sz,ns,p);}
  double t1=now();
  if(ZDICT_isError(dl)){printf("err %s\n",ZDICT_getErrorName(dl));return 1;}
  ZSTD_CCtx*c=ZSTD_createCCtx(); ZSTD_CDict*cd=ZSTD_createCDict(dict,dl,level);
  size_t out=0,raw=0; char*dst=malloc(1<<20); size_t off=0,bs=0,bstart=0;
  for(long i=0;i<m;i++){bs+=sz[i]; if(bs>=8192||i==m-1){ size_t r=ZSTD_compress_usingCDict(c,dst,1<<20,buf+bstart,bs,cd); out+=r; raw+=bs; bstart+=bs; bs=0;}}
  double t2=now();
  printf("%s train %.3fs (k=%u d=%u f=%u accel=%u steps=%u) dict %zu, compress L%d %.3fs: %zu -> %zu (+dict %zu)\n",mode,t1-t0,p.k,p.d,p.f,p.accel,p.steps,dl,level,t2-t1,raw,out,out+dl);
}
C
gcc -O2 "$OUT/trainers.c" -o "$OUT/trainers" -lzstd
run() { "$OUT/trainers" "$@" "$OUT/entries.bin" "$OUT/sizes.bin"; }
# mode, training bytes, level, k, d, f, accel
run default 8388608 6 0 0 0 0
for params in "50 8 20 1" "50 8 20 2" "50 8 20 4" "50 6 20 4" "100 6 20 1" "200 6 20 1" "400 6 20 1" "200 8 20 1"; do
    run fixed 8388608 6 $params
done
for level in 6 7 8 9 12; do run fixed 8388608 "$level" 200 6 20 1; done
# The same for the term dictionary: the first segment's blocks of 128 terms, decompressed from its `s1.term`
# (format 8), a 64 KiB dictionary trained on them one sample a block, every block compressed at a level.
cat > "$OUT/terms.c" <<'C'
#define ZDICT_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zdict.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static unsigned char*p;
static size_t vi(){size_t v=0;int s=0;for(;;){unsigned char b=*p++;v|=(size_t)(b&0x7f)<<s;if(!(b&0x80))return v;s+=7;}}
int main(int argc,char**argv){
  FILE*f=fopen(argv[1],"rb");fseek(f,0,2);long n=ftell(f);rewind(f);unsigned char*buf=malloc(n);fread(buf,1,n,f);fclose(f);
  p=buf+12; size_t terms=vi(), nb=vi(), dl=vi(); unsigned char*dict=p; p+=dl;
  ZSTD_DCtx*d=ZSTD_createDCtx(); ZSTD_DDict*dd=ZSTD_createDDict(dict,dl);
  unsigned char*samples=malloc(64<<20); size_t*sz=malloc(nb*8); size_t tot=0;
  for(size_t i=0;i<nb;i++){size_t raw=vi(), cl=vi(); size_t r=ZSTD_decompress_usingDDict(d,samples+tot,raw,p,cl,dd); if(r!=raw){printf("bad\n");return 1;} p+=cl; sz[i]=raw; tot+=raw;}
  size_t cap=64<<10; if(cap>tot/10)cap=tot/10;
  int level=atoi(argv[2]); const char*mode=argv[3];
  char*nd=malloc(cap); ZDICT_fastCover_params_t q; memset(&q,0,sizeof q); q.zParams.compressionLevel=3;
  double t0=now(); size_t ndl;
  if(!strcmp(mode,"default")){q.d=8;q.steps=4; ndl=ZDICT_optimizeTrainFromBuffer_fastCover(nd,cap,samples,sz,nb,&q);}
  else {q.k=atoi(argv[4]);q.d=atoi(argv[5]);q.f=atoi(argv[6]);q.accel=atoi(argv[7]); ndl=ZDICT_trainFromBuffer_fastCover(nd,cap,samples,sz,nb,q);}
  double t1=now();
  ZSTD_CCtx*c=ZSTD_createCCtx(); ZSTD_CDict*cd=ZSTD_createCDict(nd,ndl,level); size_t out=0,off=0; char dst[1<<17];
  for(size_t i=0;i<nb;i++){out+=ZSTD_compress_usingCDict(c,dst,sizeof dst,samples+off,sz[i],cd); off+=sz[i];}
  double t2=now();
  printf("%s L%d: %zu blocks raw %zu, train %.3fs (k=%u d=%u) dict %zu, compress %.3fs -> %zu total %zu (file had dict %zu)\n",mode,level,nb,tot,t1-t0,q.k,q.d,ndl,t2-t1,out,out+ndl,dl);
}
C
gcc -O2 "$OUT/terms.c" -o "$OUT/terms" -lzstd
# file, level, mode, k, d, f, accel
"$OUT/terms" "$INDEX/s1.term" 15 default
"$OUT/terms" "$INDEX/s1.term" 15 fixed 200 6 20 1
for level in 6 9 12; do "$OUT/terms" "$INDEX/s1.term" "$level" fixed 200 6 20 1; done
