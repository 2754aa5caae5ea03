/* attend score: corpus BLEU and chrF (sacreBLEU 2.x defaults), overall or
 * per source-length bucket. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "eval/eval.h"

#define CMD "score"
enum { SCORE_MAX_REFS = 16, SCORE_MAX_BOUNDS = 64 };

static void at__score_help(FILE *f) {
  fprintf(f,
          "Usage: attend score --ref REF [--ref REF2 ...] [--hyp HYP] [options]\n"
          "\n"
          "Scores a translation (one sentence per line, UTF-8) against references with\n"
          "corpus BLEU and chrF, computed as sacreBLEU 2.x does by default: BLEU with the\n"
          "13a tokenizer, 4-grams, exp smoothing, case-sensitive; chrF2 with character\n"
          "6-grams, beta 2, whitespace removed. Each score is printed with a sacreBLEU-style\n"
          "signature line. Several --ref files give multi-reference scores.\n"
          "\n"
          "Options:\n"
          "  --ref FILE        reference translations (required; repeat for more references)\n"
          "  --hyp FILE        system translations (default: standard input; '-' also means it)\n"
          "  --metrics LIST    comma-separated subset of bleu,chrf (default: bleu,chrf)\n"
          "  --lowercase       case-insensitive scores (signature case:lc)\n"
          "  --by-length       also score per source-length bucket (needs --src)\n"
          "  --src FILE        source sentences; a line's length is its number of\n"
          "                    whitespace-separated words\n"
          "  --buckets LIST    increasing upper bounds of the buckets (default 10,20,30,40,50,\n"
          "                    which makes 1-10, 11-20, 21-30, 31-40, 41-50, 51+); empty\n"
          "                    source lines count in the first bucket\n"
          "  --format FMT      text (default) or tsv. With --by-length, tsv prints only the\n"
          "                    table: bucket, min_len, max_len (inf for the last), sentences,\n"
          "                    bleu, chrf (nan for an empty bucket)\n"
          "  -h, --help        show this help\n"
          "\n"
          "All files must have the same number of lines. Exit status: 0 success,\n"
          "1 failure (unreadable file, line-count mismatch, invalid UTF-8), 2 usage error.\n");
}

typedef struct {
  const char *refs[SCORE_MAX_REFS];
  size_t n_refs;
  const char *hyp, *src, *buckets;
  int bleu, chrf, by_length, tsv;
  at_eval_options eval;
} score_args;

/* ---- reading files ---------------------------------------------------------- */
typedef struct {
  char **lines;
  size_t n;
} score_lines;

static void at__score_lines_free(score_lines *l) {
  for (size_t i = 0; i < l->n; i++) at_free(l->lines[i]);
  at_free(l->lines);
  l->lines = NULL;
  l->n = 0;
}

static int at__score_push(score_lines *l, char *line, size_t *cap) {
  if (l->n == *cap) {
    size_t nc = *cap ? 2 * *cap : 1024;
    char **p = at_realloc(l->lines, nc * sizeof *p);
    if (!p) return -1;
    l->lines = p;
    *cap = nc;
  }
  l->lines[l->n++] = line;
  return 0;
}

/* One line (without "\n" or "\r\n") checked for NUL bytes and UTF-8. */
static int at__score_check_line(const char *name, size_t lineno, const char *line, size_t len) {
  size_t bad = 0;
  if (memchr(line, '\0', len)) {
    cli_error(CMD, "%s:%zu: line contains a NUL byte", name, lineno);
    return -1;
  }
  if (!at_utf8_valid(line, len, &bad)) {
    cli_error(CMD, "%s:%zu: invalid UTF-8 at byte %zu", name, lineno, bad + 1);
    return -1;
  }
  return 0;
}

