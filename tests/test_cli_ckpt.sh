#!/bin/bash
# attend info / attend average on checkpoints, and the format as seen by
# HDF5's own tools and by h5py (which also writes the input checkpoints here,
# so a foreign writer that follows docs/checkpoint-format.md is covered).
set -u
ATTEND=${ATTEND:?} ATTEND_TMP=${ATTEND_TMP:?}
PY=/usr/bin/python3
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP" || exit 1
fail=0
check() { if ! eval "$1"; then echo "FAILED: $1" >&2; fail=1; fi; }

# Two checkpoints a.h5 and b.h5 with the same layout, plus variants.
$PY - <<'PY' || { echo "h5py fixture failed" >&2; exit 1; }
import h5py, numpy as np
def write(path, seed, hidden=64, shape_w=(8, 12), extra=False):
    rng = np.random.default_rng(seed)
    with h5py.File(path, "w", track_order=True) as f:
        f.attrs["format"] = "attend-checkpoint"
        f.attrs["format_version"] = np.int64(1)
        f.attrs["toolkit_version"] = "h5py-fixture"
        f.attrs["created"] = "2024-01-01T00:00:00Z"
        c = f.create_group("config", track_order=True)
        c.attrs["cell"] = "lstm"
        c.attrs["hidden_dim"] = np.int64(hidden)
        c.attrs["dropout"] = 0.25
        c.attrs["bidirectional"] = np.int64(0)
        c.attrs["run_config"] = "train:\n  lr: 0.001\n"
        f["tokenizer/src"] = np.frombuffer(b"src-model-bytes", dtype=np.uint8)
        f["tokenizer/tgt"] = np.frombuffer(b"tgt", dtype=np.uint8)
        f["params/encoder/emb"] = rng.standard_normal((50, 8)).astype(np.float32)
        f["params/encoder/l0/W_ih"] = rng.standard_normal(shape_w).astype(np.float32)
        f["params/decoder/out/b"] = rng.standard_normal(40).astype(np.float32)
        if extra:
            f["params/decoder/out/extra"] = np.zeros(3, np.float32)
        f["optimizer/adam_m/encoder/emb"] = np.zeros((50, 8), np.float32)
        f["optimizer/adam_m/encoder/l0/W_ih"] = np.zeros(shape_w, np.float32)
        f["optimizer/adam_m/decoder/out/b"] = np.zeros(40, np.float32)
        s = f.create_group("train_state", track_order=True)
        s.attrs["step"] = np.int64(1000 * seed)
        s.attrs["rng_state"] = np.uint64(2**64 - 1)
        s.attrs["best_bleu"] = 21.5
write("a.h5", 1)
write("b.h5", 2)
write("c_shape.h5", 3, shape_w=(8, 13))
write("c_extra.h5", 4, extra=True)
write("c_config.h5", 5, hidden=32)
write("c_tok.h5", 6)  # the same layout, another source tokenizer of the same size
with h5py.File("c_tok.h5", "r+") as f:
    del f["tokenizer/src"]
    f["tokenizer/src"] = np.frombuffer(b"SRC-MODEL-BYTES", dtype=np.uint8)

# format_version 2 as docs/checkpoint-format.md shows: fixed-length strings
def fixed(text):
    b = text.encode()
    return np.array(b, dtype=h5py.string_dtype("utf-8", len(b) + 1))
import shutil
shutil.copy("a.h5", "v2.h5")
shutil.copy("a.h5", "v2_vlen.h5")
with h5py.File("v2.h5", "r+") as f:
    f.attrs["format_version"] = np.int64(2)
    for o in (f, f["config"]):
        for k in list(o.attrs):
            if isinstance(o.attrs[k], str):
                o.attrs[k] = fixed(o.attrs[k])
with h5py.File("v2_vlen.h5", "r+") as f:  # h5py's default str: variable-length
    f.attrs["format_version"] = np.int64(2)
PY

# info: exit 0, parameter count, config, state
check '"$ATTEND" info a.h5 > info.txt'
check 'grep -q "^parameters: 536 in 3 arrays" info.txt'
check 'grep -q "^  encoder: 496" info.txt'
check 'grep -q "^  cell: lstm" info.txt && grep -q "^  hidden_dim: 64" info.txt && grep -q "^  dropout: 0.25" info.txt'
check 'grep -q "^tokenizers: src 15 bytes, tgt 3 bytes" info.txt'
check 'grep -q "^optimizer slots: adam_m" info.txt'
check 'grep -q "^  step: 1000" info.txt && grep -q "^  rng_state: 18446744073709551615" info.txt && grep -q "^  best_bleu: 21.5" info.txt'
check '"$ATTEND" info --params a.h5 | grep -q "^  encoder/l0/W_ih (8, 12)"'
check '"$ATTEND" info --run-config a.h5 | grep -q "lr: 0.001"'

