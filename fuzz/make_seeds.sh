#!/usr/bin/env bash
# Regenerates fuzz/seeds/ (committed; run only to change them):
#   fuzz/make_seeds.sh ATTEND_BINARY
# Small SentencePiece models (identity normalization: ~1.5 KB instead of the
# 245 KB of data/spm's nmt_nfkc ones), two tiny checkpoints trained for two
# steps on the first 300 lines of data/bible, and hand-made broken variants of
# each input kind. Needs spm_train (sentencepiece) and Debian's python3-h5py (/usr/bin/python3).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
attend=${1:?usage: fuzz/make_seeds.sh ATTEND_BINARY}
seeds=$here/fuzz/seeds
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
head -300 "$here/data/bible/train.es" >es.txt
head -300 "$here/data/bible/train.en" >en.txt
spm() { spm_train --input="$1" --model_prefix="$2" --vocab_size="$3" --model_type="$4" \
  --normalization_rule_name=identity --pad_id=0 --unk_id=1 --bos_id=2 --eos_id=3 \
  --character_coverage=1.0 --hard_vocab_limit=false --minloglevel=2 >/dev/null 2>&1; }
spm es.txt es 120 unigram
spm en.txt en 120 unigram
spm en.txt bpe 100 bpe
train() { OMP_NUM_THREADS=1 "$attend" train --src es.txt --tgt en.txt --src-spm es.model --tgt-spm en.model \
  --max-steps 2 --batch-size 8 --valid-every 0 --save-every 0 "$@" >/dev/null; }
train --save-dir rnn --emb-dim 4 --hidden-dim 4 --cell rnn --attention none --optimizer sgd --no-bidirectional
train --save-dir adam --emb-dim 4 --hidden-dim 4 --cell gru --layers 1 --attention luong --score general --optimizer adam

# regress_* seeds are inputs the fuzzers found (docs/reliability.md): kept
find "$seeds" -type f ! -name 'regress_*' -delete 2>/dev/null || true
mkdir -p "$seeds"/{checkpoint,config,corpus,tokenizer,score}
cp rnn/last.h5 "$seeds/checkpoint/rnn_sgd.h5"
cp adam/last.h5 "$seeds/checkpoint/gru_luong_adam.h5"
cp es.model "$seeds/tokenizer/unigram_es.model"
cp bpe.model "$seeds/tokenizer/bpe_en.model"
cp rnn/config.yaml "$seeds/config/run_config.yaml"

/usr/bin/python3 - "$seeds" <<'PY'
import os, random, sys, shutil
import h5py, numpy as np
S = sys.argv[1]
def put(kind, name, data):
    with open(os.path.join(S, kind, name), 'wb') as f:
        f.write(data)
rnd = random.Random(13)

