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
/* The bench Transformer (issue 10): Transformer encoder and decoder, width
 * model_dim = emb_dim = 256 (no input projection), 4 heads, feed-forward 1024
 * (ReLU), 4 + 4 layers, pre-norm, sinusoidal positions, embeddings scaled by
 * sqrt(256), no dropout (residual, attention, feed-forward), no tied or
 * shared embeddings. */
at_status bench_model_config_transformer(at_model_config *cfg, int src_vocab, int tgt_vocab);
/* `arch` "rnn" (bench_model_config with `score`) or "transformer" (score
 * ignored); AT_ERR_INVALID_ARG for another name. */
at_status bench_model_config_arch(at_model_config *cfg, int src_vocab, int tgt_vocab, const char *arch,
                                  const char *score);
/* "transformer" when cfg has a Transformer encoder and decoder, else "rnn". */
const char *bench_model_arch(const at_model_config *cfg);
/* One line describing cfg, e.g. "gru 1x bi, emb 256, hidden 512, luong/concat (512), feed 0, V 8000/8000". */
void bench_model_config_describe(const at_model_config *cfg, char *buf, size_t size);

/* Forward FLOPs of the model for one sentence with S source tokens (EOS
 * included) and T target steps (target pieces + EOS), as the training
 * forward computes them:
 *   forward(S, T) = sent + S * src_tok + S^2 * src_src
 *                 + T * (step + S * step_src + T * step_tgt)
 * Training (forward + backward) = 3 * forward: every product's backward
 * computes two products of the same size (the input's and the weight's
 * gradient; for attention scores and context, the query's and the keys').
 * The training forward of a Transformer decoder computes the whole T x T
 * self-attention score matrix and masks it (hence T^2); search step t
 * attends to its t + 1 cached positions only:
 *   encode(S)     = sent + S * src_tok + S^2 * src_src
 *   search_step(S, t) = step + S * step_src + (t + 1) * step_tgt
 * per sentence encoded and per hypothesis stepped. */
typedef struct bench_flops {
  int exact;        /* 1: counted for the wiring of model/seq2seq.c and the blocks (rnn + rnn, transformer +
                       transformer); 0: a pairing counted part by part, not checked */
  double src_tok;   /* per source token: rnn: encoder input projections + recurrences + attention key
                       projection; transformer: the encoder layers' projections and feed-forward, and
                       every decoder layer's cross-attention key/value projection */
  double src_src;   /* per source token and source position: encoder self-attention (scores + context) */
  double sent;      /* once per sentence: the bridge to the decoder's initial state */
  double step;      /* per target step: rnn: decoder input projection + recurrence + query projection
                       (concat) + combiner + output projection; transformer: the decoder layers'
                       projections and feed-forward + output projection */
  double step_out;  /* the output projection's part of step (training computes its gradient products in
                       the forward: model/seq2seq.c runs the output layer in blocks of rows) */
  double step_src;  /* per target step and source token: attention scores + context */
  double step_tgt;  /* per target step and target position attended: decoder self-attention
                       (scores + context) */
} bench_flops;

void bench_flops_count(const at_model_config *cfg, bench_flops *f);
double bench_flops_forward(const bench_flops *f, int S, int T);
double bench_flops_encode(const bench_flops *f, int S);
double bench_flops_search_step(const bench_flops *f, int S, int t);
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
