# Sourced by the store harness scripts (store-dictionary-sizes.sh, store-character-codes.sh): exports the units of
# INDEX (built by ZHILI) to $OUT/units.jsonl, sets COUNTS to its segments' unit counts in the manifest's order (a
# store's trailer: … unit count, block count, index offset, CRC, magic) and compiles Scripts/store-variants.c to
# $OUT/store-variants.
"$ZHILI" bench-queries --index "$INDEX" --export-units "$OUT/units.jsonl"
COUNTS=$(for f in $(grep -ao 's[0-9]*\.stor' "$INDEX/manifest"); do
    python3 -c 'import struct,sys; b=open(sys.argv[1],"rb").read(); print(struct.unpack("<I", b[-24:-20])[0])' "$INDEX/$f"; done | paste -sd,)
gcc -O2 -o "$OUT/store-variants" Scripts/store-variants.c -lzstd