# ---- checkpoints: cut, flipped, edited with h5py
ck = open(os.path.join(S, 'checkpoint', 'rnn_sgd.h5'), 'rb').read()
put('checkpoint', 'empty', b'')
put('checkpoint', 'superblock_only', ck[:96])
put('checkpoint', 'cut_half', ck[:len(ck) // 2])
put('checkpoint', 'cut_4k', ck[:4096])
for k in range(2):
    b = bytearray(ck)
    for _ in range(8):
        i = rnd.randrange(len(b))
        b[i] ^= 1 << rnd.randrange(8)
    put('checkpoint', 'flipped_%d' % k, bytes(b))
put('checkpoint', 'random_bytes', bytes(rnd.randrange(256) for _ in range(2048)))
def edit(name, fn):
    p = os.path.join(S, 'checkpoint', name)
    shutil.copy(os.path.join(S, 'checkpoint', 'rnn_sgd.h5'), p)
    with h5py.File(p, 'r+') as f:
        fn(f)
def fx(text): return np.bytes_(text)  # a fixed-length string (format_version 2 has no others)
def v3(f): f.attrs['format_version'] = np.int64(3)
def vlen(f): f['config'].attrs['cell'] = 'gru'  # h5py's str: variable-length, refused in version 2
def v1(f):  # a version 1 file as attend 0.1 wrote it: variable-length strings, read
    f.attrs['format_version'] = np.int64(1)
    for o in (f, f['config']):
        for k in list(o.attrs):
            if isinstance(o.attrs[k], (bytes, np.bytes_)):
                o.attrs[k] = o.attrs[k].decode()
def nofmt(f): del f.attrs['format']
def f64(f):
    d = f['params/combine/W'][...]; del f['params/combine/W']
    f['params/combine/W'] = d.astype('f8')
def huge(f):
    del f['params/combine/W']
    f.create_dataset('params/combine/W', shape=(2**31 - 1, 2), dtype='f4', chunks=(1, 2))
def shape(f):
    d = f['params/combine/W'][...]; del f['params/combine/W']
    f['params/combine/W'] = d.reshape(2, 8)
def extra(f): f['params/extra'] = np.zeros(3, 'f4')
def cfg(f):
    f['config'].attrs['hidden_dim'] = np.int64(1 << 20)
    f['config'].attrs['cell'] = fx('lstmx')
def cfgtypes(f):
    f['config'].attrs['emb_scale'] = np.bool_(True)
    f['config'].attrs['layers'] = np.uint16(1)
    f['config'].attrs['dropout'] = np.int8(0)
def runcfg(f): f['config'].attrs['run_config'] = fx('lr: 0.5\nbad: [1, 2]\n')
def notok(f): del f['tokenizer/src']
def badtok(f):
    del f['tokenizer/tgt']; f['tokenizer/tgt'] = np.frombuffer(b'not a model', 'u1')
def state(f): f['train_state'].attrs['step'] = np.float64(1.5)
def tokunwritten(f):
    del f['tokenizer/src']
    f.create_dataset('tokenizer/src', shape=(100 << 20,), dtype='u1', chunks=(1 << 16,))
for n, fn in [('version3', v3), ('vlen_string_v2', vlen), ('version1_vlen', v1), ('no_format', nofmt), ('param_f64', f64), ('param_huge_chunked', huge),
              ('param_reshaped', shape), ('param_extra', extra), ('config_out_of_range', cfg),
              ('config_attr_types', cfgtypes),
              ('run_config_list', runcfg), ('no_src_tokenizer', notok), ('bad_tgt_tokenizer', badtok),
              ('state_float_step', state), ('tokenizer_unwritten_100mb', tokunwritten)]:
    try:
        edit(n + '.h5', fn)
    except Exception as e:
        print('make_seeds: skipped', n, e, file=sys.stderr)
        os.remove(os.path.join(S, 'checkpoint', n + '.h5'))

# ---- configs
C = {
 'flat.yaml': b'cell: gru\nhidden_dim: 64\nemb-dim: 32\nlr: 0.001\nattention: luong\nscore: general\n',
 'sections.yaml': b'model:\n  cell: lstm\n  layers: 2\ntraining:\n  lr: 0.01\n  batch_size: 16\n',
 'unknown_key.yaml': b'cell: gru\nno_such_key: 1\n',
 'duplicate.yaml': b'lr: 0.1\nlr: 0.2\n',
 'duplicate_dash.yaml': b'emb_dim: 8\nemb-dim: 16\n',
 'anchor.yaml': b'a: &x 3\nlayers: *x\n',
 'list.yaml': b'layers: [1, 2]\n',
 'block_list.yaml': b'buckets:\n  - 1\n  - 2\n',
 'huge_numbers.yaml': b'hidden_dim: 99999999999999999999\nlr: 1e999\nlayers: -2147483649\nseed: 18446744073709551616\n',
 'nan.yaml': b'lr: .nan\nclip_norm: .inf\n',
 'quoted.yaml': b'save_dir: "a \\"b\\" \\\\ c"\nsrc: \'x y\'\n',
 'multiline.yaml': b'save_dir: |\n  two\n  lines\n',
 'empty_value.yaml': b'save_dir:\ncell:\n',
 'scalar.yaml': b'just a scalar\n',
 'empty.yaml': b'',
 'documents.yaml': b'lr: 1\n---\nlr: 2\n',
 'tags.yaml': b'lr: !!float 1\nlayers: !!str 2\n',
 'long_key.yaml': b'k' * 300 + b': 1\n',
 'binary.yaml': bytes(range(256)),
 'bad_utf8.yaml': b'save_dir: "\xff\xfe"\n',
 'tabs.yaml': b'lr:\t0.1\n\tcell: gru\n',
 'flow_map.yaml': b'{cell: gru, layers: 2}\n',
 'complex_key.yaml': b'? [a, b]\n: 1\n',
 'bool_forms.yaml': b'bidirectional: yes\nvalid_bleu: off\ntie_embeddings: TRUE\n',
}
for k, v in C.items(): put('config', k, v)

# ---- corpora: CTRL SRC 0x1e TGT (fuzz/fuzz_corpus.c)
es = open('es.txt', 'rb').read().split(b'\n')
en = open('en.txt', 'rb').read().split(b'\n')
def cor(name, ctrl, src, tgt): put('corpus', name, bytes([ctrl]) + src + b'\x1e' + tgt)
cor('bible_10', 0, b'\n'.join(es[:10]) + b'\n', b'\n'.join(en[:10]) + b'\n')
cor('bible_10_maxlen', 0x47, b'\n'.join(es[:10]) + b'\n', b'\n'.join(en[:10]) + b'\n')
cor('crlf', 0x80, b'hola mundo\r\nadios\r\n', b'hello world\r\nbye\r\n')
cor('nul', 0, b'ho\x00la\nmundo\n', b'hel\x00lo\nworld\n')
cor('invalid_utf8', 0x10, b'\xff\xfe\nbien\n\xc3\n', b'ok\n\xed\xa0\x80\nfine\n')
cor('empty_lines', 0, b'\n\na\n\n', b'x\n\n\n\n')
cor('count_mismatch', 0, b'a\nb\nc\n', b'a\nb\n')
cor('no_final_newline', 0, b'a\nb', b'c\nd')
cor('long_line', 0x43, b'palabra ' * 2000 + b'\ncorta\n', b'word ' * 2000 + b'\nshort\n')
cor('only_cr', 0, b'a\rb\rc', b'x\ry\rz')
cor('empty_files', 0, b'', b'')
cor('no_separator', 0, b'just one side\n', b'')
put('corpus', 'no_separator', b'\x00just one side\n')
cor('unicode', 0x20, '¿Qué? ¡Sí! ñandú – “comillas” 😀\n'.encode(), 'What? Yes! — “quotes” 😀\n'.encode())

# ---- tokenizer models: cut, flipped
for name in ('unigram_es.model', 'bpe_en.model'):
    m = open(os.path.join(S, 'tokenizer', name), 'rb').read()
    base = name.split('.')[0]
    put('tokenizer', base + '_cut_half', m[:len(m) // 2])
    put('tokenizer', base + '_cut_1', m[:-1])
    for k in range(2):
        b = bytearray(m)
        for _ in range(4):
            i = rnd.randrange(len(b)); b[i] ^= 1 << rnd.randrange(8)
        put('tokenizer', '%s_flipped_%d' % (base, k), bytes(b))
put('tokenizer', 'empty', b'')
put('tokenizer', 'random_bytes', bytes(rnd.randrange(256) for _ in range(512)))
put('tokenizer', 'text', b'this is not a model\n')

# ---- score: CTRL HYP 0x1e REF [0x1e REF2] [0x1e SRC] (fuzz/fuzz_score.c)
def sc(name, ctrl, *fields): put('score', name, bytes([ctrl]) + b'\x1e'.join(fields))
ref = b'\n'.join(en[:8]) + b'\n'
hyp = b'\n'.join(l.replace(b'the', b'a') for l in en[:8]) + b'\n'
src = b'\n'.join(es[:8]) + b'\n'
sc('bible_8', 0, hyp, ref)
sc('bible_8_two_refs', 1, hyp, ref, hyp)
sc('bible_8_by_length', 2, hyp, ref, src)
sc('bible_8_all', 0x7f, hyp, ref, ref, src)
sc('lowercase_tsv', 0x0c, 'ÉL DIJO İ Ґ\n'.encode(), 'él dijo i̇ ґ\n'.encode())
sc('nul', 0, b'a\x00b\n', b'ab\n')
sc('invalid_utf8', 0, b'\xff\n', b'x\n')
sc('crlf', 0, b'a b\r\nc\r\n', b'a b\nc\n')
sc('count_mismatch', 0, b'a\nb\n', b'a\n')
sc('empty', 0, b'', b'')
sc('empty_lines', 0x20, b'\n\n\n', b'\n\n\n')
sc('long_line', 0x10, b'x ' * 5000 + b'\n', b'x ' * 4999 + b'y\n')
sc('punctuation', 0, b'He said: "no," (twice) -- 3.5% & 1,000.\n', b'He said : " no , " ( twice ) -- 3.5 % &amp; 1,000 .\n')
sc('unicode_spaces', 0x03, '\u3000a\u00a0b\u2028c\n'.encode(), 'a b c\n'.encode(), 'a\n'.encode(), '\u2003x\n'.encode())
PY
for d in "$seeds"/*; do echo "$(basename "$d"): $(ls "$d" | wc -l) files, $(cat "$d"/* | wc -c) bytes"; done
