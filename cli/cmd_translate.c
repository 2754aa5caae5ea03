#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
/* attend translate: stream a text file through a translator, one output line
 * per input line, in input order. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "decoder/decoder.h"

#define CMD "translate"
#define MAX_MODELS 16

static void at__usage(FILE *f) {
  fprintf(f,
          "Usage: attend translate --model CKPT [--model CKPT2 ...] [options]\n"
          "\n"
          "Translates text, one sentence per line, with the checkpoint's own SentencePiece\n"
          "models. Every input line gives exactly one output line, in input order; an empty\n"
          "line gives an empty line. Several --model options decode with an ensemble\n"
          "(log-probabilities averaged; the vocabularies must match).\n"
          "\n"
          "Input and output:\n"
          "  -m, --model CKPT          checkpoint (.h5) to translate with (repeatable)\n"
          "  -i, --input FILE          read FILE (default: standard input)\n"
          "  -o, --output FILE         write FILE (default: standard output)\n"
          "      --scores              append ' ||| SCORE' (normalised log-probability)\n"
          "      --alignments          append ' ||| i-j ...' word alignments from the attention\n"
          "      --nbest N             write N hypotheses per line, Moses format\n"
          "                            'LINE ||| HYPOTHESIS ||| SCORE' (LINE counts from 0)\n"
          "      --attention FILE      write each sentence's attention matrix with its pieces\n"
          "      --attention-format F  tsv or json (JSON lines); default from FILE's extension\n"
          "      --attention-heads     multi-head models: also each head's matrix (the main\n"
          "                            matrix and --alignments are the head average)\n"
          "      --strict              fail on a line that is not valid UTF-8 (default: warn\n"
          "                            and write an empty line)\n"
          "Search:\n"
          "  -b, --beam K              beam size; 1 = greedy (default 5)\n"
          "      --length-penalty A    GNMT length normalisation alpha (default 0.6)\n"
          "      --min-length N        no end of sentence before N pieces (default 0)\n"
          "      --max-length-ratio A  at most A * source pieces + B target pieces (default 2)\n"
          "      --max-length-extra B  (default 10)\n"
          "      --max-src-len N       source pieces kept; longer lines are cut with a\n"
          "                            warning (default 250)\n"
          "Speed:\n"
          "      --batch-size N        sentences per batch (default 128)\n"
          "      --chunk-lines N       lines read, sorted and translated at a time (default 4096)\n"
          "  -t, --threads N           threads (default: all cores); output does not depend on it\n"
          "  -q, --quiet               no progress or summary on stderr\n"
          "  -h, --help                this help\n");
}

typedef struct tr_args {
  const char *models[MAX_MODELS];
  int n_models;
  const char *input, *output, *attention, *attn_format;
  int scores, alignments, strict, quiet, attn_heads;
  long chunk;
  at_translator_options opt;
} tr_args;

enum { OPT_SCORES = 256, OPT_ALIGN, OPT_NBEST, OPT_ATTN, OPT_ATTN_FMT, OPT_STRICT, OPT_LP, OPT_MINLEN, OPT_RATIO,
       OPT_EXTRA, OPT_MAXSRC, OPT_BATCH, OPT_CHUNK, OPT_ATTN_HEADS };

static int at__parse_args(int argc, char **argv, tr_args *a) {
  static const struct option longopts[] = {
      {"model", required_argument, 0, 'm'},        {"input", required_argument, 0, 'i'},
      {"output", required_argument, 0, 'o'},       {"scores", no_argument, 0, OPT_SCORES},
      {"alignments", no_argument, 0, OPT_ALIGN},   {"nbest", required_argument, 0, OPT_NBEST},
      {"attention", required_argument, 0, OPT_ATTN}, {"attention-format", required_argument, 0, OPT_ATTN_FMT},
      {"strict", no_argument, 0, OPT_STRICT},      {"beam", required_argument, 0, 'b'},
      {"attention-heads", no_argument, 0, OPT_ATTN_HEADS},
      {"length-penalty", required_argument, 0, OPT_LP}, {"min-length", required_argument, 0, OPT_MINLEN},
      {"max-length-ratio", required_argument, 0, OPT_RATIO}, {"max-length-extra", required_argument, 0, OPT_EXTRA},
      {"max-src-len", required_argument, 0, OPT_MAXSRC}, {"batch-size", required_argument, 0, OPT_BATCH},
      {"chunk-lines", required_argument, 0, OPT_CHUNK}, {"threads", required_argument, 0, 't'},
      {"quiet", no_argument, 0, 'q'},              {"help", no_argument, 0, 'h'},
      {0, 0, 0, 0}};
  memset(a, 0, sizeof *a);
  at_translator_options_default(&a->opt);
  a->chunk = 4096;
  long v;
  double d;
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":m:i:o:b:t:qh", longopts, NULL)) != -1) {
    switch (c) {
    case 'm':
      if (a->n_models == MAX_MODELS) return cli_usage_error(CMD, "at most %d --model options", MAX_MODELS);
      a->models[a->n_models++] = optarg;
      break;
    case 'i': a->input = optarg; break;
    case 'o': a->output = optarg; break;
    case OPT_SCORES: a->scores = 1; break;
    case OPT_ALIGN: a->alignments = 1; break;
    case OPT_NBEST:
      if (cli_parse_int(CMD, "nbest", optarg, 1, 256, &v)) return CLI_USAGE;
      a->opt.search.nbest = (int)v;
      break;
    case OPT_ATTN: a->attention = optarg; break;
    case OPT_ATTN_FMT:
      if (strcmp(optarg, "tsv") && strcmp(optarg, "json"))
        return cli_usage_error(CMD, "--attention-format: expected tsv or json, got '%s'", optarg);
      a->attn_format = optarg;
      break;
    case OPT_STRICT: a->strict = 1; break;
    case OPT_ATTN_HEADS: a->attn_heads = 1; break;
    case 'b':
      if (cli_parse_int(CMD, "beam", optarg, 1, 256, &v)) return CLI_USAGE;
      a->opt.search.beam = (int)v;
      break;
    case OPT_LP:
      if (cli_parse_float(CMD, "length-penalty", optarg, 0, 10, &d)) return CLI_USAGE;
      a->opt.search.length_penalty = (float)d;
      break;
    case OPT_MINLEN:
      if (cli_parse_int(CMD, "min-length", optarg, 0, 100000, &v)) return CLI_USAGE;
      a->opt.search.min_length = (int)v;
      break;
    case OPT_RATIO:
      if (cli_parse_float(CMD, "max-length-ratio", optarg, 0, 100, &d)) return CLI_USAGE;
      a->opt.search.max_len_ratio = (float)d;
      break;
    case OPT_EXTRA:
      if (cli_parse_int(CMD, "max-length-extra", optarg, 0, 100000, &v)) return CLI_USAGE;
      a->opt.search.max_len_extra = (int)v;
      break;
    case OPT_MAXSRC:
      if (cli_parse_int(CMD, "max-src-len", optarg, 2, 100000, &v)) return CLI_USAGE;
      a->opt.max_src_len = (int)v;
      break;
    case OPT_BATCH:
      if (cli_parse_int(CMD, "batch-size", optarg, 1, 100000, &v)) return CLI_USAGE;
      a->opt.batch_size = (int)v;
      break;
    case OPT_CHUNK:
      if (cli_parse_int(CMD, "chunk-lines", optarg, 1, 10000000, &v)) return CLI_USAGE;
      a->chunk = v;
      break;
    case 't':
      if (cli_parse_int(CMD, "threads", optarg, 1, 1024, &v)) return CLI_USAGE;
      a->opt.threads = (int)v;
      break;
    case 'q': a->quiet = 1; break;
    case 'h': at__usage(stdout); return -1;
    case ':': return cli_usage_error(CMD, "option '%s' needs a value", argv[optind - 1]);
    default: return cli_usage_error(CMD, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return cli_usage_error(CMD, "unexpected argument '%s'", argv[optind]);
  if (a->n_models == 0) return cli_usage_error(CMD, "--model CKPT is required");
  if (a->opt.search.nbest > a->opt.search.beam)
    return cli_usage_error(CMD, "--nbest %d is larger than the beam (%d)", a->opt.search.nbest, a->opt.search.beam);
  if (a->attention && !a->attn_format) {
    size_t n = strlen(a->attention);
    int json = (n >= 5 && !strcmp(a->attention + n - 5, ".json")) || (n >= 6 && !strcmp(a->attention + n - 6, ".jsonl"));
    a->attn_format = json ? "json" : "tsv";
  }
  a->opt.search.want_attention = a->attention || a->alignments;
  return CLI_OK;
}

/* ---- writing --------------------------------------------------------------------- */

