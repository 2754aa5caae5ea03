#!/usr/bin/env bash
# Attention study: Bahdanau et al. (2015), Figure 2, on the Bible corpus.
# Trains, under the same time budget and the same sizes and tokenizers, the
# models chosen with --models from this catalogue (GRU cells unless named):
#   rnnenc                no attention (the paper's RNNenc encoder-decoder)
#   bahdanau              Bahdanau wiring, additive (concat) scores
#   luong-general         Luong global attention, general scores, input feeding
#   luong-dot             Luong global attention, dot scores, input feeding
#   luong-general-localp  luong-general with local-p attention: a window of
#                         2D+1 source pieces around a predicted position p_t,
#                         Gaussian-weighted (--locality local-p --window 10)
#   luong-general-localm  the same with p_t = t (--locality local-m --window 10)
#   luong-general-hybrid  luong-general over the whole source with a Gaussian
#                         bias around a predicted p_t (--locality hybrid --window 10)
#   bahdanau-lstm         bahdanau with LSTM cells
#   transformer           a Transformer encoder-decoder: 4+4 layers at the
#                         embedding width, 4 heads, feed-forward 1024, dropout
#                         0.3, noam schedule with 1000 warm-up steps to 0.001
#                         (its own flags override --dropout and --lr)
#   transformer-d01       the same with dropout 0.1
# translates the test set with each (greedy and beam), scores overall and by
# source length, and writes into OUTDIR: results.tsv, bleu_by_length.png,
# curves.png, attention/*.png, models.tsv, times.tsv, meta.tsv and report.md.
# Work files (tokenizers, run dirs with checkpoints, translations, logs) go to
# OUTDIR/work.
#
#   scripts/compare-attention.sh [--minutes-per-model M] [--outdir DIR] [--smoke]
#       [--models LIST] [--with-lstm] [--threads N] [--jobs J] [--corpus DIR]
#       [--emb-dim E] [--hidden-dim H] [--vocab-size V] [--batch-size B]
#       [--max-len L] [--dropout P] [--lr X] [--valid-every N] [--beam K]
#       [--resume-at STAGE]
#
#   --models LIST          comma-separated catalogue names, trained and listed
#                          in this order (default:
#                          rnnenc,bahdanau,luong-general,luong-dot)
#   --with-lstm            add bahdanau-lstm to the models
#   --minutes-per-model M  training wall time of each model (default 15)
#   --jobs J               models trained (and translated) at the same time,
#                          each with max(1, N / J) threads (default 1; --smoke:
#                          all). With J = all models every model sees the same
#                          machine load, which is fairer on a shared machine.
#   --corpus DIR           the prepared corpus (default: corpus/bible of the
#                          source tree, built with get-bible-corpus.sh if missing)
#   --smoke                a quick check: data/bible sample, tiny models, ~10 s
#                          of training each; about a minute in all
#   --resume-at STAGE      continue an interrupted study in OUTDIR (same other
#                          options, the same --models) from STAGE: tokenizers,
#                          train, translate, score, attention or report; earlier
#                          stages' files are kept, the later ones redone
# The attend binary is $ATTEND, else ${ATTEND_BUILD_DIR:-build}/attend.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
py=/usr/bin/python3
die() { echo "compare-attention: error: $*" >&2; exit 1; }
usage_die() { echo "compare-attention: $* (try --help)" >&2; exit 2; }