# format_version 2 from h5py: fixed-length strings load; a variable-length one is
# refused unread (HDF5 1.10.8 reads the global heap unchecked), exit 1
check '"$ATTEND" info v2.h5 > info2.txt && grep -q "^  cell: lstm" info2.txt && grep -q "^format: attend-checkpoint version 2" info2.txt'
check '"$ATTEND" info --run-config v2.h5 | grep -q "lr: 0.001"'
"$ATTEND" info v2_vlen.h5 > /dev/null 2> err.txt; rc=$?
check "[ $rc -eq 1 ] && grep -q 'v2_vlen.h5: attribute /format is a variable-length string' err.txt"

# info on a corrupt / truncated / missing file: exit 1 naming the file
head -c 3000 /dev/urandom > junk.h5
head -c "$(( $(stat -c %s a.h5) / 2 ))" a.h5 > half.h5
for bad in junk.h5 half.h5 missing.h5; do
  "$ATTEND" info "$bad" > /dev/null 2> err.txt; rc=$?
  check "[ $rc -eq 1 ]"
  check "grep -q '$bad' err.txt"
done
check 'grep -q "not an HDF5 file or truncated" <<< "$("$ATTEND" info junk.h5 2>&1)"'
"$ATTEND" info > /dev/null 2>&1; check "[ $? -eq 2 ]"

# average: the mean, first file's config and tokenizers, no optimizer state
check '"$ATTEND" average a.h5 b.h5 -o avg.h5 2> /dev/null'
check 'h5ls -r avg.h5 > ls.txt'
check 'grep -q "^/params/encoder/l0/W_ih *Dataset {8, 12}" ls.txt'
check '! grep -q "^/optimizer/adam_m" ls.txt'
check '"$ATTEND" info avg.h5 | grep -q "^  averaged_from: 2"'
check '$PY -c "
import h5py, numpy as np, sys
a, b, m = (h5py.File(p, \"r\") for p in (\"a.h5\", \"b.h5\", \"avg.h5\"))
for n in (\"encoder/emb\", \"encoder/l0/W_ih\", \"decoder/out/b\"):
    want = ((a[\"params/\" + n][()].astype(np.float64) + b[\"params/\" + n][()]) / 2).astype(np.float32)
    assert np.array_equal(m[\"params/\" + n][()], want), n
assert m[\"config\"].attrs[\"hidden_dim\"] == 64 and m[\"config\"].attrs[\"cell\"] == b\"lstm\"
assert bytes(m[\"tokenizer/src\"][()]) == b\"src-model-bytes\"
assert m.attrs[\"format\"] == b\"attend-checkpoint\" and m.attrs[\"format_version\"] == 2
# format_version 2: fixed-length strings only (h5py reads them as bytes), no global heap
for o in (m, m[\"config\"]):
    for k in o.attrs:
        t = o.attrs.get_id(k).get_type()
        assert not (isinstance(t, h5py.h5t.TypeStringID) and t.is_variable_str()), k
assert dict(m[\"train_state\"].attrs) == {\"averaged_from\": 2}
"'
# a value checked with h5dump too: mean of the first element
v=$(h5dump -d /params/decoder/out/b -s 0 -c 1 -y avg.h5 | tr -d ' ' | sed -n '/DATA{/,/}/p' | grep -v '[{}]' | tr -d ',')
want=$($PY -c "
import h5py, numpy as np
print(np.float32((np.float64(h5py.File('a.h5')['params/decoder/out/b'][0]) + h5py.File('b.h5')['params/decoder/out/b'][0]) / 2))")
check "$PY -c 'import sys; sys.exit(abs(float(\"$v\") - float(\"$want\")) > 1e-6)'"

# average of mismatching checkpoints: exit 1 naming the file and the parameter
"$ATTEND" average a.h5 c_shape.h5 -o bad.h5 2> err.txt; check "[ $? -eq 1 ]"
check 'grep -q "c_shape.h5" err.txt && grep -q "/params/encoder/l0/W_ih has shape (8, 13)" err.txt'
"$ATTEND" average a.h5 c_extra.h5 -o bad.h5 2> err.txt; check "[ $? -eq 1 ]"
check 'grep -q "c_extra.h5" err.txt && grep -q "/params/decoder/out/extra" err.txt'
"$ATTEND" average a.h5 c_config.h5 -o bad.h5 2> err.txt; check "[ $? -eq 1 ]"
check 'grep -q "c_config.h5.*hidden_dim" err.txt'
"$ATTEND" average a.h5 c_tok.h5 -o bad.h5 2> err.txt; check "[ $? -eq 1 ]"
check 'grep -q "c_tok.h5: the source tokenizer differs from the one of a.h5" err.txt'
"$ATTEND" average a.h5 junk.h5 -o bad.h5 2> err.txt; check "[ $? -eq 1 ]"
check 'grep -q "junk.h5" err.txt'
check '[ ! -e bad.h5 ] && ! ls bad.h5.tmp.* > /dev/null 2>&1'
"$ATTEND" average a.h5 b.h5 > /dev/null 2>&1; check "[ $? -eq 2 ]"

# the output of average round-trips through attend again
check '"$ATTEND" average avg.h5 avg.h5 -o avg2.h5 2> /dev/null && "$ATTEND" info avg2.h5 | grep -q "^parameters: 536"'

[ $fail -eq 0 ] && echo "test_cli_ckpt: all checks passed"
exit $fail