static void at__write_json_string(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(f, "\\%c", *p);
    else if (*p < 0x20)
      fprintf(f, "\\u%04x", *p);
    else
      fputc(*p, f);
  }
  fputc('"', f);
}

/* One matrix (rows, cols) as a JSON array of rows. */
static void at__write_json_matrix(FILE *f, const float *m, int rows, int cols) {
  fputc('[', f);
  for (int i = 0; i < rows; i++) {
    fputs(i ? ", [" : "[", f);
    for (int j = 0; j < cols; j++) fprintf(f, j ? ", %.5f" : "%.5f", m[(size_t)i * cols + j]);
    fputc(']', f);
  }
  fputc(']', f);
}

/* TSV: a header line, a row of source pieces, then one row per target piece. */
static void at__write_tsv_matrix(FILE *f, const char *header, const at_translation *t, const float *m, int rows,
                                 int cols) {
  fprintf(f, "%s\n", header);
  for (int j = 0; j < cols; j++) fprintf(f, "\t%s", t->src_pieces[j]);
  fputc('\n', f);
  for (int i = 0; i < rows; i++) {
    fputs(t->tgt_pieces[i], f);
    for (int j = 0; j < cols; j++) fprintf(f, "\t%.5f", m[(size_t)i * cols + j]);
    fputc('\n', f);
  }
  fputc('\n', f);
}

