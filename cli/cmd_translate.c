#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath */
#endif
/* attend translate: stream a text file through a translator, one output line
 * per input line, in input order. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "decoder/decoder.h"
#include "train/train.h"

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
          "      --resume              continue an interrupted run of the same command (-i FILE\n"
          "                            -o FILE): keep the lines FILE.partial holds, translate\n"
          "                            the rest; refused when the input, a model or an option\n"
          "                            that changes the output differs\n"
          "      --scores              append ' ||| SCORE' (normalised log-probability)\n"
          "      --alignments          append ' ||| i-j ...' word alignments from the attention\n"
          "      --nbest N             write N hypotheses per line, Moses format 'LINE |||\n"
          "                            HYPOTHESIS ||| LogProb= L LenPen= P ||| SCORE' (LINE\n"
          "                            from 0; SCORE = L / P, the value the beam ranks by)\n"
          "      --attention FILE      write each sentence's attention matrix with its pieces\n"
          "      --attention-format F  tsv or json (JSON lines); default from FILE's extension\n"
          "      --attention-heads     multi-head models: also each head's matrix (the main\n"
          "                            matrix and --alignments are the head average; a\n"
          "                            Transformer: cross-attention of every layer and head,\n"
          "                            the main matrix the last layer's head average)\n"
          "      --attention-maps LIST more matrices after each main one, LIST a comma list of\n"
          "                            cross (each layer's and head's cross-attention, as\n"
          "                            --attention-heads), enc-self (the encoder's\n"
          "                            self-attention per layer and head over the source\n"
          "                            pieces), dec-self (the decoder's causal\n"
          "                            self-attention: rows the target pieces, columns the\n"
          "                            decoder inputs <s> y1 ...); needs --attention\n"
          "      --strict              fail on a line that is not valid UTF-8 or holds a NUL\n"
          "                            byte (default: warn and write an empty line)\n"
          "      --max-line-bytes N    a longer input line is an error (default 16777216)\n"
          "Search:\n"
          "  -b, --beam K              beam size; 1 = greedy (default 5)\n"
          "      --length-penalty A    GNMT length normalisation alpha (default 0.6)\n"
          "      --min-length N        no end of sentence before N pieces (default 0)\n"
          "      --max-length-ratio A  at most A * source pieces + B target pieces (default 2)\n"
          "      --max-length-extra B  (default 10)\n"
          "      --max-src-len N       source pieces kept; longer lines are cut with a\n"
          "                            warning (default 250)\n"
          "Speed:\n"
          "      --shortlist FILE      decode each sentence over a vocabulary shortlist made by\n"
          "                            'attend shortlist' for this model's tokenizers: the\n"
          "                            frequent target pieces and those of its source pieces\n"
          "      --shortlist-k N       use the first N pieces per source piece (default: all)\n"
          "      --shortlist-frequent N  use the N most frequent pieces (default: all)\n"
          "      --int8                multiply in int8 (weights per row, scales in float;\n"
          "                            a float32 checkpoint is quantised as it loads, as\n"
          "                            'attend quantize' does; an int8 checkpoint always is)\n"
          "      --batch-size N        sentences per batch (default 128)\n"
          "      --chunk-lines N       lines read, sorted and translated at a time (default 4096)\n"
          "  -t, --threads N           threads (default: all cores); output does not depend on it\n"
          "  -q, --quiet               no progress or summary on stderr\n"
          "  -h, --help                this help\n"
          "\n"
          "-o FILE is written to a temporary file next to it and renamed over FILE on\n"
          "success; on failure FILE is left untouched. On SIGINT or SIGTERM the current\n"
          "chunk is finished, the lines done go to FILE.partial (or standard output) and\n"
          "the exit status is 130 or 143; a second signal stops at once, keeping the\n"
          "chunks already done. Every chunk is synced and recorded in FILE.partial.meta, so\n"
          "a run that was interrupted in any way (Ctrl-C, kill -9, a crash) continues with\n"
          "--resume and gives the same bytes as an uninterrupted run. The input, output and\n"
          "attention files must differ.\n"
          "\n"
          "mpirun -np N attend translate ... shards the input (built with MPI): rank 0\n"
          "reads it (a file or standard input), hands chunk k of every N chunks to rank\n"
          "k, and alone writes the outputs, in input order and byte for byte those of one\n"
          "process with the same --chunk-lines, --batch-size and --threads (per process);\n"
          "--resume, --nbest and --attention work as in one process. Use --chunk-lines at\n"
          "most lines / N so every rank gets work. A failing rank ends the job with its\n"
          "message; the chunks done are kept for --resume.\n");
}

typedef struct tr_args {
  const char *models[MAX_MODELS];
  int n_models;
  const char *input, *output, *attention, *attn_format, *shortlist;
  int scores, alignments, strict, quiet, attn_heads, attn_cross, resume;
  long chunk, max_line;
  at_translator_options opt;
} tr_args;

enum { OPT_SCORES = 256, OPT_ALIGN, OPT_NBEST, OPT_ATTN, OPT_ATTN_FMT, OPT_STRICT, OPT_LP, OPT_MINLEN, OPT_RATIO,
       OPT_EXTRA, OPT_MAXSRC, OPT_BATCH, OPT_CHUNK, OPT_ATTN_HEADS, OPT_MAXLINE,
       OPT_ATTN_MAPS, OPT_RESUME, OPT_SHORTLIST, OPT_SHORTLIST_K, OPT_SHORTLIST_F, OPT_INT8 };

/* --attention-maps LIST: cross, enc-self, dec-self (comma-separated). */
static int at__parse_maps(const char *list, tr_args *a) {
  a->attn_cross = 0;
  a->opt.attention_maps = 0;
  const char *p = list;
  for (;;) {
    const char *e = strchr(p, ',');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    if (n == 5 && !strncmp(p, "cross", n))
      a->attn_cross = 1;
    else if (n == 8 && !strncmp(p, "enc-self", n))
      a->opt.attention_maps |= AT_MAPS_ENC_SELF;
    else if (n == 8 && !strncmp(p, "dec-self", n))
      a->opt.attention_maps |= AT_MAPS_DEC_SELF;
    else {
      cli_usage_error(CMD, "--attention-maps: expected a comma list of cross, enc-self and dec-self, got '%.*s' in '%s'",
                      (int)n, p, list);
      return 1;
    }
    if (!e) return 0;
    p = e + 1;
  }
}