static int at__score_read(const char *path, score_lines *out) {
  int is_stdin = !strcmp(path, "-");
  const char *name = is_stdin ? "<stdin>" : path;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  memset(out, 0, sizeof *out);
  if (!f) {
    cli_error(CMD, "%s: %s", path, strerror(errno));
    return -1;
  }
  char *buf = NULL;
  size_t bufcap = 0, cap = 0;
  ssize_t got;
  int rc = 0;
  while ((got = getline(&buf, &bufcap, f)) >= 0) {
    size_t len = (size_t)got;
    if (len && buf[len - 1] == '\n') len--;
    if (len && buf[len - 1] == '\r') len--;
    if (at__score_check_line(name, out->n + 1, buf, len)) { rc = -1; break; }
    char *line = at_malloc(len + 1);
    if (!line || at__score_push(out, line, &cap)) {
      at_free(line);
      cli_error(CMD, "%s: out of memory", name);
      rc = -1;
      break;
    }
    memcpy(line, buf, len);
    line[len] = '\0';
  }
  if (!rc && ferror(f)) {
    cli_error(CMD, "%s: read error: %s", name, strerror(errno));
    rc = -1;
  }
  at_free(buf);
  if (!is_stdin) fclose(f);
  if (rc) at__score_lines_free(out);
  return rc;
}

/* ---- options ------------------------------------------------------------------- */
static int at__score_metrics(const char *list, score_args *a) {
  a->bleu = a->chrf = 0;
  const char *p = list;
  while (*p) {
    size_t len = strcspn(p, ",");
    if (len == 4 && !strncmp(p, "bleu", 4)) a->bleu = 1;
    else if (len == 4 && !strncmp(p, "chrf", 4)) a->chrf = 1;
    else return cli_usage_error(CMD, "--metrics: unknown metric '%.*s' (known: bleu, chrf)", (int)len, p);
    p += len;
    if (*p == ',') p++;
  }
  if (!a->bleu && !a->chrf) return cli_usage_error(CMD, "--metrics: no metric given");
  return 0;
}

static int at__score_bounds(const char *list, int *bounds, size_t *k) {
  char tmp[32];
  const char *p = list;
  *k = 0;
  while (*p) {
    size_t len = strcspn(p, ",");
    long v;
    if (len == 0 || len >= sizeof tmp || *k == SCORE_MAX_BOUNDS)
      return cli_usage_error(CMD, "--buckets: expected up to %d comma-separated integers, got '%s'",
                             SCORE_MAX_BOUNDS, list);
    memcpy(tmp, p, len);
    tmp[len] = '\0';
    if (cli_parse_int(CMD, "buckets", tmp, 1, 1000000, &v)) return CLI_USAGE;
    if (*k > 0 && v <= bounds[*k - 1])
      return cli_usage_error(CMD, "--buckets: bounds must increase, got '%s'", list);
    bounds[(*k)++] = (int)v;
    p += len;
    if (*p == ',') p++;
  }
  if (*k == 0) return cli_usage_error(CMD, "--buckets: no bound given");
  return 0;
}

/* Value of an option given as "--opt VALUE" or "--opt=VALUE"; NULL if absent. */
static const char *at__score_value(int argc, char **argv, int *i, const char *opt, int *err) {
  size_t n = strlen(opt);
  if (strncmp(argv[*i], opt, n)) return NULL;
  if (argv[*i][n] == '=') return argv[*i] + n + 1;
  if (argv[*i][n] != '\0') return NULL;
  if (*i + 1 >= argc) {
    *err = cli_usage_error(CMD, "%s needs a value", opt);
    return NULL;
  }
  return argv[++*i];
}

static int at__score_flag(score_args *a, const char *arg) {
  if (!strcmp(arg, "--lowercase")) a->eval.lowercase = 1;
  else if (!strcmp(arg, "--by-length")) a->by_length = 1;
  else return 0;
  return 1;
}