/* The attention of one line: the main matrix (the head average for
 * multi-head models) and, with heads, each head's ("heads" in JSON, blocks
 * headed "# line N head H" in TSV, H from 1). */
static void at__write_attention(FILE *f, const char *format, int heads, long line, const at_translation *t) {
  int rows = t->attn ? t->tgt_rows : 0, cols = t->attn ? t->src_pieces_n : 0;
  heads = heads && t->attn_heads ? t->heads : 0;
  if (!strcmp(format, "json")) {
    fprintf(f, "{\"line\": %ld, \"src\": [", line);
    for (int j = 0; j < cols; j++) {
      if (j) fputs(", ", f);
      at__write_json_string(f, t->src_pieces[j]);
    }
    fputs("], \"tgt\": [", f);
    for (int i = 0; i < rows; i++) {
      if (i) fputs(", ", f);
      at__write_json_string(f, t->tgt_pieces[i]);
    }
    fputs("], \"attention\": ", f);
    at__write_json_matrix(f, t->attn, rows, cols);
    if (heads) {
      fputs(", \"heads\": [", f);
      for (int h = 0; h < heads; h++) {
        if (h) fputs(", ", f);
        at__write_json_matrix(f, t->attn_heads + (size_t)h * rows * cols, rows, cols);
      }
      fputc(']', f);
    }
    fputs("}\n", f);
    return;
  }
  char header[64];
  snprintf(header, sizeof header, "# line %ld", line);
  at__write_tsv_matrix(f, header, t, t->attn, rows, cols);
  for (int h = 0; h < heads; h++) {
    snprintf(header, sizeof header, "# line %ld head %d", line, h + 1);
    at__write_tsv_matrix(f, header, t, t->attn_heads + (size_t)h * rows * cols, rows, cols);
  }
}

static int at__write_result(FILE *out, FILE *attn, const tr_args *a, long line0, const at_translation *t) {
  if (a->opt.search.nbest > 1) {
    if (t->n == 0) fprintf(out, "%ld |||  ||| 0\n", line0);
    for (int k = 0; k < t->n; k++) fprintf(out, "%ld ||| %s ||| %.6f\n", line0, t->text[k], t->score[k]);
  } else {
    fputs(t->n ? t->text[0] : "", out);
    if (a->scores) fprintf(out, " ||| %.6f", t->n ? t->score[0] : 0.0f);
    if (a->alignments) {
      char *al = NULL;
      if (at_translation_alignment(t, &al)) return 1;
      fprintf(out, " ||| %s", al);
      free(al);
    }
    fputc('\n', out);
  }
  if (attn) at__write_attention(attn, a->attn_format, a->attn_heads, line0, t);
  return 0;
}

/* ---- reading in chunks -------------------------------------------------------------- */

typedef struct chunk {
  char **lines;
  long n, cap;
} chunk;

static void at__chunk_clear(chunk *c) {
  for (long i = 0; i < c->n; i++) free(c->lines[i]);
  c->n = 0;
}

/* Reads up to max lines; returns -1 on a read error. Strips '\n' (the
 * translator ignores a final '\r'). */
static int at__chunk_read(chunk *c, FILE *in, long max, size_t *bytes) {
  at__chunk_clear(c);
  if (c->cap < max) {
    char **nl = realloc(c->lines, sizeof(char *) * (size_t)max);
    if (!nl) return -1;
    c->lines = nl;
    c->cap = max;
  }
  while (c->n < max) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = getline(&line, &cap, in);
    if (len < 0) {
      free(line);
      return ferror(in) ? -1 : 0;
    }
    *bytes += (size_t)len;
    if (len && line[len - 1] == '\n') line[--len] = '\0';
    c->lines[c->n++] = line;
  }
  return 0;
}

