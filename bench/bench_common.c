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

at_status bench_model_config_transformer(at_model_config *cfg, int src_vocab, int tgt_vocab) {
  static const char *const kv[][2] = {
      {"encoder", "transformer"}, {"decoder", "transformer"}, {"emb_dim", "256"},    {"model_dim", "256"},
      {"heads", "4"},             {"ff_dim", "1024"},         {"enc_layers", "4"},   {"dec_layers", "4"},
      {"norm", "pre"},            {"ff_activation", "relu"},  {"positions", "sinusoidal"},
      {"emb_scale", "1"},         {"tie_embeddings", "0"},    {"share_embeddings", "0"},
      {"dropout", "0"},           {"attn_dropout", "0"},      {"ff_dropout", "0"}};
  at_model_config_default(cfg);
  cfg->src_vocab = src_vocab;
  cfg->tgt_vocab = tgt_vocab;
  at_status s = AT_OK;
  for (size_t i = 0; s == AT_OK && i < sizeof kv / sizeof kv[0]; i++) s = at_model_config_set(cfg, kv[i][0], kv[i][1]);
  return s == AT_OK ? at_model_config_validate(cfg) : s;
}

at_status bench_model_config_arch(at_model_config *cfg, int src_vocab, int tgt_vocab, const char *arch,
                                  const char *score) {
  if (!strcmp(arch, "rnn")) return bench_model_config(cfg, src_vocab, tgt_vocab, score);
  if (!strcmp(arch, "transformer")) return bench_model_config_transformer(cfg, src_vocab, tgt_vocab);
  return at_fail(AT_ERR_INVALID_ARG, "--arch %s: expected rnn or transformer", arch);
}

static int bench__tf_dim(const at_model_config *c) { return c->model_dim > 0 ? c->model_dim : c->emb_dim; }

const char *bench_model_arch(const at_model_config *c) {
  return c->encoder == AT_ENC_TRANSFORMER && c->decoder == AT_DEC_TRANSFORMER ? "transformer" : "rnn";
}