/* Returns -1 when --help was shown, 0 on success, else CLI_USAGE. */
static int at__score_parse(int argc, char **argv, score_args *a) {
  memset(a, 0, sizeof *a);
  at_eval_options_default(&a->eval);
  a->bleu = a->chrf = 1;
  a->hyp = "-";
  const char *metrics = NULL, *format = "text";
  for (int i = 1; i < argc; i++) {
    int err = 0;
    const char *v;
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return -1;
    if (at__score_flag(a, argv[i])) continue;
    if ((v = at__score_value(argc, argv, &i, "--ref", &err))) {
      if (a->n_refs == SCORE_MAX_REFS) return cli_usage_error(CMD, "at most %d --ref files", SCORE_MAX_REFS);
      a->refs[a->n_refs++] = v;
    } else if ((v = at__score_value(argc, argv, &i, "--hyp", &err))) a->hyp = v;
    else if ((v = at__score_value(argc, argv, &i, "--src", &err))) a->src = v;
    else if ((v = at__score_value(argc, argv, &i, "--metrics", &err))) metrics = v;
    else if ((v = at__score_value(argc, argv, &i, "--buckets", &err))) a->buckets = v;
    else if ((v = at__score_value(argc, argv, &i, "--format", &err))) format = v;
    else if (err) return err;
    else return cli_usage_error(CMD, "unknown option '%s'", argv[i]);
    if (err) return err;
  }
  if (a->n_refs == 0) return cli_usage_error(CMD, "--ref is required");
  if (metrics && at__score_metrics(metrics, a)) return CLI_USAGE;
  if (!strcmp(format, "tsv")) a->tsv = 1;
  else if (strcmp(format, "text")) return cli_usage_error(CMD, "--format: expected text or tsv, got '%s'", format);
  if (a->by_length && !a->src) return cli_usage_error(CMD, "--by-length needs --src");
  if (!a->by_length && (a->src || a->buckets))
    return cli_usage_error(CMD, "--src and --buckets are used only with --by-length");
  return 0;
}

/* ---- output ------------------------------------------------------------------- */
static void at__score_print_overall(const score_args *a, const at_eval_stats *s) {
  char sig[256], line[512];
  if (a->tsv) printf("metric\tscore\tsignature\n");
  if (a->bleu) {
    at_bleu_score b = at_bleu_from_stats(&a->eval, &s->bleu);
    at_bleu_signature(&a->eval, s, sig, sizeof sig);
    at_bleu_format(&b, line, sizeof line);
    if (a->tsv) printf("BLEU\t%.2f\t%s\n", b.score, sig);
    else printf("%s\n%s\n", sig, line);
  }
  if (a->chrf) {
    double c = at_chrf_from_stats(&a->eval, &s->chrf);
    at_chrf_signature(&a->eval, s, sig, sizeof sig);
    at_chrf_format(&a->eval, c, line, sizeof line);
    if (a->tsv) printf("chrF%d\t%.2f\t%s\n", a->eval.chrf_beta, c, sig);
    else printf("%s\n%s\n", sig, line);
  }
}

static void at__score_bucket_range(const int *bounds, size_t k, size_t b, long *lo, long *hi) {
  *lo = b == 0 ? 1 : bounds[b - 1] + 1;
  *hi = b < k ? bounds[b] : -1;
}

static void at__score_print_row(const score_args *a, const char *label, long lo, long hi,
                            const at_eval_stats *s) {
  char bleu[32] = "-", chrf[32] = "-";
  if (a->tsv) { strcpy(bleu, "nan"); strcpy(chrf, "nan"); }
  if (s->sentences > 0) {
    snprintf(bleu, sizeof bleu, "%.2f", at_bleu_from_stats(&a->eval, &s->bleu).score);
    snprintf(chrf, sizeof chrf, "%.2f", at_chrf_from_stats(&a->eval, &s->chrf));
  }
  if (a->tsv) {
    printf("%s\t%ld\t", label, lo);
    if (hi < 0) printf("inf");
    else printf("%ld", hi);
    printf("\t%lld", (long long)s->sentences);
    if (a->bleu) printf("\t%s", bleu);
    if (a->chrf) printf("\t%s", chrf);
    printf("\n");
    return;
  }
  printf("%-10s %10lld", label, (long long)s->sentences);
  if (a->bleu) printf(" %8s", bleu);
  if (a->chrf) printf(" %8s", chrf);
  printf("\n");
}

static void at__score_print_table(const score_args *a, const int *bounds, size_t k,
                              const at_eval_stats *buckets, const at_eval_stats *all) {
  if (a->tsv) {
    printf("bucket\tmin_len\tmax_len\tsentences%s%s\n", a->bleu ? "\tbleu" : "", a->chrf ? "\tchrf" : "");
  } else {
    printf("\nBy source length (words):\n%-10s %10s", "length", "sentences");
    if (a->bleu) printf(" %8s", "BLEU");
    if (a->chrf) printf(" %7s%d", "chrF", a->eval.chrf_beta);
    printf("\n");
  }
  for (size_t b = 0; b <= k; b++) {
    long lo, hi;
    char label[48];
    at__score_bucket_range(bounds, k, b, &lo, &hi);
    if (hi < 0) snprintf(label, sizeof label, "%ld+", lo);
    else snprintf(label, sizeof label, "%ld-%ld", lo, hi);
    at__score_print_row(a, label, lo, hi, &buckets[b]);
  }
  if (!a->tsv) at__score_print_row(a, "all", 0, -1, all);
}