static void at__progress(const tr_args *a, long lines, long tokens, double t0, size_t bytes, size_t total, int final) {
  if (a->quiet) return;
  double dt = at_now() - t0;
  if (dt <= 0) dt = 1e-9;
  if (final) {
    if (isatty(2)) fputc('\n', stderr);
    fprintf(stderr, "attend translate: %ld sentences, %ld target pieces, %.1f s, %.1f sentences/s, %.0f tokens/s\n",
            lines, tokens, dt, lines / dt, tokens / dt);
    return;
  }
  if (!isatty(2)) return;
  fprintf(stderr, "\r%ld lines, %.1f sentences/s, %.0f tokens/s", lines, lines / dt, tokens / dt);
  if (total > 0 && bytes > 0 && bytes < total) fprintf(stderr, ", ETA %.0f s  ", dt * (double)(total - bytes) / bytes);
  fflush(stderr);
}

static int at__translate_stream(const tr_args *a, at_translator *tr, FILE *in, FILE *out, FILE *attn, size_t total) {
  chunk c = {0};
  at_translation *res = NULL;
  int rc = CLI_OK, eof = 0;
  long line0 = 0, tokens = 0;
  size_t bytes = 0;
  double t0 = at_now();
  const char *iname = a->input ? a->input : "standard input";
  while (!eof && rc == CLI_OK) {
    if (at__chunk_read(&c, in, a->chunk, &bytes) < 0) {
      cli_error(CMD, "reading %s: read error", iname);
      rc = CLI_FAIL;
      break;
    }
    if (c.n < a->chunk) eof = 1;
    if (c.n == 0) break;
    at_translation *nr = realloc(res, sizeof *res * (size_t)c.n);
    if (!nr) {
      rc = cli_fail_status(CMD, "translating", at_fail(AT_ERR_NOMEM, "out of memory"));
      break;
    }
    res = nr;
    at_status st = at_translator_translate(tr, (const char *const *)c.lines, (int)c.n, res);
    if (st) {
      rc = cli_fail_status(CMD, "translating", st);
      break;
    }
    for (long i = 0; i < c.n && rc == CLI_OK; i++) {
      if (res[i].status == AT_ERR_UTF8) {
        cli_error(CMD, "%s:%ld: invalid UTF-8%s", iname, line0 + i + 1,
                  a->strict ? "" : "; writing an empty line");
        if (a->strict) rc = CLI_FAIL;
      } else if (res[i].truncated) {
        cli_error(CMD, "warning: %s:%ld: longer than %d pieces; translating the first %d", iname, line0 + i + 1,
                  a->opt.max_src_len - 1, a->opt.max_src_len - 1);
      }
    }
    for (long i = 0; i < c.n && rc == CLI_OK; i++) {
      if (at__write_result(out, attn, a, line0 + i, &res[i])) rc = cli_fail_status(CMD, "writing", AT_ERR_NOMEM);
      tokens += res[i].n ? res[i].tgt_pieces_n[0] : 0;
    }
    for (long i = 0; i < c.n; i++) at_translation_free(&res[i]);
    line0 += c.n;
    fflush(out);
    at__progress(a, line0, tokens, t0, bytes, total, 0);
  }
  if (rc == CLI_OK) at__progress(a, line0, tokens, t0, bytes, total, 1);
  at__chunk_clear(&c);
  free(c.lines);
  free(res);
  return rc;
}

int cmd_translate(int argc, char **argv) {
  tr_args a;
  int rc = at__parse_args(argc, argv, &a);
  if (rc == -1) return CLI_OK;
  if (rc) return rc;
  FILE *in = stdin, *out = stdout, *attn = NULL;
  size_t total = 0;
  if (a.input) {
    if (!(in = fopen(a.input, "rb"))) {
      cli_error(CMD, "cannot open %s: %s", a.input, strerror(errno));
      return CLI_FAIL;
    }
    struct stat sb;
    if (fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode)) total = (size_t)sb.st_size;
  }
  at_translator *tr = NULL;
  at_status st = at_translator_open(a.models, a.n_models, &a.opt, &tr);
  if (st) {
    rc = cli_fail_status(CMD, "opening the model", st);
    goto done;
  }
  if (a.output && !(out = fopen(a.output, "wb"))) {
    cli_error(CMD, "cannot create %s: %s", a.output, strerror(errno));
    rc = CLI_FAIL;
    goto done;
  }
  if (a.attention && !(attn = fopen(a.attention, "wb"))) {
    cli_error(CMD, "cannot create %s: %s", a.attention, strerror(errno));
    rc = CLI_FAIL;
    goto done;
  }
  rc = at__translate_stream(&a, tr, in, out, attn, total);
  if (fflush(out) != 0 || ferror(out)) {
    cli_error(CMD, "writing %s failed", a.output ? a.output : "standard output");
    rc = CLI_FAIL;
  }
done:
  if (attn) fclose(attn);
  if (out && out != stdout) fclose(out);
  if (in != stdin) fclose(in);
  at_translator_close(tr);
  return rc;
}