command_line="scripts/compare-attention.sh${*:+ $*}"
minutes= outdir= smoke=0 with_lstm=0 threads=$(nproc) jobs= corpus=
emb= hidden= vocab= batch= maxlen= dropout= lr= valid_every= beam=5 resume_at= model_list=
while (($#)); do
  (($# >= 2)) || case $1 in --smoke|--with-lstm|-h|--help) ;; *) usage_die "$1 needs a value" ;; esac
  case $1 in
    --minutes-per-model) minutes=$2; shift 2 ;;
    --outdir) outdir=$2; shift 2 ;;
    --smoke) smoke=1; shift ;;
    --with-lstm) with_lstm=1; shift ;;
    --models) model_list=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --emb-dim) emb=$2; shift 2 ;;
    --hidden-dim) hidden=$2; shift 2 ;;
    --vocab-size) vocab=$2; shift 2 ;;
    --batch-size) batch=$2; shift 2 ;;
    --max-len) maxlen=$2; shift 2 ;;
    --dropout) dropout=$2; shift 2 ;;
    --lr) lr=$2; shift 2 ;;
    --valid-every) valid_every=$2; shift 2 ;;
    --beam) beam=$2; shift 2 ;;
    --resume-at) resume_at=$2; shift 2 ;;
    -h|--help) awk 'NR == 1 { next } !/^#/ { exit } { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) usage_die "unknown option '$1'" ;;
  esac
done

# ---- settings -------------------------------------------------------------------
if ((smoke)); then
  : "${minutes:=0.17}" "${outdir:=$here/runs/attention-study-smoke}" "${corpus:=$here/data/bible}"
  : "${emb:=32}" "${hidden:=64}" "${vocab:=500}" "${batch:=32}" "${maxlen:=50}" "${dropout:=0}"
  : "${lr:=0.003}" "${valid_every:=10}"
else
  : "${minutes:=15}" "${outdir:=$here/runs/attention-study}" "${corpus:=$here/corpus/bible}"
  : "${emb:=256}" "${hidden:=512}" "${vocab:=8000}" "${batch:=64}" "${maxlen:=80}" "${dropout:=0}"
  : "${lr:=0.001}" "${valid_every:=100}"
fi
# heatmaps: the three longest test sentences of at most this many words
long_max_words=$( ((smoke)) && echo 20 || echo 40)

# the catalogue: name | cell | attention flags | description
catalogue=(
  "rnnenc|gru|--attention none --no-input-feeding|no attention (RNNenc): the decoder starts from the encoder's final states"
  "bahdanau|gru|--attention bahdanau --score concat --no-input-feeding|Bahdanau: additive (concat) scores from s_{t-1}, context fed to the decoder cell"
  "luong-general|gru|--attention luong --score general --input-feeding|Luong global attention, general scores, input feeding"
  "luong-dot|gru|--attention luong --score dot --input-feeding|Luong global attention, dot scores, input feeding"
  "luong-general-localp|gru|--attention luong --score general --input-feeding --locality local-p --window 10|Luong local-p attention: predicted position p_t, window of 2D+1 source pieces (D = 10) weighted by a Gaussian (sigma = D/2); general scores, input feeding"
  "luong-general-localm|gru|--attention luong --score general --input-feeding --locality local-m --window 10|Luong local-m attention: monotonic position p_t = t, window of 2D+1 source pieces (D = 10); general scores, input feeding"
  "luong-general-hybrid|gru|--attention luong --score general --input-feeding --locality hybrid --window 10|hybrid: global attention whose logits get a Gaussian bias around a predicted position p_t (sigma = D/2, D = 10); general scores, input feeding"
  "bahdanau-lstm|lstm|--attention bahdanau --score concat --no-input-feeding|Bahdanau as above with LSTM cells"
  "transformer|-|--encoder transformer --decoder transformer --enc-layers 4 --dec-layers 4 --heads 4 --ff-dim 1024 --emb-scale --dropout 0.3 --lr-schedule noam --warmup 1000 --lr 0.001|Transformer (pre-norm), 4+4 layers, model width = embedding size, 4 heads, feed-forward 1024, dropout 0.3 (Joey NMT's IWSLT setting), noam schedule: warm-up 1000 steps to lr 0.001"
  "transformer-d01|-|--encoder transformer --decoder transformer --enc-layers 4 --dec-layers 4 --heads 4 --ff-dim 1024 --emb-scale --dropout 0.1 --lr-schedule noam --warmup 1000 --lr 0.001|the same Transformer with dropout 0.1"
)
catalogue_names() { local m out=; for m in "${catalogue[@]}"; do out+=" ${m%%|*}"; done; echo "${out# }"; }
: "${model_list:=rnnenc,bahdanau,luong-general,luong-dot}"
((with_lstm)) && [[ ,$model_list, != *,bahdanau-lstm,* ]] && model_list+=",bahdanau-lstm"
[[ $model_list =~ ^[a-z0-9-]+(,[a-z0-9-]+)*$ ]] || usage_die "--models: expected comma-separated names, got '$model_list'"
models=()
IFS=, read -r -a wanted <<< "$model_list"
for w in "${wanted[@]}"; do
  found=
  for m in "${catalogue[@]}"; do [ "${m%%|*}" = "$w" ] && { found=$m; break; }; done
  [ -n "$found" ] || usage_die "--models: unknown model '$w' (known: $(catalogue_names))"
  for m in "${models[@]}"; do [ "${m%%|*}" = "$w" ] && usage_die "--models: '$w' given twice"; done
  models+=("$found")
