#define _POSIX_C_SOURCE 200809L
#include "bench/bench_common.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

static int bench__cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

double bench_median(double *v, int n) {
  if (n <= 0) return 0.0;
  qsort(v, (size_t)n, sizeof *v, bench__cmp_double);
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double bench_peak_rss_mib(void) {
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return -1.0;
  return (double)ru.ru_maxrss / 1024.0; /* Linux: kilobytes */
}

double bench_loadavg(void) {
  FILE *f = fopen("/proc/loadavg", "r");
  double l = -1.0;
  if (!f) return l;
  if (fscanf(f, "%lf", &l) != 1) l = -1.0;
  fclose(f);
  return l;
}

const char *bench_omp_wait_policy(void) {
  const char *p = getenv("OMP_WAIT_POLICY");
  return p && *p ? p : "default";
}

void bench_timestamp(char *buf, size_t size) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ---- the bench model ----------------------------------------------------------- */

at_status bench_model_config(at_model_config *cfg, int src_vocab, int tgt_vocab, const char *score) {
  static const char *const kv[][2] = {{"cell", "gru"},        {"layers", "1"},         {"bidirectional", "1"},
                                      {"emb_dim", "256"},     {"hidden_dim", "512"},   {"attention", "luong"},
                                      {"attn_dim", "512"},    {"input_feeding", "0"},  {"bridge", "dense"},
                                      {"tie_embeddings", "0"}, {"emb_scale", "0"},     {"dropout", "0"}};
  at_model_config_default(cfg);
  cfg->src_vocab = src_vocab;
  cfg->tgt_vocab = tgt_vocab;
  at_status s = at_model_config_set(cfg, "score", score);
  for (size_t i = 0; s == AT_OK && i < sizeof kv / sizeof kv[0]; i++) s = at_model_config_set(cfg, kv[i][0], kv[i][1]);
  return s == AT_OK ? at_model_config_validate(cfg) : s;
}

void bench_model_config_describe(const at_model_config *c, char *buf, size_t size) {
  snprintf(buf, size, "%s %dx%s, emb %d, hidden %d, %s/%s (attn %d), feed %d, bridge %s, V %d/%d",
           at_cell_names[c->cell], c->layers, c->bidirectional ? "bi" : "uni", c->emb_dim, c->hidden_dim,
           at_attn_names[c->attention], at_score_names[c->score], c->attn_dim > 0 ? c->attn_dim : c->hidden_dim,
           c->input_feeding, at_bridge_names[c->bridge], c->src_vocab, c->tgt_vocab);
}

/* ---- FLOPs ------------------------------------------------------------------ */

/* 2 * in * out: one (in -> out) product for one row. */
static double bench__mv(double in, double out) { return 2.0 * in * out; }

static double bench__encoder_tok(const at_model_config *c, double G) {
  double dirs = c->bidirectional ? 2.0 : 1.0, Hd = c->bidirectional ? c->hidden_dim / 2 : c->hidden_dim;
  double f = 0.0;
  for (int l = 0; l < c->layers; l++) {
    double in = l == 0 ? c->emb_dim : c->hidden_dim;
    f += dirs * (bench__mv(in, G * Hd) + bench__mv(Hd, G * Hd)); /* W_ih x, W_hh h */
  }
  return f;
}

static double bench__decoder_step(const at_model_config *c, double G) {
  double H = c->hidden_dim, f = 0.0;
  double in0 = c->emb_dim + (c->input_feeding || c->attention == AT_ATTN_BAHDANAU ? H : 0.0);
  for (int l = 0; l < c->layers; l++) f += bench__mv(l == 0 ? in0 : H, G * H) + bench__mv(H, G * H);
  return f;
}

void bench_flops_count(const at_model_config *c, bench_flops *f) {
  double G = c->cell == AT_CELL_GRU ? 3 : c->cell == AT_CELL_LSTM ? 4 : 1;
  double H = c->hidden_dim, A = c->attn_dim > 0 ? c->attn_dim : H, V = c->tgt_vocab;
  int attn = c->attention != AT_ATTN_NONE;
  memset(f, 0, sizeof *f);
  f->exact = 1; /* model/seq2seq.c: Luong, Bahdanau and none as wired there */
  f->src_tok = bench__encoder_tok(c, G);
  if (attn && c->score == AT_SCORE_GENERAL) f->src_tok += bench__mv(H, H);  /* pk = k W^T */
  if (attn && c->score == AT_SCORE_CONCAT) f->src_tok += bench__mv(H, A);   /* pk = k W_k^T */
  if (c->bridge == AT_BRIDGE_DENSE) /* h0 = tanh(W_b h_enc + b) per layer (and c0 for LSTM) */
    f->sent = c->layers * (c->cell == AT_CELL_LSTM ? 2 : 1) * bench__mv(H, H);
  f->step = bench__decoder_step(c, G) + bench__mv(H, V);                     /* + output projection */
  if (attn) {
    if (c->score == AT_SCORE_CONCAT) f->step += bench__mv(H, A); /* W_q q */
    f->step += bench__mv(2 * H, H);                               /* combiner tanh(W_c [c; h]) */
    f->step_src = 2.0 * (c->score == AT_SCORE_CONCAT ? A : H) + 2.0 * H; /* score + context */
  } else {
    f->step += bench__mv(H, H); /* combiner tanh(W_c h) */
  }
}

double bench_flops_forward(const bench_flops *f, int S, int T) {
  return f->sent + S * f->src_tok + T * (f->step + S * f->step_src);
}

void bench_flops_print(const bench_flops *f, FILE *out) {
  fprintf(out, "FLOPs (forward, %s): %.3f M per source token, %.3f M per sentence, %.3f M per target step"
               " + %.0f per target step per source token\n",
          f->exact ? "exact for this wiring" : "approximate wiring", f->src_tok * 1e-6, f->sent * 1e-6,
          f->step * 1e-6, f->step_src);
}

/* ---- tokenizers ---------------------------------------------------------------- */

static at_status bench__mkdir_p(const char *dir) {
  char path[1024];
  if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
    return at_fail(AT_ERR_INVALID_ARG, "%s: path too long", dir);
  for (char *p = path + 1;; p++) {
    if (*p != '/' && *p != '\0') continue;
    char c = *p;
    *p = '\0';
    if (mkdir(path, 0777) != 0 && errno != EEXIST) return at_fail(AT_ERR_IO, "mkdir %s: %s", path, strerror(errno));
    *p = c;
    if (c == '\0') return AT_OK;
  }
}

static int bench__exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

static at_status bench__spm_train(const char *train_file, const char *prefix, int vocab, int threads) {
  at_spm_train_options o;
  at_spm_train_options_default(&o);
  o.inputs = &train_file;
  o.n_inputs = 1;
  o.model_prefix = prefix;
  o.vocab_size = vocab;
  o.model_type = AT_SPM_UNIGRAM;
  o.num_threads = threads > 0 ? threads : 1;
  fprintf(stderr, "training SentencePiece unigram %d on %s -> %s.model\n", vocab, train_file, prefix);
  return at_spm_train(&o);
}

at_status bench_tokenizer_get(const char *spm_path, const char *cache_dir, const char *train_file,
                              const char *lang, int vocab, int threads, at_tokenizer **out, char *used_path,
                              size_t used_size) {
  char prefix[1024];
  if (spm_path) {
    snprintf(used_path, used_size, "%s", spm_path);
    return at_tokenizer_load(spm_path, out);
  }
  if (snprintf(prefix, sizeof prefix, "%s/bible-unigram%d.%s", cache_dir, vocab, lang) >= (int)sizeof prefix)
    return at_fail(AT_ERR_INVALID_ARG, "%s: path too long", cache_dir);
  snprintf(used_path, used_size, "%s.model", prefix);
  if (!bench__exists(used_path)) {
    at_status s = bench__mkdir_p(cache_dir);
    if (s == AT_OK) s = bench__spm_train(train_file, prefix, vocab, threads);
    if (s != AT_OK) return s;
  }
  return at_tokenizer_load(used_path, out);
}

/* ---- records -------------------------------------------------------------------- */

at_status bench_tsv_append(const char *path, const char *header, const char *line) {
  FILE *f = fopen(path, "a");
  if (!f) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  if (fseek(f, 0, SEEK_END) == 0 && ftell(f) == 0) fprintf(f, "%s\n", header);
  fprintf(f, "%s\n", line);
  if (fclose(f) != 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  return AT_OK;
}

int bench_parse_int(const char *opt, const char *text, long min, long max, long *out) {
  char *end;
  errno = 0;
  long v = text ? strtol(text, &end, 10) : 0;
  if (!text || errno || end == text || *end || v < min || v > max) {
    fprintf(stderr, "%s: expected an integer in %ld..%ld, got '%s'\n", opt, min, max, text ? text : "");
    return -1;
  }
  *out = v;
  return 0;
}

int bench_parse_double(const char *opt, const char *text, double min, double max, double *out) {
  char *end;
  errno = 0;
  double v = text ? strtod(text, &end) : 0;
  if (!text || errno || end == text || *end || !(v >= min && v <= max)) {
    fprintf(stderr, "%s: expected a number in %g..%g, got '%s'\n", opt, min, max, text ? text : "");
    return -1;
  }
  *out = v;
  return 0;
}