/* ---- the command ---------------------------------------------------------------- */
static int at__score_check_counts(const char *a_name, size_t a_n, const char *b_name, size_t b_n) {
  if (a_n == b_n) return 0;
  cli_error(CMD, "line counts differ: %s has %zu lines, %s has %zu", a_name, a_n, b_name, b_n);
  return -1;
}

static const char *at__score_name(const char *path) { return strcmp(path, "-") ? path : "<stdin>"; }

/* Scores every sentence into the total and, with --by-length, its bucket. */
static int at__score_run(const score_args *a, score_lines *refs, const score_lines *hyp,
                     const score_lines *src, const int *bounds, size_t k) {
  at_eval_stats all, buckets[SCORE_MAX_BOUNDS + 1];
  at_eval_stats_zero(&all);
  for (size_t b = 0; b <= k; b++) at_eval_stats_zero(&buckets[b]);
  const char *row[SCORE_MAX_REFS];
  for (size_t i = 0; i < hyp->n; i++) {
    at_eval_stats s;
    for (size_t r = 0; r < a->n_refs; r++) row[r] = refs[r].lines[i];
    at_status st = at_eval_sentence_stats(&a->eval, hyp->lines[i], row, a->n_refs, &s);
    if (st) {
      char what[64];
      snprintf(what, sizeof what, "line %zu", i + 1);
      return cli_fail_status(CMD, what, st);
    }
    at_eval_stats_add(&all, &s);
    if (src) at_eval_stats_add(&buckets[at_eval_bucket_of(bounds, k, at_eval_count_words(src->lines[i]))], &s);
  }
  if (!a->tsv || !src) at__score_print_overall(a, &all);
  if (src) at__score_print_table(a, bounds, k, buckets, &all);
  return CLI_OK;
}

static int at__score_load(const score_args *a, score_lines *refs, score_lines *hyp, score_lines *src) {
  for (size_t r = 0; r < a->n_refs; r++)
    if (at__score_read(a->refs[r], &refs[r])) return -1;
  if (at__score_read(a->hyp, hyp)) return -1;
  if (a->src && at__score_read(a->src, src)) return -1;
  for (size_t r = 0; r < a->n_refs; r++)
    if (at__score_check_counts(at__score_name(a->hyp), hyp->n, a->refs[r], refs[r].n)) return -1;
  if (a->src && at__score_check_counts(a->src, src->n, a->refs[0], refs[0].n)) return -1;
  if (hyp->n == 0) {
    cli_error(CMD, "%s and %s are empty: nothing to score", at__score_name(a->hyp), a->refs[0]);
    return -1;
  }
  return 0;
}

int cmd_score(int argc, char **argv) {
  score_args a;
  int rc = at__score_parse(argc, argv, &a);
  if (rc < 0) {
    at__score_help(stdout);
    return CLI_OK;
  }
  if (rc) return rc;
  int bounds[SCORE_MAX_BOUNDS] = {10, 20, 30, 40, 50};
  size_t k = 5;
  if (a.buckets && at__score_bounds(a.buckets, bounds, &k)) return CLI_USAGE;
  score_lines refs[SCORE_MAX_REFS], hyp, src;
  memset(refs, 0, sizeof refs);
  memset(&hyp, 0, sizeof hyp);
  memset(&src, 0, sizeof src);
  rc = at__score_load(&a, refs, &hyp, &src) ? CLI_FAIL : at__score_run(&a, refs, &hyp, a.src ? &src : NULL, bounds, k);
  for (size_t r = 0; r < a.n_refs; r++) at__score_lines_free(&refs[r]);
  at__score_lines_free(&hyp);
  at__score_lines_free(&src);
  return rc;
}