static int at__parse_args(int argc, char **argv, tr_args *a) {
  static const struct option longopts[] = {
      {"model", required_argument, 0, 'm'},        {"input", required_argument, 0, 'i'},
      {"output", required_argument, 0, 'o'},       {"scores", no_argument, 0, OPT_SCORES},
      {"alignments", no_argument, 0, OPT_ALIGN},   {"nbest", required_argument, 0, OPT_NBEST},
      {"attention", required_argument, 0, OPT_ATTN}, {"attention-format", required_argument, 0, OPT_ATTN_FMT},
      {"strict", no_argument, 0, OPT_STRICT},      {"beam", required_argument, 0, 'b'},
      {"attention-heads", no_argument, 0, OPT_ATTN_HEADS}, {"attention-maps", required_argument, 0, OPT_ATTN_MAPS},
      {"length-penalty", required_argument, 0, OPT_LP}, {"min-length", required_argument, 0, OPT_MINLEN},
      {"max-length-ratio", required_argument, 0, OPT_RATIO}, {"max-length-extra", required_argument, 0, OPT_EXTRA},
      {"max-src-len", required_argument, 0, OPT_MAXSRC}, {"batch-size", required_argument, 0, OPT_BATCH},
      {"chunk-lines", required_argument, 0, OPT_CHUNK}, {"threads", required_argument, 0, 't'},
      {"max-line-bytes", required_argument, 0, OPT_MAXLINE}, {"resume", no_argument, 0, OPT_RESUME},
      {"shortlist", required_argument, 0, OPT_SHORTLIST}, {"shortlist-k", required_argument, 0, OPT_SHORTLIST_K},
      {"shortlist-frequent", required_argument, 0, OPT_SHORTLIST_F}, {"int8", no_argument, 0, OPT_INT8},
      {"quiet", no_argument, 0, 'q'},              {"help", no_argument, 0, 'h'},
      {0, 0, 0, 0}};
  memset(a, 0, sizeof *a);
  at_translator_options_default(&a->opt);
  a->chunk = 4096;
  a->max_line = 16L << 20;
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
    case OPT_ATTN_MAPS:
      if (at__parse_maps(optarg, a)) return CLI_USAGE;
      break;
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
    case OPT_SHORTLIST: a->shortlist = optarg; break;
    case OPT_INT8: a->opt.int8 = 1; break;
    case OPT_SHORTLIST_K:
      if (cli_parse_int(CMD, "shortlist-k", optarg, 1, 100000, &v)) return CLI_USAGE;
      a->opt.search.shortlist_k = (int)v;
      break;
    case OPT_SHORTLIST_F:
      if (cli_parse_int(CMD, "shortlist-frequent", optarg, 0, 1 << 24, &v)) return CLI_USAGE;
      a->opt.search.shortlist_frequent = (int)v;
      break;
    case OPT_CHUNK:
      if (cli_parse_int(CMD, "chunk-lines", optarg, 1, 10000000, &v)) return CLI_USAGE;
      a->chunk = v;
      break;
    case OPT_MAXLINE:
      if (cli_parse_int(CMD, "max-line-bytes", optarg, 16, 1L << 40, &v)) return CLI_USAGE;
      a->max_line = v;
      break;
    case 't':
      if (cli_parse_int(CMD, "threads", optarg, 1, 1024, &v)) return CLI_USAGE;
      a->opt.threads = (int)v;
      break;
    case 'q': a->quiet = 1; break;
    case OPT_RESUME: a->resume = 1; break;
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
  if ((a->attn_cross || a->opt.attention_maps) && !a->attention)
    return cli_usage_error(CMD, "--attention-maps needs --attention FILE");
  if (!a->shortlist && (a->opt.search.shortlist_k || a->opt.search.shortlist_frequent >= 0))
    return cli_usage_error(CMD, "--shortlist-k and --shortlist-frequent need --shortlist FILE");
  if (a->resume && (!a->input || !a->output))
    return cli_usage_error(CMD, "--resume needs -i FILE and -o FILE (standard input and output cannot be resumed)");
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

/* TSV: a header line, a row of column labels, then one row per row label. */
static void at__write_tsv_labelled(FILE *f, const char *header, char *const *row_labels, char *const *col_labels,
                                   const float *m, int rows, int cols) {
  fprintf(f, "%s\n", header);
  for (int j = 0; j < cols; j++) fprintf(f, "\t%s", col_labels[j]);
  fputc('\n', f);
  for (int i = 0; i < rows; i++) {
    fputs(row_labels[i], f);
    for (int j = 0; j < cols; j++) fprintf(f, "\t%.5f", m[(size_t)i * cols + j]);
    fputc('\n', f);
  }
  fputc('\n', f);
}

/* Cross-attention: source pieces as columns, target pieces as rows. */
static void at__write_tsv_matrix(FILE *f, const char *header, const at_translation *t, const float *m, int rows,
                                 int cols) {
  at__write_tsv_labelled(f, header, t->tgt_pieces, t->src_pieces, m, rows, cols);
}

/* The decoder's inputs <s> y1 .. (the columns of its self-attention), or NULL. */
static char **at__dec_inputs(const at_translation *t) {
  int n = t->dec_self.cols;
  char **in = at_malloc(sizeof(char *) * (size_t)(n ? n : 1));
  if (!in) return NULL;
  for (int j = 0; j < n; j++) in[j] = j ? t->tgt_pieces[j - 1] : (char *)"<s>";
  return in;
}

/* One kind of maps: JSON ", \"key\": [[layer][head] matrices]". */
static void at__write_json_maps(FILE *f, const char *key, const at_attention_export *x) {
  fprintf(f, ", \"%s\": [", key);
  for (int l = 0; l < x->layers; l++) {
    fputs(l ? ", [" : "[", f);
    for (int h = 0; h < x->heads; h++) {
      if (h) fputs(", ", f);
      at__write_json_matrix(f, x->w + ((size_t)l * x->heads + h) * x->rows * x->cols, x->rows, x->cols);
    }
    fputc(']', f);
  }
  fputc(']', f);
}

/* TSV blocks "# line N <kind> layer L head H" of one kind of maps. */
static void at__write_tsv_maps(FILE *f, long line, const char *kind, const at_attention_export *x,
                               char *const *row_labels, char *const *col_labels) {
  char header[96];
  for (int l = 0; l < x->layers; l++)
    for (int h = 0; h < x->heads; h++) {
      snprintf(header, sizeof header, "# line %ld %s layer %d head %d", line, kind, l + 1, h + 1);
      at__write_tsv_labelled(f, header, row_labels, col_labels,
                             x->w + ((size_t)l * x->heads + h) * x->rows * x->cols, x->rows, x->cols);
    }
}

/* The attention of one line: the main matrix (the head average for
 * multi-head models; a Transformer's last layer's) and, with heads, each
 * head's ("heads" in JSON, layer by layer, with "heads_per_layer"; blocks
 * headed "# line N head H" in TSV, H from 1, or "# line N layer L head H"
 * when the heads span several layers); then the self-attention maps asked
 * for ("enc_self" and "dec_self" in JSON, with the decoder inputs "dec_in";
 * blocks "# line N enc-self layer L head H" and "# line N dec-self layer L
 * head H" in TSV). Returns 1 when out of memory. */
static int at__write_attention(FILE *f, const char *format, int heads, long line, const at_translation *t) {
  int rows = t->attn ? t->tgt_rows : 0, cols = t->attn ? t->src_pieces_n : 0;
  heads = heads && t->attn_heads ? t->heads : 0;
  char **dec_in = at__dec_inputs(t);
  if (!dec_in) return 1;
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
      fprintf(f, ", \"heads_per_layer\": %d, \"heads\": [", heads / (t->head_layers > 0 ? t->head_layers : 1));
      for (int h = 0; h < heads; h++) {
        if (h) fputs(", ", f);
        at__write_json_matrix(f, t->attn_heads + (size_t)h * rows * cols, rows, cols);
      }
      fputc(']', f);
    }
    if (t->enc_self.layers) at__write_json_maps(f, "enc_self", &t->enc_self);
    if (t->dec_self.layers) {
      fputs(", \"dec_in\": [", f);
      for (int j = 0; j < t->dec_self.cols; j++) {
        if (j) fputs(", ", f);
        at__write_json_string(f, dec_in[j]);
      }
      fputc(']', f);
      at__write_json_maps(f, "dec_self", &t->dec_self);
    }
    fputs("}\n", f);
    at_free(dec_in);
    return 0;
  }
  char header[64];
  snprintf(header, sizeof header, "# line %ld", line);
  at__write_tsv_matrix(f, header, t, t->attn, rows, cols);
  int per_layer = heads / (t->head_layers > 0 ? t->head_layers : 1);
  for (int h = 0; h < heads; h++) {
    if (t->head_layers > 1)
      snprintf(header, sizeof header, "# line %ld layer %d head %d", line, h / per_layer + 1, h % per_layer + 1);
    else
      snprintf(header, sizeof header, "# line %ld head %d", line, h + 1);
    at__write_tsv_matrix(f, header, t, t->attn_heads + (size_t)h * rows * cols, rows, cols);
  }
  if (t->enc_self.layers) at__write_tsv_maps(f, line, "enc-self", &t->enc_self, t->src_pieces, t->src_pieces);
  if (t->dec_self.layers) at__write_tsv_maps(f, line, "dec-self", &t->dec_self, t->tgt_pieces, dec_in);
  at_free(dec_in);
  return 0;
}

static int at__write_result(FILE *out, FILE *attn, const tr_args *a, long line0, const at_translation *t) {
  if (a->opt.search.nbest > 1) {
    /* Moses: id ||| hypothesis ||| features ||| total. LenPen is the GNMT
     * divisor ((5 + len) / 6)^alpha, recovered as logprob / score. */
    if (t->n == 0) fprintf(out, "%ld |||  ||| LogProb= 0 LenPen= 1 ||| 0\n", line0);
    for (int k = 0; k < t->n; k++) {
      double lp = t->score[k] != 0.0f ? (double)t->logprob[k] / t->score[k] : 1.0;
      fprintf(out, "%ld ||| %s ||| LogProb= %.6f LenPen= %.6f ||| %.6f\n", line0, t->text[k], t->logprob[k], lp,
              t->score[k]);
    }
  } else {
    fputs(t->n ? t->text[0] : "", out);
    if (a->scores) fprintf(out, " ||| %.6f", t->n ? t->score[0] : 0.0f);
    if (a->alignments) {
      char *al = NULL;
      if (at_translation_alignment(t, &al)) return 1;
      fprintf(out, " ||| %s", al);
      at_free(al);
    }
    fputc('\n', out);
  }
  if (attn && at__write_attention(attn, a->attn_format, a->attn_heads || a->attn_cross, line0, t)) return 1;
  return 0;
}

/* ---- reading in chunks -------------------------------------------------------------- */

/* Lines are read with read(2) through our own buffer (not getline): a line
 * longer than --max-line-bytes is an error naming it (an endless input
 * without '\n' such as /dev/zero ends quickly), running out of memory is an
 * error and never end of input, and NUL bytes inside a line are seen. */
typedef struct at__reader {
  int fd;
  char *buf; /* (cap) bytes buf[pos..end) not yet returned */
  size_t cap, pos, end, max_line;
  int eof;
  uint64_t hash; /* FNV-1a of the lines returned so far, each with a '\n' */
} at__reader;

static uint64_t at__fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ULL;
  return h;
}
#define AT__FNV0 0xcbf29ce484222325ULL

enum { RD_LINE = 1, RD_EOF = 0, RD_IO = -1, RD_NOMEM = -2, RD_LONG = -3 };

/* The next line (without '\n') as a malloc'd string in *line, length *len. */
static int at__reader_line(at__reader *r, char **line, size_t *len) {
  size_t scanned = 0;
  for (;;) {
    char *nl = r->end > r->pos + scanned ? memchr(r->buf + r->pos + scanned, '\n', r->end - r->pos - scanned) : NULL;
    size_t n = nl ? (size_t)(nl - (r->buf + r->pos)) : r->end - r->pos;
    if (n > r->max_line) return RD_LONG;
    if (nl || (r->eof && n > 0)) {
      char *s = at_malloc(n + 1);
      if (!s) {
        errno = ENOMEM;
        return RD_NOMEM;
      }
      memcpy(s, r->buf + r->pos, n);
      s[n] = '\0';
      r->hash = at__fnv(at__fnv(r->hash, s, n), "\n", 1);
      r->pos += n + (nl ? 1 : 0);
      *line = s;
      *len = n;
      return RD_LINE;
    }
    if (r->eof) return RD_EOF;
    scanned = n;
    if (r->pos > 0) {
      memmove(r->buf, r->buf + r->pos, n);
      r->end = n;
      r->pos = 0;
    }
    if (r->end == r->cap) {
      size_t nc = r->cap ? r->cap * 2 : 1 << 16;
      if (nc > r->max_line + 2) nc = r->max_line + 2 > r->cap ? r->max_line + 2 : r->cap + 1;
      char *nb = at_realloc(r->buf, nc);
      if (!nb) {
        errno = ENOMEM;
        return RD_NOMEM;
      }
      r->buf = nb;
      r->cap = nc;
    }
    ssize_t got = read(r->fd, r->buf + r->end, r->cap - r->end);
    if (got < 0) {
      if (errno == EINTR) continue;
      return RD_IO;
    }
    if (got == 0) r->eof = 1;
    r->end += (size_t)got;
  }
}

typedef struct chunk {
  char **lines;
  unsigned char *nul; /* (n) the line held a NUL byte (it is translated as an empty line) */
  long n, cap;
} chunk;

static void at__chunk_clear(chunk *c) {
  for (long i = 0; i < c->n; i++) at_free(c->lines[i]);
  c->n = 0;
}

/* Reads up to max lines; returns RD_EOF/RD_LINE (some lines or none: c->n
 * says) or a negative RD_ error, *lineno being the failing line. */