done
names=()
for m in "${models[@]}"; do names+=("${m%%|*}"); done
nmodels=${#models[@]}
: "${jobs:=$( ((smoke)) && echo "$nmodels" || echo 1)}"
[[ $jobs =~ ^[1-9][0-9]*$ ]] || usage_die "--jobs: expected a positive integer, got '$jobs'"
[[ $threads =~ ^[1-9][0-9]*$ ]] || usage_die "--threads: expected a positive integer, got '$threads'"
((jobs > nmodels)) && jobs=$nmodels
tpj=$((threads / jobs)); ((tpj >= 1)) || tpj=1
stages=(tokenizers train translate score attention report)
stage_index() { local i; for i in "${!stages[@]}"; do [ "${stages[$i]}" = "$1" ] && { echo "$i"; return; }; done; echo -1; }
resume_index=0
if [ -n "$resume_at" ]; then
  resume_index=$(stage_index "$resume_at")
  ((resume_index >= 0)) || usage_die "--resume-at: expected one of ${stages[*]}, got '$resume_at'"
fi
# stage NAME: true when stage NAME is to run (not before the --resume-at stage)
stage() { (($(stage_index "$1") >= resume_index)); }

attend=${ATTEND:-${ATTEND_BUILD_DIR:-$here/build}/attend}
[ -x "$attend" ] || die "attend binary $attend not found (build with scripts/setup.sh, or set ATTEND)"
[ -x "$py" ] || die "$py not found (run scripts/setup.sh)"
"$attend" train --help >/dev/null 2>&1 || die "$attend has no working 'train' command"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "== [$(date -u +%H:%M:%S)] $*" >&2; }

# ---- corpus -----------------------------------------------------------------------
if [ ! -s "$corpus/train.es" ]; then
  ((smoke)) && die "sample corpus $corpus is missing"
  log "preparing the Bible corpus into $corpus"
  "$here/scripts/get-bible-corpus.sh" "$corpus"
fi
for f in train dev test; do
  for l in es en; do [ -s "$corpus/$f.$l" ] || die "$corpus/$f.$l is missing or empty"; done