void bench_model_config_describe(const at_model_config *c, char *buf, size_t size) {
  if (c->encoder == AT_ENC_TRANSFORMER && c->decoder == AT_DEC_TRANSFORMER) {
    int D = bench__tf_dim(c);
    snprintf(buf, size,
             "transformer %d+%d layers, emb %d, width %d, %d heads, ff %d %s, %s-norm, %s positions, V %d/%d",
             c->enc_layers, c->dec_layers, c->emb_dim, D, c->heads, c->ff_dim > 0 ? c->ff_dim : 4 * D,
             at_ff_activation_names[c->ff_activation], at_norm_names[c->norm], at_position_names[c->positions],
             c->src_vocab, c->tgt_vocab);
    return;
  }
  snprintf(buf, size, "%s %dx%s, emb %d, hidden %d, %s/%s (attn %d), feed %d, bridge %s, V %d/%d",
           at_cell_names[c->cell], c->layers, c->bidirectional ? "bi" : "uni", c->emb_dim, c->hidden_dim,
           at_attn_names[c->attention], at_score_names[c->score], c->attn_dim > 0 ? c->attn_dim : c->hidden_dim,
           c->input_feeding, at_bridge_names[c->bridge], c->src_vocab, c->tgt_vocab);
  if (c->encoder != AT_ENC_RNN || c->decoder != AT_DEC_RNN) {
    size_t n = strlen(buf);
    if (n < size)
      snprintf(buf + n, size - n, ", encoder %s (%d layers), decoder %s (%d layers), width %d, %d heads",
               at_encoder_names[c->encoder], c->enc_layers, at_decoder_names[c->decoder], c->dec_layers,
               bench__tf_dim(c), c->heads);
  }
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

/* One Transformer layer's products per position at width D, feed-forward F:
 * self-attention W_qkv (3D x D) and W_o (D x D), feed-forward W_1 (F x D)
 * and W_2 (D x F); a decoder layer adds cross-attention W_q and W_o (D x D). */
static double bench__tf_layer(double D, double F, int cross) {
  return bench__mv(D, 3 * D) + bench__mv(D, D) + (cross ? 2 * bench__mv(D, D) : 0.0) + bench__mv(D, F) +
         bench__mv(F, D);
}

/* The recurrent decoder (model/blocks/rnn_decoder.c) over encoder outputs of width H. */
static void bench__rnn_decoder(const at_model_config *c, bench_flops *f) {
  double G = c->cell == AT_CELL_GRU ? 3 : c->cell == AT_CELL_LSTM ? 4 : 1;
  double H = c->hidden_dim, A = c->attn_dim > 0 ? c->attn_dim : H, V = c->tgt_vocab;
  int attn = c->attention != AT_ATTN_NONE;
  if (attn && c->score == AT_SCORE_GENERAL) f->src_tok += bench__mv(H, H);  /* pk = k W^T */
  if (attn && c->score == AT_SCORE_CONCAT) f->src_tok += bench__mv(H, A);   /* pk = k W_k^T */
  if (c->bridge == AT_BRIDGE_DENSE) /* h0 = tanh(W_b h_enc + b) per layer (and c0 for LSTM) */
    f->sent = c->layers * (c->cell == AT_CELL_LSTM ? 2 : 1) * bench__mv(H, H);
  f->step_out = bench__mv(H, V);
  f->step = bench__decoder_step(c, G) + f->step_out;                          /* + output projection */
  if (attn) {
    if (c->score == AT_SCORE_CONCAT) f->step += bench__mv(H, A); /* W_q q */
    f->step += bench__mv(2 * H, H);                               /* combiner tanh(W_c [c; h]) */
    f->step_src = 2.0 * (c->score == AT_SCORE_CONCAT ? A : H) + 2.0 * H; /* score + context */
  } else {
    f->step += bench__mv(H, H); /* combiner tanh(W_c h) */
  }
}

/* The Transformer decoder (model/blocks/transformer.c) over encoder outputs of width K. */
static void bench__tf_decoder(const at_model_config *c, double K, bench_flops *f) {
  double E = c->emb_dim, D = bench__tf_dim(c), F = c->ff_dim > 0 ? c->ff_dim : 4 * D, V = c->tgt_vocab;
  double L = c->dec_layers;
  f->src_tok += L * bench__mv(K, 2 * D); /* cross-attention keys and values, W_kv (2D x K), once per sentence */
  f->step_out = bench__mv(D, V);
  f->step = (E != D ? bench__mv(E, D) : 0.0) + L * bench__tf_layer(D, F, 1) + f->step_out;
  f->step_src = L * 2.0 * (2.0 * D);     /* cross-attention: scores q.k (D per key over the heads) + context */
  f->step_tgt = L * 2.0 * (2.0 * D);     /* causal self-attention, the same per target position attended */
}

void bench_flops_count(const at_model_config *c, bench_flops *f) {
  double G = c->cell == AT_CELL_GRU ? 3 : c->cell == AT_CELL_LSTM ? 4 : 1;
  double K = c->hidden_dim; /* the encoder's output width */
  memset(f, 0, sizeof *f);
  /* exact: the wirings checked against the products the model issues (bench_flops_check) */
  f->exact = (c->encoder == AT_ENC_RNN && c->decoder == AT_DEC_RNN) ||
             (c->encoder == AT_ENC_TRANSFORMER && c->decoder == AT_DEC_TRANSFORMER);
  if (c->encoder == AT_ENC_TRANSFORMER) {
    double E = c->emb_dim, D = bench__tf_dim(c), F = c->ff_dim > 0 ? c->ff_dim : 4 * D;
    f->src_tok = (E != D ? bench__mv(E, D) : 0.0) + c->enc_layers * bench__tf_layer(D, F, 0);
    f->src_src = c->enc_layers * 2.0 * (2.0 * D); /* self-attention scores + context */
    K = D;
  } else {
    f->src_tok = bench__encoder_tok(c, G);
    if (c->encoder == AT_ENC_RNN_SA) { /* self-attention layers at width hidden_dim on the rnn's outputs */
      double H = c->hidden_dim, F = c->ff_dim > 0 ? c->ff_dim : 4 * H;
      f->src_tok += c->enc_layers * bench__tf_layer(H, F, 0);
      f->src_src = c->enc_layers * 2.0 * (2.0 * H);
    }
  }
  if (c->decoder == AT_DEC_TRANSFORMER)
    bench__tf_decoder(c, K, f);
  else
    bench__rnn_decoder(c, f);
}

double bench_flops_forward(const bench_flops *f, int S, int T) {
  return f->sent + S * f->src_tok + (double)S * S * f->src_src + T * (f->step + S * f->step_src + T * f->step_tgt);
}

double bench_flops_encode(const bench_flops *f, int S) { return f->sent + S * f->src_tok + (double)S * S * f->src_src; }

double bench_flops_search_step(const bench_flops *f, int S, int t) {
  return f->step + S * f->step_src + (t + 1.0) * f->step_tgt;
}

void bench_flops_print(const bench_flops *f, FILE *out) {
  fprintf(out, "FLOPs (forward, %s): %.3f M per source token, %.3f M per sentence, %.3f M per target step"
               " + %.0f per target step per source token",
          f->exact ? "exact for this wiring" : "approximate wiring", f->src_tok * 1e-6, f->sent * 1e-6,
          f->step * 1e-6, f->step_src);
  if (f->src_src > 0 || f->step_tgt > 0)
    fprintf(out, " + %.0f per source token per source position + %.0f per target step per target position"
                 " (training: all T positions; search step t: t + 1)",
            f->src_src, f->step_tgt);
  fputc('\n', out);
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