static int at__chunk_read(chunk *c, at__reader *r, long max, size_t *bytes, long *lineno) {
  at__chunk_clear(c);
  if (c->cap < max) {
    char **nl = at_realloc(c->lines, sizeof(char *) * (size_t)max);
    if (nl) c->lines = nl;
    unsigned char *nn = nl ? at_realloc(c->nul, (size_t)max) : NULL;
    if (!nn) {
      errno = ENOMEM;
      return RD_NOMEM;
    }
    c->nul = nn;
    c->cap = max;
  }
  while (c->n < max) {
    char *line = NULL;
    size_t len = 0;
    int st = at__reader_line(r, &line, &len);
    if (st == RD_EOF) return RD_EOF;
    if (st < 0) {
      *lineno += 1;
      return st;
    }
    *lineno += 1;
    *bytes += len + 1;
    c->nul[c->n] = memchr(line, '\0', len) != NULL;
    if (c->nul[c->n]) line[0] = '\0';
    c->lines[c->n++] = line;
  }
  return RD_LINE;
}

/* ---- output files: a temporary file renamed over FILE on success ------------------ */

typedef struct at__outfile {
  const char *name; /* as given; NULL for standard output */
  char *final;      /* the path renamed over (a symlink resolved) */
  char *tmp;        /* the temporary file, or NULL when FILE is written directly */
  char *partial;    /* final + ".partial" */
  FILE *f;
  int fd;
  long long committed; /* bytes of the chunks done */
} at__outfile;

static void at__out_free(at__outfile *o) {
  at_free(o->final);
  at_free(o->tmp);
  at_free(o->partial);
  o->final = o->tmp = o->partial = NULL;
}

static char *at__strcat3(const char *a, const char *b, const char *c) {
  size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
  char *s = at_malloc(na + nb + nc + 1);
  if (!s) return NULL;
  memcpy(s, a, na);
  memcpy(s + na, b, nb);
  memcpy(s + na + nb, c, nc + 1);
  return s;
}

/* The names of output o: o->final (a symlink resolved), o->tmp the template
 * of its temporary file ".FILE.tmpXXXXXX" in FILE's directory and
 * o->partial. *direct is set when FILE exists and is not a regular file
 * (/dev/null, a FIFO): it is then written directly and has no such names. */
static int at__out_paths(at__outfile *o, int *direct, mode_t *mode) {
  struct stat sb;
  int exists = stat(o->name, &sb) == 0;
  *direct = 0;
  if (exists && S_ISDIR(sb.st_mode)) {
    cli_error(CMD, "cannot create %s: %s", o->name, strerror(EISDIR));
    return CLI_FAIL;
  }
  if (exists && !S_ISREG(sb.st_mode)) {
    *direct = 1;
    return CLI_OK;
  }
  if (exists) {
    *mode = sb.st_mode & 07777;
  } else {
    mode_t um = umask(0);
    umask(um);
    *mode = 0666 & ~um;
  }
  o->final = exists ? realpath(o->name, NULL) : at_strdup(o->name);
  if (!o->final) {
    cli_error(CMD, "cannot create %s: %s", o->name, strerror(errno));
    return CLI_FAIL;
  }
  const char *slash = strrchr(o->final, '/');
  size_t dlen = slash ? (size_t)(slash - o->final) + 1 : 0;
  char *dir = at_strndup(o->final, dlen);
  o->tmp = dir ? at__strcat3(dir, ".", slash ? slash + 1 : o->final) : NULL;
  at_free(dir);
  char *t = o->tmp ? at__strcat3(o->tmp, ".tmp", "XXXXXX") : NULL;
  at_free(o->tmp);
  o->tmp = t;
  o->partial = at__strcat3(o->final, ".partial", "");
  if (!o->tmp || !o->partial) {
    cli_error(CMD, "cannot create %s: %s", o->name, strerror(ENOMEM));
    return CLI_FAIL;
  }
  return CLI_OK;
}

/* Opens o->name for writing: a regular (or new) file through a temporary
 * file in its directory, anything else (/dev/null, a FIFO) directly. */
static int at__out_open(at__outfile *o) {
  int direct;
  mode_t mode = 0;
  at__out_free(o);
  if (at__out_paths(o, &direct, &mode)) return CLI_FAIL;
  if (direct) {
    if (!(o->f = fopen(o->name, "wb"))) {
      cli_error(CMD, "cannot create %s: %s", o->name, strerror(errno));
      return CLI_FAIL;
    }
    o->fd = fileno(o->f);
    return CLI_OK;
  }
  o->fd = mkstemp(o->tmp);
  if (o->fd < 0) {
    cli_error(CMD, "cannot create %s (a temporary file %s in its directory): %s", o->name, o->tmp, strerror(errno));
    at_free(o->tmp);
    o->tmp = NULL;
    return CLI_FAIL;
  }
  if (fchmod(o->fd, mode) != 0 || !(o->f = fdopen(o->fd, "wb"))) {
    cli_error(CMD, "cannot create %s: %s", o->name, strerror(errno));
    close(o->fd);
    unlink(o->tmp);
    at_free(o->tmp);
    o->tmp = NULL;
    return CLI_FAIL;
  }
  return CLI_OK;
}

/* Reopens the data file of an interrupted run (path, its o->tmp from now on)
 * cut to the bytes recorded, to append to it. */
static int at__out_reopen(at__outfile *o, const char *path, long long bytes) {
  at_free(o->tmp);
  o->tmp = at_strdup(path);
  if (!o->tmp) {
    cli_error(CMD, "cannot open %s: %s", path, strerror(ENOMEM));
    return CLI_FAIL;
  }
  o->fd = open(path, O_WRONLY);
  if (o->fd < 0 || ftruncate(o->fd, (off_t)bytes) != 0 || lseek(o->fd, 0, SEEK_END) < 0 ||
      !(o->f = fdopen(o->fd, "wb"))) {
    cli_error(CMD, "cannot continue writing %s: %s", path, strerror(errno));
    if (o->fd >= 0) close(o->fd);
    at_free(o->tmp);
    o->tmp = NULL;
    return CLI_FAIL;
  }
  o->committed = bytes;
  return CLI_OK;
}

/* Ends an output: ok renames the temporary file over FILE, partial renames
 * it to FILE.partial, keep cuts it to the chunks done and renames it to
 * FILE.partial (after a failure, for --resume), otherwise it is removed.
 * Returns CLI_FAIL when writing or renaming failed. */
enum { OUT_OK, OUT_PARTIAL, OUT_DROP, OUT_KEEP };
static int at__out_close(at__outfile *o, int how) {
  int rc = CLI_OK;
  if (!o->f) return rc;
  const char *shown = o->name ? o->name : "standard output";
  if (how == OUT_KEEP && o->tmp) {
    /* whatever follows the last chunk recorded goes: the file then ends
     * with the chunks done, synced before their record was written */
    fflush(o->f);
    fclose(o->f);
    o->f = NULL;
    if (truncate(o->tmp, (off_t)o->committed) != 0 || rename(o->tmp, o->partial) != 0) {
      cli_error(CMD, "cannot keep %s as %s: %s", o->tmp, o->partial, strerror(errno));
      return CLI_FAIL;
    }
    return rc;
  }
  if (how == OUT_KEEP) how = OUT_DROP;
  if (how != OUT_DROP && (fflush(o->f) != 0 || ferror(o->f))) {
    cli_error(CMD, "writing %s failed: %s", shown, strerror(errno));
    rc = CLI_FAIL;
    how = OUT_DROP;
  }
  if (o->tmp && how != OUT_DROP && fsync(o->fd) != 0 && errno != EINVAL && errno != EROFS) {
    cli_error(CMD, "writing %s failed: %s", shown, strerror(errno));
    rc = CLI_FAIL;
    how = OUT_DROP;
  }
  if (o->name == NULL) {
    o->f = NULL;
    return rc; /* standard output stays open */
  }
  if (fclose(o->f) != 0 && how != OUT_DROP) {
    cli_error(CMD, "writing %s failed: %s", shown, strerror(errno));
    rc = CLI_FAIL;
    how = OUT_DROP;
  }
  o->f = NULL;
  if (o->tmp) {
    const char *to = how == OUT_OK ? o->final : o->partial;
    if (how == OUT_DROP) {
      unlink(o->tmp);
    } else if (rename(o->tmp, to) != 0) {
      cli_error(CMD, "cannot rename %s to %s: %s", o->tmp, to, strerror(errno));
      unlink(o->tmp);
      rc = CLI_FAIL;
    }
  }
  return rc;
}

/* ---- resuming: FILE.partial.meta ---------------------------------------------------
 * With -o FILE (a regular file) and -i IN (a regular file) a run writes
 * FILE.partial.meta next to FILE: a header holding what decides the output
 * (each checkpoint's size and FNV-1a hash, the search and format options,
 * the attend version) and, for information, the file names, among them the
 * data files being written (".FILE.tmpXXXXXX", renamed FILE.partial when a
 * run stops early); the line "end"; then one record per chunk, appended
 * after the chunk has been written and synced:
 *   done LINES OUT_BYTES ATTN_BYTES INPUT_HASH
 * the input lines translated so far, the bytes of the outputs holding their
 * results and the FNV-1a hash of those input lines. --resume checks the
 * header against this run, re-reads and hashes the first LINES input lines,
 * cuts the outputs to the recorded bytes (a line or a chunk written after the
 * last record, torn or not, is dropped and redone) and goes on from line
 * LINES + 1 with this run's chunking: with the same --chunk-lines the chunks
 * and batches are those of an uninterrupted run, so are the bytes. */

typedef struct at__kv {
  char *key, *val;
} at__kv;

typedef struct at__resume {
  char *meta;          /* FINAL.partial.meta; NULL when there is no record (stdout, a FIFO) */
  int fd;              /* the meta, appended to after each chunk; -1 when not written */
  int write_meta;      /* the input is a regular file: this run keeps a record */
  at__kv *hdr, *info;  /* this run's header and file names */
  int n_hdr, n_info;
  /* the interrupted run (rec: a record was found) */
  int rec;
  at__kv *old;
  int n_old;
  long long lines, out_bytes, attn_bytes, good_len;
  unsigned long long in_hash;
  char *out_data, *attn_data; /* the files holding its output, or NULL when gone */
} at__resume;

static void at__kv_free(at__kv *kv, int n) {
  for (int i = 0; i < n; i++) {
    at_free(kv[i].key);
    at_free(kv[i].val);
  }
  at_free(kv);
}