done
corpus=$(cd "$corpus" && pwd)
ntest=$(wc -l < "$corpus/test.es")

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
work=$outdir/work
if [ -n "$resume_at" ]; then
  [ -s "$outdir/meta.tsv" ] && [ -d "$work" ] || die "--resume-at: $outdir holds no earlier study"
  earlier=$(awk -F'\t' '$1 == "models" { print $2 }' "$outdir/meta.tsv")
  [ -z "$earlier" ] || [ "$earlier" = "$(IFS=,; echo "${names[*]}")" ] \
    || die "--resume-at: $outdir studied --models $earlier, not $(IFS=,; echo "${names[*]}")"
  stage attention && rm -rf "$work/attn" "$outdir/attention"
  rm -f "$work"/status/*.failed "$outdir"/{models.tsv,report.md,bleu_by_length.png,curves.png}
else
  rm -rf "$work" "$outdir/attention"
  rm -f "$outdir"/{results.tsv,models.tsv,times.tsv,meta.tsv,report.md,bleu_by_length.png,curves.png}
fi
mkdir -p "$work"/{spm,runs,hyp,logs,scores,attn,status} "$outdir/attention"

trap 'st=$?; kids=$(jobs -p); [ -z "$kids" ] || { kill $kids 2>/dev/null || true; }; exit $st' EXIT
trap 'exit 130' INT TERM

# run_pool FUNCTION ARG...: FUNCTION ARG for each ARG, at most $jobs at a time.
# A task reports failure by leaving $work/status/<ARG>.<FUNCTION>.failed.
run_pool() {
  local fn=$1 a; shift
  for a in "$@"; do
    while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
    ( "$fn" "$a" || touch "$work/status/$a.$fn.failed" ) &
  done
  wait || true
  local failed
  failed=$(ls "$work/status/" | grep "\.$fn\.failed$" || true)
  [ -z "$failed" ] || die "$fn failed for: $(echo "$failed" | sed "s/\.$fn\.failed//" | tr '\n' ' ')(logs in $work/logs)"
}

field() { # field N "a|b|c|d"
  echo "$2" | cut -d'|' -f"$1"
}
model_spec() { # model_spec NAME -> the line of models[]
  local m
  for m in "${models[@]}"; do [ "$(field 1 "$m")" = "$1" ] && { echo "$m"; return; }; done
  return 1
}

# ---- machine and settings ------------------------------------------------------------
start_wall=$(now)
if [ -n "$resume_at" ]; then
  printf 'resumed\tat stage %s, %s, git %s: `%s`\n' "$resume_at" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)" "$command_line" >> "$outdir/meta.tsv"
  start_wall=$(date -d "$(awk -F'\t' '$1 == "started_utc" { print $2 }' "$outdir/meta.tsv")" +%s)
  # drop the times of the stages that run again (phase -> stage: translate-* -> translate)
  awk -F'\t' -v keep="${stages[*]:0:resume_index}" 'BEGIN { n = split(keep, k, " "); for (i = 1; i <= n; i++) ok[k[i]] = 1 }
    NR == 1 { print; next } { p = $2; sub(/-.*/, "", p); if (p in ok) print }' "$outdir/times.tsv" > "$work/times.tmp"
  mv "$work/times.tmp" "$outdir/times.tsv"
else
{
  printf 'command\t%s\n' "$command_line"
  printf 'started_utc\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf 'git_commit\t%s\n' "$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$here" diff --quiet HEAD -- 2>/dev/null || echo ' (working tree modified)')"
  printf 'nproc\t%s\n' "$(nproc)"
  printf 'cpu_model\t%s\n' "$(grep -m1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//')"
  printf 'memory\t%s\n' "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  printf 'load_at_start\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'mode\t%s\n' "$( ((smoke)) && echo smoke || echo full)"
  printf 'corpus\t%s\n' "$corpus"
  printf 'corpus_lines\ttrain %s, dev %s, test %s\n' "$(wc -l < "$corpus/train.es")" "$(wc -l < "$corpus/dev.es")" "$ntest"
  printf 'minutes_per_model\t%s\n' "$minutes"
  printf 'jobs\t%s\n' "$jobs"
  printf 'threads_per_job\t%s\n' "$tpj"
  printf 'vocab_size\t%s\n' "$vocab"
  printf 'emb_dim\t%s\n' "$emb"
  printf 'hidden_dim\t%s\n' "$hidden"
  printf 'batch_size\t%s\n' "$batch"
  printf 'max_len\t%s\n' "$maxlen"
  printf 'dropout\t%s\n' "$dropout"
  printf 'lr\t%s\n' "$lr"
  printf 'valid_every\t%s\n' "$valid_every"
  printf 'beam\t%s\n' "$beam"
  printf 'models\t%s\n' "$(IFS=,; echo "${names[*]}")"
  printf 'heatmap_max_words\t%s\n' "$long_max_words"
} > "$outdir/meta.tsv"
printf 'model\tphase\tseconds\n' > "$outdir/times.tsv"
fi

