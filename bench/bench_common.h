/* attend bench: helpers shared by the benchmark programs (not part of
 * libattend): medians, peak memory, machine load, the analytic FLOP count
 * of the seq2seq model, tokenizers trained into a cache, and TSV records.
 *
 * FLOP counting (docs/performance.md): only matrix and matrix-vector
 * products are counted, at 2 FLOPs per multiply-add; element-wise work
 * (activations, gates, softmax, loss, Adam) is not. Counts use each
 * sentence's real lengths, so padding is never counted as useful work. */
#ifndef ATTEND_BENCH_COMMON_H
#define ATTEND_BENCH_COMMON_H

#include "core/core.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"

/* Median of v[0..n) (sorts v). 0 when n == 0. */
double bench_median(double *v, int n);
/* Peak resident set size of this process in MiB (getrusage ru_maxrss). */
double bench_peak_rss_mib(void);
/* 1-minute load average from /proc/loadavg, or -1 when unavailable. */
double bench_loadavg(void);
/* OMP_WAIT_POLICY from the environment, or "default". On a loaded machine
 * spinning OpenMP threads (the default) can cost several times the speed. */
const char *bench_omp_wait_policy(void);
/* "YYYY-MM-DDTHH:MM:SSZ" (UTC) into buf. */
void bench_timestamp(char *buf, size_t size);

/* The bench configuration (the issue's): GRU, 1 layer, bidirectional encoder
 * (256 per direction), embeddings 256, hidden 512, Luong attention with
 * `score`, attention size 512, no input feeding, dense bridge, no dropout,
 * no tied embeddings. */
at_status bench_model_config(at_model_config *cfg, int src_vocab, int tgt_vocab, const char *score);
/* One line describing cfg, e.g. "gru 1x bi, emb 256, hidden 512, luong/concat (512), feed 0, V 8000/8000". */
void bench_model_config_describe(const at_model_config *cfg, char *buf, size_t size);

/* Forward FLOPs of the model for one sentence with S source tokens (EOS
 * included) and T target steps (target pieces + EOS):
 *   forward(S, T) = sent + S * src_tok + T * (step + S * step_src)
 * Training (forward + backward) = 3 * forward: every product's backward
 * computes two products of the same size (the input's and the weight's
 * gradient; for attention scores and context, the query's and the keys').
 * One search step of one hypothesis over a source of S tokens costs
 * step + S * step_src; encoding a source costs sent + S * src_tok. */
typedef struct bench_flops {
  int exact;        /* 1: counted for the wiring of model/seq2seq.c */
  double src_tok;   /* encoder input projections + recurrences + attention key projection, per source token */
  double sent;      /* once per sentence: the bridge to the decoder's initial state */
  double step;      /* per target step: decoder input projection + recurrence + query projection
                       (concat) + combiner + output projection */
  double step_src;  /* per target step and source token: attention scores + context */
} bench_flops;

void bench_flops_count(const at_model_config *cfg, bench_flops *f);
double bench_flops_forward(const bench_flops *f, int S, int T);
/* Prints the per-part numbers for the config to out. */
void bench_flops_print(const bench_flops *f, FILE *out);

/* The tokenizer for one language: `spm_path` when given; otherwise
 * <cache_dir>/<corpus_name>-unigram<vocab>.<lang>.model, trained with
 * SentencePiece (unigram) on train_file first when that file is absent. */
at_status bench_tokenizer_get(const char *spm_path, const char *cache_dir, const char *train_file,
                              const char *lang, int vocab, int threads, at_tokenizer **out, char *used_path,
                              size_t used_size);

/* Appends `line` to the TSV file `path`, writing `header` first when the
 * file is new or empty. Both end without '\n'. */
at_status bench_tsv_append(const char *path, const char *header, const char *line);

/* Strict option values: 0 on success, -1 (and a message on stderr) on error. */
int bench_parse_int(const char *opt, const char *text, long min, long max, long *out);
int bench_parse_double(const char *opt, const char *text, double min, double max, double *out);

#endif