static void at__resume_free(at__resume *rs) {
  if (rs->fd >= 0) close(rs->fd);
  rs->fd = -1;
  at_free(rs->meta);
  at__kv_free(rs->hdr, rs->n_hdr);
  at__kv_free(rs->info, rs->n_info);
  at__kv_free(rs->old, rs->n_old);
  at_free(rs->out_data);
  at_free(rs->attn_data);
}

static int at__kv_add(at__kv **kv, int *n, const char *key, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static int at__kv_add(at__kv **kv, int *n, const char *key, const char *fmt, ...) {
  at__kv *nk = at_realloc(*kv, sizeof **kv * (size_t)(*n + 1));
  if (!nk) return 1;
  *kv = nk;
  char buf[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  for (char *p = buf; *p; p++)
    if (*p == '\n') *p = ' ';
  nk[*n].key = at_strdup(key);
  nk[*n].val = at_strdup(buf);
  if (!nk[*n].key || !nk[*n].val) {
    at_free(nk[*n].key);
    at_free(nk[*n].val);
    return 1;
  }
  (*n)++;
  return 0;
}

static const char *at__kv_get(const at__kv *kv, int n, const char *key) {
  for (int i = 0; i < n; i++)
    if (!strcmp(kv[i].key, key)) return kv[i].val;
  return NULL;
}

/* Size and FNV-1a hash of a file's bytes. */
static int at__file_hash(const char *path, long long *size, unsigned long long *hash) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return 1;
  static unsigned char buf[1 << 16];
  uint64_t h = AT__FNV0;
  long long n = 0;
  for (;;) {
    ssize_t got = read(fd, buf, sizeof buf);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      close(fd);
      return 1;
    }
    if (got == 0) break;
    h = at__fnv(h, buf, (size_t)got);
    n += got;
  }
  close(fd);
  *size = n;
  *hash = h;
  return 0;
}

static const char *at__onoff(int v) { return v ? "on" : "off"; }

/* This run's header: what the output depends on. */
static int at__resume_header(const tr_args *a, at__resume *rs) {
  int bad = 0;
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "format", "attend-translate-partial 1");
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "attend", "%s", ATTEND_VERSION);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "models", "%d", a->n_models);
  for (int i = 0; i < a->n_models; i++) {
    long long size;
    unsigned long long h;
    char key[32];
    if (at__file_hash(a->models[i], &size, &h)) {
      cli_error(CMD, "cannot read %s: %s", a->models[i], strerror(errno));
      return CLI_FAIL;
    }
    snprintf(key, sizeof key, "model%d", i + 1);
    bad |= at__kv_add(&rs->hdr, &rs->n_hdr, key, "%lld bytes, hash %016llx", size, h);
    snprintf(key, sizeof key, "file.model%d", i + 1);
    bad |= at__kv_add(&rs->info, &rs->n_info, key, "%s", a->models[i]);
  }
  const at_search_options *so = &a->opt.search;
  if (a->shortlist) {
    long long size;
    unsigned long long h;
    if (at__file_hash(a->shortlist, &size, &h)) {
      cli_error(CMD, "cannot read %s: %s", a->shortlist, strerror(errno));
      return CLI_FAIL;
    }
    bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "shortlist", "%lld bytes, hash %016llx, k %d, frequent %d", size, h,
                      so->shortlist_k, so->shortlist_frequent);
    bad |= at__kv_add(&rs->info, &rs->n_info, "file.shortlist", "%s", a->shortlist);
  }
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "int8", "%s", at__onoff(a->opt.int8));
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "beam", "%d", so->beam);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "nbest", "%d", so->nbest);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "length-penalty", "%.9g", (double)so->length_penalty);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "min-length", "%d", so->min_length);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "max-length-ratio", "%.9g", (double)so->max_len_ratio);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "max-length-extra", "%d", so->max_len_extra);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "max-src-len", "%d", a->opt.max_src_len);
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "scores", "%s", at__onoff(a->scores));
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "alignments", "%s", at__onoff(a->alignments));
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "attention", "%s", a->attention ? a->attn_format : "none");
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "attention-heads", "%s", at__onoff(a->attention && (a->attn_heads || a->attn_cross)));
  int m = a->attention ? a->opt.attention_maps : 0;
  bad |= at__kv_add(&rs->hdr, &rs->n_hdr, "attention-maps", "%s",
                    m == (AT_MAPS_ENC_SELF | AT_MAPS_DEC_SELF) ? "enc-self,dec-self"
                    : m == AT_MAPS_ENC_SELF                     ? "enc-self"
                    : m == AT_MAPS_DEC_SELF                     ? "dec-self"
                                                                : "none");
  /* Scores (and n-best features, attention weights) may differ in their last
   * digits with another chunking, batch size or thread count (BLAS sums in
   * another order for another number of rows); the text does not. */
  int numbers = a->scores || so->nbest > 1 || a->attention;
  at__kv **kv = numbers ? &rs->hdr : &rs->info;
  int *n = numbers ? &rs->n_hdr : &rs->n_info;
  bad |= at__kv_add(kv, n, numbers ? "chunk-lines" : "run.chunk-lines", "%ld", a->chunk);
  bad |= at__kv_add(kv, n, numbers ? "batch-size" : "run.batch-size", "%d", a->opt.batch_size);
  bad |= at__kv_add(kv, n, numbers ? "threads" : "run.threads", "%d", a->opt.threads > 0 ? a->opt.threads : at_get_threads());
  bad |= at__kv_add(&rs->info, &rs->n_info, "file.input", "%s", a->input ? a->input : "-");
  bad |= at__kv_add(&rs->info, &rs->n_info, "file.output", "%s", a->output);
  if (a->attention) bad |= at__kv_add(&rs->info, &rs->n_info, "file.attention", "%s", a->attention);
  if (bad) return cli_fail_status(CMD, "resume record", at_fail(AT_ERR_NOMEM, "out of memory"));
  return CLI_OK;
}