# ---- tokenizers, once for all models --------------------------------------------------
spm_one() { # spm_one src|tgt
  local lang; lang=$([ "$1" = src ] && echo es || echo en)
  "$attend" spm-train --input "$corpus/train.$lang" --model-prefix "$work/spm/$1" --vocab-size "$vocab" \
    --threads "$tpj" > "$work/logs/spm-$1.log" 2>&1
}
if stage tokenizers; then
  log "training the SentencePiece tokenizers ($vocab pieces per language)"
  t0=$(now)
  jobs_saved=$jobs; jobs=2
  run_pool spm_one src tgt
  jobs=$jobs_saved
  printf 'all\ttokenizers\t%s\n' "$(elapsed "$t0" "$(now)")" >> "$outdir/times.tsv"
fi

# ---- training -------------------------------------------------------------------------
train_one() {
  local name=$1 spec cell flags t0 rc=0
  spec=$(model_spec "$name"); cell=$(field 2 "$spec"); flags=$(field 3 "$spec")
  t0=$(now)
  # shellcheck disable=SC2086 # flags are words
  "$attend" train --src "$corpus/train.es" --tgt "$corpus/train.en" \
    --dev-src "$corpus/dev.es" --dev-tgt "$corpus/dev.en" --save-dir "$work/runs/$name" \
    --src-spm "$work/spm/src.model" --tgt-spm "$work/spm/tgt.model" \
    --cell "${cell/-/gru}" --layers 1 --bidirectional --emb-dim "$emb" --hidden-dim "$hidden" \
    --dropout "$dropout" --label-smoothing 0.1 --optimizer adam --lr "$lr" --clip-norm 1.0 $flags \
    --batch-size "$batch" --max-len "$maxlen" --max-minutes "$minutes" --max-epochs 0 \
    --valid-every "$valid_every" --save-every 0 --log-every "$valid_every" --seed 1 --threads "$tpj" \
    > "$work/logs/$name.train.out" 2> "$work/logs/$name.train.log" || rc=$?
  printf '%s\ttrain\t%s\n' "$name" "$(elapsed "$t0" "$(now)")" > "$work/status/$name.train.time"
  [ "$rc" -eq 0 ] && [ -s "$work/runs/$name/last.h5" ]
}
if stage train; then
  log "training ${names[*]}: $minutes min each, $jobs at a time, $tpj thread(s) each"
  rm -rf "$work"/runs/*
  run_pool train_one "${names[@]}"
  for n in "${names[@]}"; do cat "$work/status/$n.train.time" >> "$outdir/times.tsv"; done
fi

checkpoint() { # the best dev-perplexity checkpoint, else the last
  if [ -s "$work/runs/$1/best.h5" ]; then echo "$work/runs/$1/best.h5"; else echo "$work/runs/$1/last.h5"; fi
}

# ---- translation and scores -------------------------------------------------------------
searches=(greedy "beam$beam")
beam_of() { if [ "$1" = greedy ]; then echo 1; else echo "${1#beam}"; fi; }
translate_one() {
  local name=$1 s t0 hyp
  for s in "${searches[@]}"; do
    hyp=$work/hyp/$name.$s.en
    t0=$(now)
    "$attend" translate --model "$(checkpoint "$name")" -i "$corpus/test.es" -o "$hyp" \
      --beam "$(beam_of "$s")" --threads "$tpj" 2> "$work/logs/$name.$s.translate.log" || return 1
    printf '%s\ttranslate-%s\t%s\n' "$name" "$s" "$(elapsed "$t0" "$(now)")" >> "$work/status/$name.translate.time"
    [ "$(wc -l < "$hyp")" -eq "$ntest" ] || { echo "$hyp: wrong line count" >&2; return 1; }
  done
}
if stage translate; then
  log "translating the test set ($ntest lines; greedy and beam $beam)"
  rm -f "$work"/status/*.translate.time
  run_pool translate_one "${names[@]}"
  for n in "${names[@]}"; do cat "$work/status/$n.translate.time" >> "$outdir/times.tsv"; done
fi

if stage score; then
log "scoring"
printf 'model\tsearch\tbucket\tmin_len\tmax_len\tsentences\tbleu\tchrf\n' > "$outdir/results.tsv"
for n in "${names[@]}"; do
  for s in "${searches[@]}"; do
    hyp=$work/hyp/$n.$s.en
    "$attend" score --ref "$corpus/test.en" --hyp "$hyp" --format tsv > "$work/scores/$n.$s.tsv"
    "$attend" score --ref "$corpus/test.en" --hyp "$hyp" --by-length --src "$corpus/test.es" --format tsv \
      > "$work/scores/$n.$s.by-length.tsv"
    awk -F'\t' -v OFS='\t' -v m="$n" -v s="$s" -v n="$ntest" '
      FNR == NR { if ($1 == "BLEU") bleu = $2; else if ($1 ~ /^chrF/) chrf = $2; next }
      FNR == 1 { next }
      { print m, s, $1, $2, $3, $4, $5, $6; if (min == "" || $2 < min) min = $2 }
      END { if (bleu == "" || chrf == "") exit 1; print m, s, "all", min, "inf", n, bleu, chrf }' \
      "$work/scores/$n.$s.tsv" "$work/scores/$n.$s.by-length.tsv" >> "$outdir/results.tsv" \
      || die "could not read the scores of $hyp"
  done
done
fi

# ---- attention heatmaps of three long test sentences ------------------------------------
if stage attention; then
# (awk, not head: head may close the pipe while sort writes, which pipefail counts as a failure)
awk -v max="$long_max_words" 'NF <= max { print NF "\t" NR }' "$corpus/test.es" | sort -t$'\t' -k1,1nr -k2,2n \
  | awk -F'\t' 'NR <= 3 { print $2 }' | sort -n > "$work/attn/lines"
awk 'FNR == NR { want[$1] = 1; next } FNR in want' "$work/attn/lines" "$corpus/test.es" > "$work/attn/long.es"
attention_one() {
  local name=$1 i=0 n
  "$attend" translate --model "$(checkpoint "$name")" -i "$work/attn/long.es" -o "$work/attn/$name.hyp.en" \
    --beam "$beam" --threads "$tpj" --attention "$work/attn/$name.json" --attention-format json \
    2> "$work/logs/$name.attention.log" || return 1
  "$py" "$here/scripts/plot-attention.py" "$work/attn/$name.json" --outdir "$work/attn/$name" --prefix x \
    >> "$work/logs/$name.attention.log" 2>&1 || return 1
  while read -r n; do # test line numbers, 1-based, in file order
    mv "$work/attn/$name/x$i.png" "$outdir/attention/$name-test$n.png" || return 1
    i=$((i + 1))
  done < "$work/attn/lines"
}
attn_names=()
for m in "${models[@]}"; do [[ $(field 3 "$m") == *"--attention none"* ]] || attn_names+=("$(field 1 "$m")"); done
log "attention heatmaps of test lines $(tr '\n' ' ' < "$work/attn/lines")for ${attn_names[*]}"
run_pool attention_one "${attn_names[@]}"
fi

# ---- models table, plots and report -------------------------------------------------------
{
  printf 'model\tcell\tflags\tdescription\trun_dir\n'
  for m in "${models[@]}"; do
    printf '%s\t%s\t%s\t%s\twork/runs/%s\n' "$(field 1 "$m")" "$(field 2 "$m")" "$(field 3 "$m")" "$(field 4 "$m")" "$(field 1 "$m")"
  done
} > "$outdir/models.tsv"
sed -i '/^heatmap_lines\t/d; /^load_at_end\t/d; /^total_wall_s\t/d' "$outdir/meta.tsv"
printf 'load_at_end\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$outdir/meta.tsv"
printf 'total_wall_s\t%s\n' "$(elapsed "$start_wall" "$(now)")" >> "$outdir/meta.tsv"
printf 'heatmap_lines\t%s\n' "$(paste -sd' ' "$work/attn/lines")" >> "$outdir/meta.tsv"
log "plots and report"
"$py" "$here/scripts/plot-study.py" "$outdir"
log "done: $outdir/report.md"