/* Reads rs->meta, if there is one: the header and the last complete record. */
static int at__resume_read(at__resume *rs) {
  FILE *f = fopen(rs->meta, "rb");
  if (!f) {
    if (errno == ENOENT) return CLI_OK;
    cli_error(CMD, "cannot read %s: %s", rs->meta, strerror(errno));
    return CLI_FAIL;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  int in_header = 1, bad = 0;
  long long pos = 0;
  while ((n = getline(&line, &cap, f)) > 0) {
    pos += n;
    if (line[n - 1] != '\n') break; /* a torn last line */
    line[n - 1] = '\0';
    if (in_header) {
      if (!strcmp(line, "end")) {
        in_header = 0;
        rs->good_len = pos;
        continue;
      }
      char *sp = strchr(line, ' ');
      if (!sp) continue;
      *sp = '\0';
      bad |= at__kv_add(&rs->old, &rs->n_old, line, "%s", sp + 1);
      continue;
    }
    long long l, ob, ab;
    unsigned long long h;
    char tail;
    if (sscanf(line, "done %lld %lld %lld %llx%c", &l, &ob, &ab, &h, &tail) == 4 && l >= 0 && ob >= 0 && ab >= 0) {
      rs->rec = 1;
      rs->lines = l;
      rs->out_bytes = ob;
      rs->attn_bytes = ab;
      rs->in_hash = h;
      rs->good_len = pos;
    }
  }
  at_free(line);
  fclose(f);
  if (bad) return cli_fail_status(CMD, "reading the resume record", at_fail(AT_ERR_NOMEM, "out of memory"));
  if (!rs->rec) {
    at__kv_free(rs->old, rs->n_old);
    rs->old = NULL;
    rs->n_old = 0;
  }
  return CLI_OK;
}

/* The data file an output of the interrupted run is in: the one the record
 * names (in FINAL's directory) when it exists, else FINAL.partial; NULL when
 * neither exists. */
static char *at__resume_data(const at__resume *rs, const char *key, const at__outfile *o) {
  const char *name = at__kv_get(rs->old, rs->n_old, key);
  struct stat sb;
  if (name && *name && !strchr(name, '/') && o->final) {
    const char *slash = strrchr(o->final, '/');
    char *dir = at_strndup(o->final, slash ? (size_t)(slash - o->final) + 1 : 0);
    char *p = dir ? at__strcat3(dir, name, "") : NULL;
    at_free(dir);
    if (p && stat(p, &sb) == 0 && S_ISREG(sb.st_mode)) return p;
    at_free(p);
  }
  if (o->partial && stat(o->partial, &sb) == 0 && S_ISREG(sb.st_mode)) return at_strdup(o->partial);
  return NULL;
}

/* Compares the interrupted run's header with this run's: prints each
 * difference, returns how many. */
static int at__resume_compare(const at__resume *rs) {
  int diffs = 0;
  const char *fmt = at__kv_get(rs->old, rs->n_old, "format");
  if (!fmt || strcmp(fmt, at__kv_get(rs->hdr, rs->n_hdr, "format"))) {
    cli_error(CMD, "--resume: %s: not a record this attend can read (format %s)", rs->meta, fmt ? fmt : "missing");
    return 1;
  }
  for (int i = 0; i < rs->n_hdr; i++) {
    const char *k = rs->hdr[i].key, *now = rs->hdr[i].val, *then = at__kv_get(rs->old, rs->n_old, k);
    if (then && !strcmp(then, now)) continue;
    diffs++;
    if (!then) then = "(not recorded)";
    if (!strncmp(k, "model", 5) && strcmp(k, "models")) {
      char key[40];
      snprintf(key, sizeof key, "file.%s", k);
      const char *was = at__kv_get(rs->old, rs->n_old, key), *is = at__kv_get(rs->info, rs->n_info, key);
      cli_error(CMD, "--resume: --model %s differs: the interrupted run used %s (%s), this run %s (%s)", k + 5,
                was ? was : "?", then, is ? is : "?", now);
    } else if (!strcmp(k, "models")) {
      cli_error(CMD, "--resume: the interrupted run used %s model(s), this run %s", then, now);
    } else if (!strcmp(k, "attend")) {
      cli_error(CMD, "--resume: the interrupted run was attend %s, this is attend %s", then, now);
    } else {
      int num = !strcmp(k, "chunk-lines") || !strcmp(k, "batch-size") || !strcmp(k, "threads");
      cli_error(CMD, "--resume: --%s differs: %s in the interrupted run, %s now%s", k, then, now,
                num ? " (scores, n-best features and attention weights depend on it in their last digits)" : "");
    }
  }
  return diffs;
}

/* Before the model is loaded: reads the record of an interrupted run of this
 * -o FILE and, with --resume, checks it against this run and skips (and
 * checks) the input lines it translated. Nothing is written here. */
static int at__resume_prepare(const tr_args *a, at__resume *rs, at__outfile *out, at__outfile *attn, int in_regular,
                              at__reader *in, long *lineno, size_t *bytes) {
  int direct = 0;
  mode_t mode;
  if (at__out_paths(out, &direct, &mode)) return CLI_FAIL;
  if (direct) {
    if (a->resume) return cli_usage_error(CMD, "--resume: %s is not a regular file", a->output);
    return CLI_OK; /* written directly: no record */
  }
  if (a->attention) {
    int ad = 0;
    if (at__out_paths(attn, &ad, &mode)) return CLI_FAIL;
    if (ad && a->resume) return cli_usage_error(CMD, "--resume: --attention %s is not a regular file", a->attention);
  }
  rs->meta = at__strcat3(out->final, ".partial.meta", "");
  if (!rs->meta) return cli_fail_status(CMD, "resume record", at_fail(AT_ERR_NOMEM, "out of memory"));
  rs->write_meta = in_regular;
  if (a->resume && !in_regular) return cli_usage_error(CMD, "--resume: the input %s is not a regular file", a->input);
  int rc = at__resume_read(rs);
  if (rc) return rc;
  if (rs->rec) {
    rs->out_data = at__resume_data(rs, "file.data", out);
    if (a->attention) rs->attn_data = at__resume_data(rs, "file.attention-data", attn);
  }
  if (!a->resume) {
    if (rs->rec && rs->out_data && rs->lines > 0)
      cli_error(CMD, "warning: an interrupted run of %s left %lld translated lines (%s); starting over (--resume "
                "would continue it)", a->output, rs->lines, rs->out_data);
    return CLI_OK;
  }
  if (!rs->rec) {
    struct stat sb;
    if (stat(out->partial, &sb) == 0)
      cli_error(CMD, "warning: --resume: %s has no record (%s): it cannot be checked and is replaced; translating "
                "everything", out->partial, rs->meta);
    else if (!a->quiet)
      cli_error(CMD, "--resume: no interrupted run of %s (no %s): translating everything", a->output, rs->meta);
    return CLI_OK;
  }
  if (at__resume_compare(rs)) {
    cli_error(CMD, "--resume: refusing to resume %s with other models or options (run without --resume to start "
              "over)", a->output);
    return CLI_USAGE;
  }
  struct stat sb;
  if (!rs->out_data || stat(rs->out_data, &sb) != 0 || (long long)sb.st_size < rs->out_bytes) {
    cli_error(CMD, "--resume: %s: %s (%lld bytes recorded in %s): cannot resume; run without --resume to start over",
              rs->out_data ? rs->out_data : out->partial, rs->out_data ? "shorter than recorded" : "missing",
              rs->out_bytes, rs->meta);
    return CLI_FAIL;
  }
  if (a->attention && (!rs->attn_data || stat(rs->attn_data, &sb) != 0 || (long long)sb.st_size < rs->attn_bytes)) {
    cli_error(CMD, "--resume: %s: %s (%lld bytes recorded in %s): cannot resume; run without --resume to start over",
              rs->attn_data ? rs->attn_data : attn->partial, rs->attn_data ? "shorter than recorded" : "missing",
              rs->attn_bytes, rs->meta);
    return CLI_FAIL;
  }
  /* the input lines done: the same lines as then, or no resuming */
  for (long long i = 0; i < rs->lines; i++) {
    char *line = NULL;
    size_t len = 0;
    int st = at__reader_line(in, &line, &len);
    if (st != RD_LINE) {
      if (st < 0) {
        cli_error(CMD, "%s:%ld: read error: %s", a->input, *lineno + 1, strerror(errno));
        return CLI_FAIL;
      }
      cli_error(CMD, "--resume: the input %s has %ld lines, the interrupted run translated %lld: not the same input; "
                "refusing to resume (run without --resume to start over)", a->input, *lineno, rs->lines);
      return CLI_USAGE;
    }
    at_free(line);
    *lineno += 1;
    *bytes += len + 1;
  }
  if (in->hash != rs->in_hash) {
    cli_error(CMD, "--resume: the input differs: the first %lld lines of %s are not the ones the interrupted run "
              "translated (it read %s); refusing to resume (run without --resume to start over)",
              rs->lines, a->input, at__kv_get(rs->old, rs->n_old, "file.input") ? at__kv_get(rs->old, rs->n_old, "file.input") : "?");
    return CLI_USAGE;
  }
  return CLI_OK;
}

/* Writes FILE.partial.meta for this run (through FILE.partial.meta.new,
 * synced and renamed) with the record of the lines already done, and keeps it
 * open to append the records of the chunks to come. */
static int at__resume_start(at__resume *rs, const at__outfile *out, const at__outfile *attn, long long lines,
                            unsigned long long hash) {
  char *tmp = at__strcat3(rs->meta, ".new", "");
  FILE *f = tmp ? fopen(tmp, "wb") : NULL;
  if (!f) {
    cli_error(CMD, "cannot create %s: %s", tmp ? tmp : rs->meta, strerror(tmp ? errno : ENOMEM));
    at_free(tmp);
    return CLI_FAIL;
  }
  for (int i = 0; i < rs->n_hdr; i++) fprintf(f, "%s %s\n", rs->hdr[i].key, rs->hdr[i].val);
  for (int i = 0; i < rs->n_info; i++) fprintf(f, "%s %s\n", rs->info[i].key, rs->info[i].val);
  const char *b = strrchr(out->tmp, '/');
  fprintf(f, "file.data %s\n", b ? b + 1 : out->tmp);
  if (attn->tmp) {
    b = strrchr(attn->tmp, '/');
    fprintf(f, "file.attention-data %s\n", b ? b + 1 : attn->tmp);
  }
  fprintf(f, "end\ndone %lld %lld %lld %016llx\n", lines, out->committed, attn->committed, hash);
  int bad = fflush(f) != 0 || fsync(fileno(f)) != 0;
  bad |= fclose(f) != 0;
  if (bad || rename(tmp, rs->meta) != 0) {
    cli_error(CMD, "writing %s failed: %s", rs->meta, strerror(errno));
    unlink(tmp);
    at_free(tmp);
    return CLI_FAIL;
  }
  at_free(tmp);
  rs->fd = open(rs->meta, O_WRONLY | O_APPEND);
  if (rs->fd < 0) {
    cli_error(CMD, "cannot open %s: %s", rs->meta, strerror(errno));
    return CLI_FAIL;
  }
  return CLI_OK;
}

/* After a chunk: the outputs synced, then its record appended and synced. */
static int at__resume_record(at__resume *rs, const at__outfile *out, const at__outfile *attn, long long lines,
                             long long ob, long long ab, unsigned long long hash) {
  if (rs->fd < 0) return CLI_OK;
  if (fsync(out->fd) != 0 || (attn->f && fsync(attn->fd) != 0)) {
    cli_error(CMD, "writing %s failed: %s", out->name, strerror(errno));
    return CLI_FAIL;
  }
  char rec[128];
  int n = snprintf(rec, sizeof rec, "done %lld %lld %lld %016llx\n", lines, ob, ab, hash);
  if (write(rs->fd, rec, (size_t)n) != n || fsync(rs->fd) != 0) {
    cli_error(CMD, "writing %s failed: %s", rs->meta, strerror(errno));
    return CLI_FAIL;
  }
  return CLI_OK;
}

/* Removes the output files of an earlier run before a new one starts. */
static void at__resume_clear(at__resume *rs, const at__outfile *out, const at__outfile *attn) {
  if (rs->out_data) unlink(rs->out_data);
  if (rs->attn_data) unlink(rs->attn_data);
  if (out->partial) unlink(out->partial);
  if (attn->partial) unlink(attn->partial);
  if (rs->meta) unlink(rs->meta);
}

/* ---- signals ----------------------------------------------------------------------
 * The first SIGINT/SIGTERM sets at__sig: the chunk being translated is
 * finished and written, then the command stops. A second one stops at once
 * from the handler when no chunk is being written: the outputs are cut to the
 * chunks done (ftruncate), renamed to FILE.partial, and the process exits.
 * at__state: 0 idle, 1 the main thread is writing a chunk, 2 the handler is
 * stopping the process (the main thread then writes nothing more). */
static volatile sig_atomic_t at__sig;
static atomic_int at__state;
static at__outfile *at__sig_outs[2];
static long long at__sig_lines;
static int at__sig_quiet;

static void at__write_str(const char *s) {
  ssize_t r = write(2, s, strlen(s));
  (void)r;
}

static void at__on_signal(int sig) {
  if (at__sig_quiet) { /* a rank other than 0 of a sharded run: no outputs, rank 0 reports */
    if (at__sig) _exit(128 + sig);
    at__sig = sig;
    return;
  }
  if (!at__sig) {
    at__sig = sig;
    at__write_str(sig == SIGINT ? "\nattend translate: SIGINT" : "\nattend translate: SIGTERM");
    at__write_str(": finishing the current chunk; send the signal again to stop at once\n");
    return;
  }
  int idle = 0;
  if (!atomic_compare_exchange_strong(&at__state, &idle, 2)) return; /* writing: stops right after */
  const char *where = "standard output";
  for (int i = 0; i < 2; i++) {
    at__outfile *o = at__sig_outs[i];
    if (!o || !o->tmp) continue;
    if (ftruncate(o->fd, (off_t)o->committed) == 0 && rename(o->tmp, o->partial) == 0) {
      if (i == 0) where = o->partial;
    } else if (i == 0) {
      where = o->tmp;
    }
  }
  if (at__sig_outs[0] && at__sig_outs[0]->name && !at__sig_outs[0]->tmp) where = at__sig_outs[0]->name;
  char num[32], *p = num + sizeof num;
  *--p = '\0';
  long long n = at__sig_lines;
  do *--p = (char)('0' + n % 10);
  while ((n /= 10) > 0);
  at__write_str("attend translate: stopped at once: ");
  at__write_str(p);
  at__write_str(" lines written to ");
  at__write_str(where);
  at__write_str("\n");
  _exit(128 + at__sig);
}

static void at__signals_install(void) {
  int sigs[2] = {SIGINT, SIGTERM};
  for (int i = 0; i < 2; i++) {
    struct sigaction old, sa;
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue; /* e.g. nohup, `cmd &` */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = at__on_signal;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGINT);
    sigaddset(&sa.sa_mask, SIGTERM);
    sa.sa_flags = SA_RESTART;
    sigaction(sigs[i], &sa, NULL);
  }
}

static void at__signals_restore(void) {
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
}

static void at__progress(const tr_args *a, long lines, long tokens, double t0, size_t bytes, size_t total, int final) {
  if (a->quiet) return;
  double dt = at_now() - t0;
  if (dt <= 0) dt = 1e-9;
  if (final) {
    if (isatty(2)) fputc('\n', stderr);
    fprintf(stderr, "attend translate: %ld sentences, %ld target pieces, %.1f s, %.1f sentences/s, %.0f tokens/s",
            lines, tokens, dt, lines / dt, tokens / dt);
    if (at_dist_size() > 1) fprintf(stderr, " (%d processes)", at_dist_size());
    fputc('\n', stderr);
    return;
  }
  if (!isatty(2)) return;
  fprintf(stderr, "\r%ld lines, %.1f sentences/s, %.0f tokens/s", lines, lines / dt, tokens / dt);
  if (total > 0 && bytes > 0 && bytes < total) fprintf(stderr, ", ETA %.0f s  ", dt * (double)(total - bytes) / bytes);
  fflush(stderr);
}

static const char *at__rd_cause(int st, const tr_args *a, char *buf, size_t n) {
  if (st == RD_LONG)
    snprintf(buf, n, "line longer than %ld bytes (binary input? --max-line-bytes raises the limit)", a->max_line);
  else if (st == RD_NOMEM)
    snprintf(buf, n, "out of memory reading the line: %s", strerror(ENOMEM));
  else
    snprintf(buf, n, "read error: %s", strerror(errno));
  return buf;
}

/* Translates the stream chunk by chunk; every chunk done is flushed to the
 * outputs and counted in committed bytes (for a stop at once). */
static int at__translate_stream(const tr_args *a, at_translator *tr, at__reader *in, at__outfile *out,
                                at__outfile *attn, at__resume *record, size_t total, long skipped, size_t skipped_bytes,
                                long *written) {
  chunk c = {0};
  at_translation *res = NULL;
  int rc = CLI_OK, eof = 0;
  long line0 = skipped, tokens = 0, lineno = skipped;
  size_t bytes = skipped_bytes;
  double t0 = at_now();
  const char *iname = a->input ? a->input : "standard input";
  FILE *af = attn->f;
  while (!eof && rc == CLI_OK && !at__sig) {
    int rs = at__chunk_read(&c, in, a->chunk, &bytes, &lineno);
    if (rs < 0) {
      char why[160];
      cli_error(CMD, "%s:%ld: %s", iname, lineno, at__rd_cause(rs, a, why, sizeof why));
      rc = CLI_FAIL;
      break;
    }
    if (c.n < a->chunk) eof = 1;
    if (c.n == 0) break;
    at_translation *nr = at_realloc(res, sizeof *res * (size_t)c.n);
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
      if (c.nul[i]) {
        cli_error(CMD, "%s%s:%ld: a NUL byte in the line%s", a->strict ? "" : "warning: ", iname, line0 + i + 1,
                  a->strict ? "" : "; writing an empty line");
        if (a->strict) rc = CLI_FAIL;
      } else if (res[i].status == AT_ERR_UTF8) {
        cli_error(CMD, "%s:%ld: invalid UTF-8%s", iname, line0 + i + 1,
                  a->strict ? "" : "; writing an empty line");
        if (a->strict) rc = CLI_FAIL;
      } else if (res[i].truncated) {
        cli_error(CMD, "warning: %s:%ld: longer than %d pieces; translating the first %d", iname, line0 + i + 1,
                  a->opt.max_src_len - 1, a->opt.max_src_len - 1);
      }
    }
    int idle = 0;
    if (rc == CLI_OK && !atomic_compare_exchange_strong(&at__state, &idle, 1))
      for (;;) pause(); /* the signal handler is ending the process */
    for (long i = 0; i < c.n && rc == CLI_OK; i++) {
      if (at__write_result(out->f, af, a, line0 + i, &res[i])) rc = cli_fail_status(CMD, "writing", AT_ERR_NOMEM);
      tokens += res[i].n ? res[i].tgt_pieces_n[0] : 0;
    }
    for (long i = 0; i < c.n; i++) at_translation_free(&res[i]);
    if (rc == CLI_OK) {
      int bad_out = fflush(out->f) != 0, bad_attn = af && fflush(af) != 0;
      if (bad_out || bad_attn) {
        cli_error(CMD, "writing %s failed: %s",
                  bad_out ? (out->name ? out->name : "standard output") : a->attention, strerror(errno));
        rc = CLI_FAIL;
      }
      line0 += c.n;
      long long ob = out->tmp ? (long long)ftello(out->f) : 0, ab = af && attn->tmp ? (long long)ftello(af) : 0;
      if (rc == CLI_OK) rc = at__resume_record(record, out, attn, line0, ob, ab, in->hash);
      if (rc == CLI_OK) {
        out->committed = ob;
        if (af) attn->committed = ab;
      } else {
        line0 -= c.n;
      }
      at__sig_lines = line0;
      atomic_store(&at__state, 0);
    }
    at__progress(a, line0 - skipped, tokens, t0, bytes - skipped_bytes,
                 total > skipped_bytes ? total - skipped_bytes : 0, 0);
  }
  if (rc == CLI_OK && !at__sig) at__progress(a, line0 - skipped, tokens, t0, bytes, total, 1);
  *written = line0;
  at__chunk_clear(&c);
  at_free(c.lines);
  at_free(c.nul);
  at_free(res);
  return rc;
}

/* ---- sharded translation (mpirun -np N attend translate) ---------------------------
 * Rank 0 reads the input and, each round, N chunks of --chunk-lines lines:
 * chunk k of the round goes to rank k, which translates it exactly as one
 * process would (the same lines, so the same sorting and batches) and sends
 * back the bytes of its output, attention export and warnings; rank 0 writes
 * them in input order and records each chunk for --resume as one process
 * does. The other ranks write nothing and print nothing themselves. */

typedef struct at__membuf {
  char *p;
  size_t n, cap;
  int bad;
} at__membuf;

static void at__mb_put(at__membuf *b, const void *src, size_t n) {
  if (b->bad) return;
  if (b->n + n > b->cap) {
    size_t nc = b->cap ? b->cap : 256;
    while (nc < b->n + n) nc *= 2;
    char *np = at_realloc(b->p, nc);
    if (!np) {
      b->bad = 1;
      return;
    }
    b->p = np;
    b->cap = nc;
  }
  if (n) memcpy(b->p + b->n, src, n);
  b->n += n;
}

/* "attend translate: <fmt>\n" into f (what cli_error prints on stderr). */
static void at__msg(FILE *f, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void at__msg(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(f, "attend %s: ", CMD);
  vfprintf(f, fmt, ap);
  fputc('\n', f);
  va_end(ap);
}

/* A chunk sent to a rank: int64 {lines, first line (from 0)}, a NUL flag per
 * line, then the lines, each ending with '\0'. */
static int at__shard_pack(const chunk *c, long line0, at__membuf *b) {
  int64_t h[2] = {c->n, line0};
  at__mb_put(b, h, sizeof h);
  at__mb_put(b, c->nul, (size_t)c->n);
  for (long i = 0; i < c->n; i++) at__mb_put(b, c->lines[i], strlen(c->lines[i]) + 1);
  return b->bad;
}

/* A rank's result: int64 {status (CLI_*), target pieces, output bytes,
 * attention bytes, message bytes}, then those bytes. */
enum { AT__RES_HDR = 5 };

/* Translates one packed chunk into a result (b). */
static void at__shard_work(const tr_args *a, at_translator *tr, const char *pk, size_t plen, at__membuf *b) {
  const char *iname = a->input ? a->input : "standard input";
  int64_t h[2] = {0, 0}, r[AT__RES_HDR] = {CLI_OK, 0, 0, 0, 0};
  char *ob = NULL, *ab = NULL, *mb = NULL;
  size_t on = 0, an = 0, mn = 0;
  FILE *of = open_memstream(&ob, &on), *af = a->attention ? open_memstream(&ab, &an) : NULL;
  FILE *mf = open_memstream(&mb, &mn);
  int nomem = !of || !mf || (a->attention && !af);
  if (plen >= sizeof h) memcpy(h, pk, sizeof h);
  long n = plen >= sizeof h && h[0] > 0 ? (long)h[0] : 0, line0 = (long)h[1];
  const char **lines = n ? at_malloc(sizeof *lines * (size_t)n) : NULL;
  at_translation *res = n ? at_calloc((size_t)n, sizeof *res) : NULL;
  if (n && (!lines || !res)) nomem = 1;
  if (n && !nomem) {
    const unsigned char *nul = (const unsigned char *)pk + sizeof h;
    const char *p = (const char *)nul + n, *end = pk + plen;
    for (long i = 0; i < n && r[0] == CLI_OK; i++) {
      const char *z = p < end ? memchr(p, '\0', (size_t)(end - p)) : NULL;
      if (!z) {
        at__msg(mf, "internal error: rank %d of %d got a truncated chunk", at_dist_rank(), at_dist_size());
        r[0] = CLI_FAIL;
        break;
      }
      lines[i] = p;
      p = z + 1;
    }
    at_status st = r[0] == CLI_OK ? at_translator_translate(tr, lines, (int)n, res) : AT_OK;
    if (st) {
      const char *why = at_last_error();
      at__msg(mf, "translating (rank %d of %d): %s", at_dist_rank(), at_dist_size(), why && *why ? why : at_status_str(st));
      r[0] = CLI_FAIL;
      at_free(res);
      res = NULL;
    }
    for (long i = 0; res && i < n && r[0] == CLI_OK; i++) {
      if (nul[i]) {
        at__msg(mf, "%s%s:%ld: a NUL byte in the line%s", a->strict ? "" : "warning: ", iname, line0 + i + 1,
                a->strict ? "" : "; writing an empty line");
        if (a->strict) r[0] = CLI_FAIL;
      } else if (res[i].status == AT_ERR_UTF8) {
        at__msg(mf, "%s:%ld: invalid UTF-8%s", iname, line0 + i + 1, a->strict ? "" : "; writing an empty line");
        if (a->strict) r[0] = CLI_FAIL;
      } else if (res[i].truncated) {
        at__msg(mf, "warning: %s:%ld: longer than %d pieces; translating the first %d", iname, line0 + i + 1,
                a->opt.max_src_len - 1, a->opt.max_src_len - 1);
      }
    }
    for (long i = 0; res && i < n && r[0] == CLI_OK; i++) {
      if (at__write_result(of, af, a, line0 + i, &res[i])) nomem = 1;
      r[1] += res[i].n ? res[i].tgt_pieces_n[0] : 0;
    }
    for (long i = 0; res && i < n; i++) at_translation_free(&res[i]);
  }
  at_free(res);
  at_free(lines);
  if (of && fclose(of) != 0) nomem = 1;
  if (af && fclose(af) != 0) nomem = 1;
  if (mf && fclose(mf) != 0) nomem = 1;
  if (r[0] != CLI_OK) on = an = 0; /* a failed chunk is not written */
  r[2] = (int64_t)on, r[3] = (int64_t)an, r[4] = (int64_t)mn;
  b->n = 0;
  if (!nomem) {
    at__mb_put(b, r, sizeof r);
    at__mb_put(b, ob, on);
    at__mb_put(b, ab, an);
    at__mb_put(b, mb, mn);
  }
  free(ob); /* open_memstream's buffers are libc's, outside the hook */
  free(ab);
  free(mb);
  if (!nomem && !b->bad) return;
  cli_error(CMD, "translating (rank %d of %d): out of memory", at_dist_rank(), at_dist_size());
  int64_t fail[AT__RES_HDR] = {CLI_FAIL, 0, 0, 0, 0};
  at_free(b->p);
  b->p = at_malloc(sizeof fail); /* NULL: the rank sends nothing, rank 0 sees a malformed result */
  b->n = b->p ? sizeof fail : 0;
  b->cap = b->n;
  b->bad = 0;
  if (b->p) memcpy(b->p, fail, sizeof fail);
}

/* Communication failed: the job cannot go on (MPI_Abort ends every rank). */
static void at__shard_abort(const char *what) {
  const char *why = at_last_error();
  cli_error(CMD, "rank %d of %d: %s: %s; ending the whole job (MPI_Abort)", at_dist_rank(), at_dist_size(), what,
            why && *why ? why : "MPI failed");
  at_dist_abort(CLI_FAIL);
}

/* The stream loop of a sharded run (every rank; rank 0 reads and writes). */
static int at__translate_sharded(const tr_args *a, at_translator *tr, at__reader *in, at__outfile *out,
                                 at__outfile *attn, at__resume *record, size_t total, long skipped,
                                 size_t skipped_bytes, long *written) {
  const int rank = at_dist_rank(), np = at_dist_size();
  chunk *cs = rank == 0 ? at_calloc((size_t)np, sizeof *cs) : NULL;
  at__membuf *pk = rank == 0 ? at_calloc((size_t)np, sizeof *pk) : NULL;
  const void **pkp = rank == 0 ? at_calloc((size_t)np, sizeof *pkp) : NULL;
  size_t *lens = at_calloc((size_t)np, sizeof *lens);
  void **bufs = at_calloc((size_t)np, sizeof *bufs);
  uint64_t *hash_after = at_calloc((size_t)np, sizeof *hash_after);
  int rc = CLI_OK, read_rc = CLI_OK, eof = 0, nomem = !lens || !bufs || !hash_after || (rank == 0 && (!cs || !pk || !pkp));
  long line0 = skipped, tokens = 0, lineno = skipped;
  size_t bytes = skipped_bytes;
  double t0 = at_now();
  const char *iname = a->input ? a->input : "standard input";
  FILE *af = attn->f;
  if (rank == 0 && nomem) rc = cli_fail_status(CMD, "translating", at_fail(AT_ERR_NOMEM, "out of memory"));
  for (;;) {
    /* stop when a rank was signalled or failed, or rank 0 is done */
    int64_t flags[2] = {at__sig, rank == 0 ? (eof || rc != CLI_OK) : nomem};
    if (at_dist_allreduce_i64(flags, 2, AT_DIST_MAX)) at__shard_abort("agreeing to go on");
    if (flags[0] && !at__sig) at__sig = (sig_atomic_t)flags[0]; /* a signal to any rank stops the job */
    if (flags[0] || flags[1]) {
      if (rank == 0 && flags[1] && rc == CLI_OK && !eof) { /* another rank failed (it said why) */
        cli_error(CMD, "another rank failed: stopping after %ld lines", line0);
        rc = CLI_FAIL;
      }
      break;
    }
    long n_round = 0;
    if (rank == 0) {
      for (int k = 0; k < np; k++) {
        at__chunk_clear(&cs[k]);
        if (!eof && rc == CLI_OK && read_rc == CLI_OK) {
          int st = at__chunk_read(&cs[k], in, a->chunk, &bytes, &lineno);
          if (st < 0) {
            char why[160];
            cli_error(CMD, "%s:%ld: %s", iname, lineno, at__rd_cause(st, a, why, sizeof why));
            read_rc = CLI_FAIL; /* the chunks before it are still written */
            at__chunk_clear(&cs[k]); /* the lines before the error are not translated (as in one process) */
          } else if (cs[k].n < a->chunk) {
            eof = 1;
          }
        }
        hash_after[k] = in->hash;
        pk[k].n = 0;
        if (at__shard_pack(&cs[k], line0 + n_round, &pk[k])) {
          read_rc = cli_fail_status(CMD, "translating", at_fail(AT_ERR_NOMEM, "out of memory"));
          at__chunk_clear(&cs[k]);
          pk[k].bad = 0, pk[k].n = 0;
          chunk none = {0};
          at__shard_pack(&none, 0, &pk[k]);
        }
        n_round += cs[k].n;
        pkp[k] = pk[k].p;
        lens[k] = pk[k].n;
      }
    }
    void *mine = NULL;
    size_t mine_n = 0;
    if (at_dist_scatter_bytes(pkp, lens, &mine, &mine_n, 0)) at__shard_abort("sending the chunks");
    at__membuf res = {0};
    at__shard_work(a, tr, mine, mine_n, &res);
    at_free(mine);
    if (at_dist_gather_bytes(res.p, res.n, bufs, lens, 0)) at__shard_abort("collecting the translations");
    at_free(res.p);
    if (rank != 0) continue;
    for (int k = 0; k < np; k++) {
      int64_t r[AT__RES_HDR] = {CLI_FAIL, 0, 0, 0, 0};
      if (lens[k] >= sizeof r) memcpy(r, bufs[k], sizeof r);
      if (lens[k] < sizeof r || r[2] < 0 || r[3] < 0 || r[4] < 0 ||
          (uint64_t)r[2] + (uint64_t)r[3] + (uint64_t)r[4] != lens[k] - sizeof r) {
        if (rc == CLI_OK) cli_error(CMD, "rank %d of %d sent a malformed result", k, np);
        rc = CLI_FAIL;
        continue;
      }
      if (rc != CLI_OK) continue; /* nothing after a failed chunk is written */
      const char *ob = (const char *)bufs[k] + sizeof r, *ab = ob + r[2], *mb = ab + r[3];
      if (r[4]) fwrite(mb, 1, (size_t)r[4], stderr);
      if (r[0] != CLI_OK) {
        rc = (int)r[0];
        continue;
      }
      if (cs[k].n == 0) continue;
      int idle = 0;
      if (!atomic_compare_exchange_strong(&at__state, &idle, 1))
        for (;;) pause(); /* the signal handler is ending the process */
      fwrite(ob, 1, (size_t)r[2], out->f);
      if (af) fwrite(ab, 1, (size_t)r[3], af);
      tokens += (long)r[1];
      int bad_out = fflush(out->f) != 0 || ferror(out->f), bad_attn = af && (fflush(af) != 0 || ferror(af));
      if (bad_out || bad_attn) {
        cli_error(CMD, "writing %s failed: %s",
                  bad_out ? (out->name ? out->name : "standard output") : a->attention, strerror(errno));
        rc = CLI_FAIL;
      }
      if (rc == CLI_OK) {
        line0 += cs[k].n;
        long long ob_at = out->tmp ? (long long)ftello(out->f) : 0, ab_at = af && attn->tmp ? (long long)ftello(af) : 0;
        rc = at__resume_record(record, out, attn, line0, ob_at, ab_at, hash_after[k]);
        if (rc == CLI_OK) {
          out->committed = ob_at;
          if (af) attn->committed = ab_at;
        } else {
          line0 -= cs[k].n;
        }
        at__sig_lines = line0;
      }
      atomic_store(&at__state, 0);
    }
    for (int k = 0; k < np; k++) at_free(bufs[k]), bufs[k] = NULL;
    if (rc == CLI_OK && read_rc != CLI_OK) rc = read_rc;
    at__progress(a, line0 - skipped, tokens, t0, bytes - skipped_bytes,
                 total > skipped_bytes ? total - skipped_bytes : 0, 0);
  }
  if (rank == 0 && rc == CLI_OK && !at__sig) at__progress(a, line0 - skipped, tokens, t0, bytes, total, 1);
  *written = line0;
  if (cs)
    for (int k = 0; k < np; k++) {
      at__chunk_clear(&cs[k]);
      at_free(cs[k].lines);
      at_free(cs[k].nul);
    }
  if (pk)
    for (int k = 0; k < np; k++) at_free(pk[k].p);
  at_free(cs);
  at_free(pk);
  at_free(pkp);
  at_free(lens);
  at_free(bufs);
  at_free(hash_after);
  return rc;
}

/* stat of a path, or of its directory when it does not exist (same tells
 * whether two names would be the same file). */
static int at__same_file(const struct stat *x, const struct stat *y) {
  return x->st_dev == y->st_dev && x->st_ino == y->st_ino;
}

static int at__same_target(const char *p, const char *q) {
  struct stat a, b;
  int ea = stat(p, &a) == 0, eb = stat(q, &b) == 0;
  if (ea && eb) return at__same_file(&a, &b) && S_ISREG(a.st_mode);
  if (ea || eb) return 0;
  const char *bp = strrchr(p, '/'), *bq = strrchr(q, '/');
  if (strcmp(bp ? bp + 1 : p, bq ? bq + 1 : q)) return 0;
  char *dp = bp ? at_strndup(p, (size_t)(bp - p) + 1) : at_strdup("."), *dq = bq ? at_strndup(q, (size_t)(bq - q) + 1) : at_strdup(".");
  int same = dp && dq && stat(dp, &a) == 0 && stat(dq, &b) == 0 && at__same_file(&a, &b);
  at_free(dp);
  at_free(dq);
  return same;
}

/* Everything before the model is loaded: the input opened and checked, the
 * outputs checked, an interrupted run's record read (rank 0 of a sharded
 * run only). The caller cleans up (in->fd and rs). */
static int at__prepare(const tr_args *a, at__reader *in, at__resume *rs, at__outfile *out, at__outfile *attn,
                       size_t *total, long *skipped, size_t *skipped_bytes) {
  const char *iname = a->input ? a->input : "standard input";
  /* the input first: opened and checked before any output is touched */
  if (a->input && (in->fd = open(a->input, O_RDONLY)) < 0) {
    cli_error(CMD, "cannot open %s: %s", a->input, strerror(errno));
    return CLI_FAIL;
  }
  struct stat isb, sb;
  if (fstat(in->fd, &isb) != 0 || S_ISDIR(isb.st_mode)) {
    cli_error(CMD, "cannot read %s: %s", iname, S_ISDIR(isb.st_mode) ? strerror(EISDIR) : strerror(errno));
    return CLI_FAIL;
  }
  if (S_ISREG(isb.st_mode)) *total = (size_t)isb.st_size;
  /* the same file for input and output (any name, a link) would be wiped */
  const char *clash = NULL;
  if (S_ISREG(isb.st_mode)) {
    if (a->output ? stat(a->output, &sb) == 0 && at__same_file(&isb, &sb)
                  : fstat(1, &sb) == 0 && at__same_file(&isb, &sb))
      clash = a->output ? a->output : "standard output";
    else if (a->attention && stat(a->attention, &sb) == 0 && at__same_file(&isb, &sb))
      clash = a->attention;
  }
  if (clash)
    return cli_usage_error(CMD, "%s and the input %s are the same file: refusing to overwrite the input", clash,
                           iname);
  if (a->output && a->attention && at__same_target(a->output, a->attention))
    return cli_usage_error(CMD, "--attention %s is the output file %s", a->attention, a->output);
  if (a->opt.attention_maps) { /* a model without the maps asked for is a usage error */
    at_checkpoint ck;
    at_status hs = at_checkpoint_load_header(a->models[0], &ck);
    if (!hs && at_translator_check_maps(&ck.config, a->opt.attention_maps, a->models[0])) {
      at_checkpoint_free(&ck);
      return cli_usage_error(CMD, "--attention-maps: %s", at_last_error());
    }
    if (!hs) at_checkpoint_free(&ck);
  }
  /* an interrupted run of this -o FILE: checked (--resume) before loading the model */
  if (a->output) {
    int rc = at__resume_header(a, rs);
    if (!rc) rc = at__resume_prepare(a, rs, out, attn, S_ISREG(isb.st_mode), in, skipped, skipped_bytes);
    if (rc) return rc;
  }
  return CLI_OK;
}

/* A sharded run: the worst status of all ranks (rc itself in one process). */
static int at__agree(int rc) {
  if (at_dist_size() == 1) return rc;
  int64_t v = rc;
  if (at_dist_allreduce_i64(&v, 1, AT_DIST_MAX)) at__shard_abort("agreeing to start");
  return (int)v;
}

int cmd_translate(int argc, char **argv) {
  tr_args a;
  int rc = at__parse_args(argc, argv, &a);
  if (rc == -1) return CLI_OK;
  if (rc) return rc;
  if (at_dist_init() != AT_OK) return cli_fail_status(CMD, "mpirun", AT_ERR_CONFIG);
  const int rank = at_dist_rank(), np = at_dist_size();
  if (rank != 0) a.quiet = 1;
  at__reader in = {.fd = a.input ? -1 : 0, .max_line = (size_t)a.max_line, .hash = AT__FNV0};
  at__resume rs = {.fd = -1};
  long skipped = 0;
  size_t skipped_bytes = 0;
  /* rank 0 alone reads the input and writes the outputs */
  at__outfile out = {.name = rank == 0 ? a.output : NULL, .f = rank == 0 ? stdout : NULL, .fd = 1},
              attn = {.name = rank == 0 ? a.attention : NULL};
  size_t total = 0;
  at_translator *tr = NULL;
  long written = 0;
  int kept = 0;
  if (rank == 0) rc = at__prepare(&a, &in, &rs, &out, &attn, &total, &skipped, &skipped_bytes);
  if (rc == CLI_OK && a.shortlist) {
    at_shortlist *sl = NULL;
    at_status st = at_shortlist_load(a.shortlist, &sl);
    if (st) rc = cli_fail_status(CMD, "reading the shortlist", st);
    a.opt.search.shortlist = sl;
  }
  if (rc == CLI_OK) {
    at_status st = at_translator_open(a.models, a.n_models, &a.opt, &tr);
    if (st && np > 1) {
      char what[64];
      snprintf(what, sizeof what, "opening the model (rank %d of %d)", rank, np);
      rc = cli_fail_status(CMD, what, st);
    } else if (st) {
      rc = cli_fail_status(CMD, "opening the model", st);
    }
  }
  if ((rc = at__agree(rc))) goto done;
  at__sig = 0;
  atomic_store(&at__state, 0);
  at__sig_outs[0] = &out;
  at__sig_outs[1] = a.attention && rank == 0 ? &attn : NULL;
  at__sig_quiet = rank != 0;
  at__signals_install();
  if (rank == 0) {
    if (a.output) out.f = NULL;
    if (a.resume && rs.rec) {
      /* go on writing the interrupted run's files, cut to the chunks recorded */
      if ((rc = at__out_reopen(&out, rs.out_data, rs.out_bytes))) goto opened;
      if (a.attention && (rc = at__out_reopen(&attn, rs.attn_data, rs.attn_bytes))) goto opened;
      if (!a.quiet)
        cli_error(CMD, "--resume: keeping the %ld lines translated in %s, translating from line %ld", skipped,
                  rs.out_data, skipped + 1);
    } else {
      if (rs.meta) at__resume_clear(&rs, &out, &attn);
      if (a.output && (rc = at__out_open(&out))) goto opened;
      if (a.attention && (rc = at__out_open(&attn))) goto opened;
    }
    if (rs.write_meta && out.tmp && (rc = at__resume_start(&rs, &out, &attn, skipped, in.hash))) goto opened;
  }
opened:
  if ((rc = at__agree(rc))) goto done;
  if (np > 1)
    rc = at__translate_sharded(&a, tr, &in, &out, &attn, &rs, total, skipped, skipped_bytes, &written);
  else
    rc = at__translate_stream(&a, tr, &in, &out, &attn, &rs, total, skipped, skipped_bytes, &written);
  if (rank != 0) {
    rc = CLI_OK;
  } else if (at__sig && rc == CLI_OK) {
    int c1 = at__out_close(&out, OUT_PARTIAL), c2 = at__out_close(&attn, OUT_PARTIAL);
    const char *where = out.tmp ? out.partial : out.name ? out.name : "standard output";
    cli_error(CMD, "interrupted by %s: %ld lines written to %s%s%s%s", at__sig == SIGINT ? "SIGINT" : "SIGTERM", written,
              where, out.tmp ? " (" : "", out.tmp ? out.name : "", out.tmp ? " left unchanged)" : "");
    if (rs.fd >= 0 && !c1 && !c2) cli_error(CMD, "the same command with --resume continues from line %ld", written + 1);
    (void)c1;
    (void)c2;
    rc = 128 + at__sig; /* 130 for SIGINT, 143 for SIGTERM */
  } else {
    /* the attention file first: when it fails, FILE is left untouched too.
     * After a failure the chunks done are kept for --resume. */
    kept = rc != CLI_OK && rs.fd >= 0 && written > 0;
    int how = rc == CLI_OK ? OUT_OK : kept ? OUT_KEEP : OUT_DROP;
    if (at__out_close(&attn, how)) rc = CLI_FAIL, kept = 0;
    if (at__out_close(&out, rc == CLI_OK ? OUT_OK : kept ? OUT_KEEP : OUT_DROP)) rc = CLI_FAIL, kept = 0;
    if (kept)
      cli_error(CMD, "the %ld lines done are kept in %s: the same command with --resume continues from line %ld",
                written, out.partial, written + 1);
    if (rc == CLI_OK && rs.meta) unlink(rs.meta); /* FILE is complete: nothing to resume */
    else if (rs.fd >= 0 && !kept) unlink(rs.meta);
  }
done:
  /* a sharded run: every rank ends with rank 0's status */
  if (np > 1) {
    int64_t v = rank == 0 ? rc : 0;
    if (at_dist_bcast(&v, sizeof v, 0)) at__shard_abort("ending");
    rc = (int)v;
  }
  /* an interrupted run's files reopened by --resume are kept, not removed */
  if (out.f && out.name && out.f != stdout) at__out_close(&out, a.resume && rs.rec ? OUT_KEEP : OUT_DROP);
  if (attn.f) at__out_close(&attn, a.resume && rs.rec ? OUT_KEEP : OUT_DROP);
  at__signals_restore();
  at__sig_outs[0] = at__sig_outs[1] = NULL;
  at__out_free(&out);
  at__out_free(&attn);
  at__resume_free(&rs);
  at_free(in.buf);
  if (a.input && in.fd >= 0) close(in.fd);
  at_translator_close(tr);
  at_shortlist_free((at_shortlist *)a.opt.search.shortlist);
  return rc;
}
