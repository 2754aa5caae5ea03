/* BLEU and chrF statistics and scores, following sacreBLEU 2.x
 * (metrics/bleu.py, metrics/chrf.py): per-sentence sufficient statistics are
 * summed over a corpus and the score is computed once from the sums. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/eval_internal.h"

#define AT__SACREBLEU_VERSION "2.x-compatible"

void at_eval_options_default(at_eval_options *o) {
  memset(o, 0, sizeof *o);
  o->tokenizer = AT_BLEU_TOK_13A;
  o->bleu_order = 4;
  o->smooth = AT_BLEU_SMOOTH_EXP;
  o->smooth_value = -1.0;
  o->chrf_order = 6;
  o->chrf_beta = 2;
}

void at_eval_stats_zero(at_eval_stats *s) {
  memset(s, 0, sizeof *s);
  s->refs_min = 1 << 30;
  s->refs_max = 0;
}

void at_eval_stats_add(at_eval_stats *acc, const at_eval_stats *s) {
  acc->sentences += s->sentences;
  if (s->refs_min < acc->refs_min) acc->refs_min = s->refs_min;
  if (s->refs_max > acc->refs_max) acc->refs_max = s->refs_max;
  acc->bleu.hyp_len += s->bleu.hyp_len;
  acc->bleu.ref_len += s->bleu.ref_len;
  for (int i = 0; i < AT_BLEU_MAX_ORDER; i++) {
    acc->bleu.correct[i] += s->bleu.correct[i];
    acc->bleu.total[i] += s->bleu.total[i];
  }
  for (int i = 0; i < AT_CHRF_MAX_ORDER; i++) {
    acc->chrf.hyp[i] += s->chrf.hyp[i];
    acc->chrf.ref[i] += s->chrf.ref[i];
    acc->chrf.match[i] += s->chrf.match[i];
  }
}

/* ---- n-gram matching over integer sequences ------------------------------
 * Words (as ids) for BLEU, code points for chrF. The n-grams of a sequence are
 * sorted; equal n-grams then form runs, and two sorted lists are merged. */
typedef struct {
  const uint32_t *p; /* (n) */
  int n;
} at__gram;

static int at__gram_cmp(const void *a, const void *b) {
  const at__gram *x = a, *y = b;
  for (int i = 0; i < x->n; i++)
    if (x->p[i] != y->p[i]) return x->p[i] < y->p[i] ? -1 : 1;
  return 0;
}

/* The sorted n-grams of seq into out (room for len); returns their number. */
static size_t at__grams(const uint32_t *seq /* (len) */, size_t len, int n, at__gram *out) {
  if (len < (size_t)n) return 0;
  size_t k = len - (size_t)n + 1;
  for (size_t i = 0; i < k; i++) out[i] = (at__gram){seq + i, n};
  qsort(out, k, sizeof *out, at__gram_cmp);
  return k;
}

/* For each run of equal n-grams in h starting at index i, raises maxref[i] to
 * the number of times that n-gram occurs in r. */
static void at__ref_counts(const at__gram *h, size_t nh, const at__gram *r, size_t nr,
                           int64_t *maxref /* (nh) */) {
  size_t i = 0, j = 0;
  while (i < nh) {
    size_t run = 1;
    while (i + run < nh && !at__gram_cmp(&h[i], &h[i + run])) run++;
    while (j < nr && at__gram_cmp(&r[j], &h[i]) < 0) j++;
    int64_t c = 0;
    while (j < nr && !at__gram_cmp(&r[j], &h[i])) { c++; j++; }
    if (c > maxref[i]) maxref[i] = c;
    i += run;
  }
}

/* Sum over runs of min(run length, maxref). */
static int64_t at__clipped(const at__gram *h, size_t nh, const int64_t *maxref) {
  int64_t m = 0;
  size_t i = 0;
  while (i < nh) {
    size_t run = 1;
    while (i + run < nh && !at__gram_cmp(&h[i], &h[i + run])) run++;
    m += (int64_t)run < maxref[i] ? (int64_t)run : maxref[i];
    i += run;
  }
  return m;
}

/* ---- one sentence's inputs --------------------------------------------------- */
typedef struct {
  char *text;     /* after lowercasing (owned) */
  uint32_t *seq;  /* (len) BLEU word ids or chrF code points */
  size_t len;
} at__side;

static void at__side_free(at__side *s) {
  at_free(s->text);
  at_free(s->seq);
  s->text = NULL;
  s->seq = NULL;
}

static at_status at__side_text(const at_eval_options *o, const char *in, at__side *s) {
  memset(s, 0, sizeof *s);
  if (o->lowercase) return at__lowercase(in, &s->text);
  size_t n = strlen(in);
  s->text = at_malloc(n + 1);
  if (!s->text) return at_fail(AT_ERR_NOMEM, "copying a line of %zu bytes", n);
  memcpy(s->text, in, n + 1);
  return AT_OK;
}

/* ---- BLEU --------------------------------------------------------------------- */

/* Python's rstrip() then the tokenizer: the tokens joined by single spaces. */
static at_status at__bleu_tokens(const at_eval_options *o, const char *text, char **out) {
  size_t n = strlen(text);
  uint32_t *cps = at_malloc((n + 1) * sizeof *cps);
  char *trim = at_malloc(n + 1);
  if (!cps || !trim) {
    at_free(cps);
    at_free(trim);
    return at_fail(AT_ERR_NOMEM, "tokenizing a line of %zu bytes", n);
  }
  /* rstrip: keep up to the end of the last non-space code point */
  size_t k = at__utf8_decode(text, n, cps), bytes = 0, keep = 0;
  for (size_t i = 0; i < k; i++) {
    char tmp[4];
    bytes += at__utf8_encode(cps[i], tmp);
    if (!at__py_space(cps[i])) keep = bytes;
  }
  at_free(cps);
  memcpy(trim, text, keep);
  trim[keep] = '\0';
  at_status st;
  if (o->tokenizer == AT_BLEU_TOK_13A) {
    st = at_eval_tokenize_13a(trim, out);
    at_free(trim);
    return st;
  }
  /* tokenizer "none": whitespace split, joined with single spaces */
  at__split_join(trim, keep, trim);
  *out = trim;
  return AT_OK;
}

typedef struct {
  const char *p;
  size_t len;
  uint32_t *slot; /* where the id goes */
} at__tok;

static int at__tok_cmp(const void *a, const void *b) {
  const at__tok *x = a, *y = b;
  size_t m = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->p, y->p, m);
  if (c) return c;
  return x->len < y->len ? -1 : x->len > y->len;
}

static size_t at__count_tokens(const char *s) {
  if (!*s) return 0;
  size_t k = 1;
  for (; *s; s++) k += *s == ' ';
  return k;
}

/* Gives every token of the sides (space-joined in side->text) an integer id,
 * equal ids for equal strings, into side->seq. */
static at_status at__bleu_ids(at__side *sides, size_t ns) {
  size_t total = 0;
  for (size_t s = 0; s < ns; s++) {
    sides[s].len = at__count_tokens(sides[s].text);
    total += sides[s].len;
    sides[s].seq = at_malloc((sides[s].len + 1) * sizeof(uint32_t));
    if (!sides[s].seq) return at_fail(AT_ERR_NOMEM, "BLEU token ids");
  }
  at__tok *toks = at_malloc((total + 1) * sizeof *toks);
  if (!toks) return at_fail(AT_ERR_NOMEM, "BLEU token ids");
  size_t t = 0;
  for (size_t s = 0; s < ns; s++) {
    const char *p = sides[s].text;
    for (size_t i = 0; i < sides[s].len; i++) {
      const char *e = strchr(p, ' ');
      size_t len = e ? (size_t)(e - p) : strlen(p);
      toks[t++] = (at__tok){p, len, &sides[s].seq[i]};
      p += len + 1;
    }
  }
  qsort(toks, total, sizeof *toks, at__tok_cmp);
  uint32_t id = 0;
  for (size_t i = 0; i < total; i++) {
    if (i > 0 && at__tok_cmp(&toks[i - 1], &toks[i])) id++;
    *toks[i].slot = id;
  }
  at_free(toks);
  return AT_OK;
}

/* sacreBLEU's _get_closest_ref_len: smallest difference, ties to the shorter. */
static int64_t at__closest_ref_len(int64_t hyp_len, const at__side *refs, size_t nr) {
  int64_t best = -1, best_diff = -1;
  for (size_t r = 0; r < nr; r++) {
    int64_t len = (int64_t)refs[r].len, d = llabs(hyp_len - len);
    if (best_diff < 0 || d < best_diff || (d == best_diff && len < best)) {
      best_diff = d;
      best = len;
    }
  }
  return best;
}

/* n-gram counts of one order: hyp against the clipped maximum over refs. */
static at_status at__bleu_order(const at__side *hyp, const at__side *refs, size_t nr, int n,
                                int64_t *correct, int64_t *total) {
  size_t cap = hyp->len;
  for (size_t r = 0; r < nr; r++) if (refs[r].len > cap) cap = refs[r].len;
  at__gram *h = at_malloc((cap + 1) * sizeof *h), *g = at_malloc((cap + 1) * sizeof *g);
  int64_t *maxref = at_calloc(cap + 1, sizeof *maxref);
  if (!h || !g || !maxref) {
    at_free(h); at_free(g); at_free(maxref);
    return at_fail(AT_ERR_NOMEM, "BLEU n-grams");
  }
  size_t nh = at__grams(hyp->seq, hyp->len, n, h);
  for (size_t r = 0; r < nr; r++) {
    size_t ng = at__grams(refs[r].seq, refs[r].len, n, g);
    at__ref_counts(h, nh, g, ng, maxref);
  }
  *total = (int64_t)nh;
  *correct = at__clipped(h, nh, maxref);
  at_free(h); at_free(g); at_free(maxref);
  return AT_OK;
}

/* sides[0] is the hypothesis, sides[1..ns) the references (lowercased text). */
static at_status at__bleu_sentence(const at_eval_options *o, at__side *sides, size_t ns,
                                   at_bleu_stats *out) {
  at_status st = AT_OK;
  for (size_t s = 0; s < ns && !st; s++) {
    char *tok = NULL;
    st = at__bleu_tokens(o, sides[s].text, &tok);
    if (st) break;
    at_free(sides[s].text);
    sides[s].text = tok;
  }
  if (!st) st = at__bleu_ids(sides, ns);
  if (st) return st;
  memset(out, 0, sizeof *out);
  out->hyp_len = (int64_t)sides[0].len;
  out->ref_len = at__closest_ref_len(out->hyp_len, sides + 1, ns - 1);
  for (int n = 1; n <= o->bleu_order && !st; n++)
    st = at__bleu_order(&sides[0], sides + 1, ns - 1, n, &out->correct[n - 1], &out->total[n - 1]);
  return st;
}

/* mteval's log with log(0) replaced by a huge negative number (sacreBLEU my_log). */
static double at__my_log(double x) { return x == 0.0 ? -9999999999.0 : log(x); }

at_bleu_score at_bleu_from_stats(const at_eval_options *o, const at_bleu_stats *s) {
  at_bleu_score b;
  memset(&b, 0, sizeof b);
  int order = o->bleu_order;
  b.order = order;
  b.hyp_len = s->hyp_len;
  b.ref_len = s->ref_len;
  b.ratio = s->ref_len ? (double)s->hyp_len / (double)s->ref_len : 0.0;
  if (s->hyp_len < s->ref_len)
    b.bp = s->hyp_len > 0 ? exp(1.0 - (double)s->ref_len / (double)s->hyp_len) : 0.0;
  else
    b.bp = 1.0;
  int any = 0;
  for (int n = 0; n < order; n++) any |= s->correct[n] != 0;
  if (!any) return b; /* no match at any order: 0, precisions shown as 0 */
  double value = o->smooth_value;
  if (value < 0) value = o->smooth == AT_BLEU_SMOOTH_FLOOR ? 0.1 : 1.0;
  double smooth_mteval = 1.0;
  int eff = order;
  for (int n = 1; n <= order; n++) {
    double correct = (double)s->correct[n - 1], total = (double)s->total[n - 1];
    if (o->smooth == AT_BLEU_SMOOTH_ADD_K && n > 1) {
      correct += value;
      total += value;
    }
    if (total == 0) break; /* this and higher precisions stay 0 */
    if (o->effective_order) eff = n;
    if (correct == 0) {
      if (o->smooth == AT_BLEU_SMOOTH_EXP) {
        smooth_mteval *= 2;
        b.precisions[n - 1] = 100.0 / (smooth_mteval * total);
      } else if (o->smooth == AT_BLEU_SMOOTH_FLOOR) {
        b.precisions[n - 1] = 100.0 * value / total;
      }
    } else {
      b.precisions[n - 1] = 100.0 * correct / total;
    }
  }
  double sum = 0;
  for (int n = 0; n < eff; n++) sum += at__my_log(b.precisions[n]);
  b.score = b.bp * exp(sum / eff);
  return b;
}

void at_bleu_format(const at_bleu_score *b, char *buf, size_t size) {
  char prec[AT_BLEU_MAX_ORDER * 16] = "";
  size_t w = 0;
  for (int n = 0; n < b->order; n++)
    w += (size_t)snprintf(prec + w, sizeof prec - w, "%s%.1f", n ? "/" : "", b->precisions[n]);
  snprintf(buf, size, "BLEU = %.2f %s (BP = %.3f ratio = %.3f hyp_len = %lld ref_len = %lld)",
           b->score, prec, b->bp, b->ratio, (long long)b->hyp_len, (long long)b->ref_len);
}

static void at__nrefs(const at_eval_stats *s, char *buf, size_t size) {
  if (s->refs_max == 0) snprintf(buf, size, "1");
  else if (s->refs_min == s->refs_max) snprintf(buf, size, "%d", s->refs_min);
  else snprintf(buf, size, "var");
}

void at_bleu_signature(const at_eval_options *o, const at_eval_stats *s, char *buf, size_t size) {
  char nrefs[16], smooth[32];
  at__nrefs(s, nrefs, sizeof nrefs);
  double v = o->smooth_value;
  switch (o->smooth) {
    case AT_BLEU_SMOOTH_NONE: snprintf(smooth, sizeof smooth, "none"); break;
    case AT_BLEU_SMOOTH_FLOOR: snprintf(smooth, sizeof smooth, "floor[%.2f]", v < 0 ? 0.1 : v); break;
    case AT_BLEU_SMOOTH_ADD_K: snprintf(smooth, sizeof smooth, "add-k[%.2f]", v < 0 ? 1.0 : v); break;
    default: snprintf(smooth, sizeof smooth, "exp"); break;
  }
  snprintf(buf, size, "nrefs:%s|case:%s|eff:%s|tok:%s|smooth:%s|version:%s", nrefs,
           o->lowercase ? "lc" : "mixed", o->effective_order ? "yes" : "no",
           o->tokenizer == AT_BLEU_TOK_13A ? "13a" : "none", smooth, AT__SACREBLEU_VERSION);
}

/* ---- chrF --------------------------------------------------------------------- */

/* The code points of side->text (whitespace removed unless asked) into seq. */
static at_status at__chrf_chars(const at_eval_options *o, at__side *side) {
  size_t n = strlen(side->text);
  side->seq = at_malloc((n + 1) * sizeof(uint32_t));
  if (!side->seq) return at_fail(AT_ERR_NOMEM, "chrF characters");
  size_t k = at__utf8_decode(side->text, n, side->seq), w = 0;
  for (size_t i = 0; i < k; i++)
    if (o->chrf_whitespace || !at__py_space(side->seq[i])) side->seq[w++] = side->seq[i];
  side->len = w;
  return AT_OK;
}

/* Statistics of hyp against one reference. */
static at_status at__chrf_pair(const at_eval_options *o, const at__side *hyp, const at__side *ref,
                               at_chrf_stats *out) {
  size_t cap = hyp->len > ref->len ? hyp->len : ref->len;
  at__gram *h = at_malloc((cap + 1) * sizeof *h), *g = at_malloc((cap + 1) * sizeof *g);
  int64_t *maxref = at_malloc((cap + 1) * sizeof *maxref);
  if (!h || !g || !maxref) {
    at_free(h); at_free(g); at_free(maxref);
    return at_fail(AT_ERR_NOMEM, "chrF n-grams");
  }
  memset(out, 0, sizeof *out);
  for (int n = 1; n <= o->chrf_order; n++) {
    size_t nh = at__grams(hyp->seq, hyp->len, n, h);
    size_t ng = at__grams(ref->seq, ref->len, n, g);
    memset(maxref, 0, (cap + 1) * sizeof *maxref);
    at__ref_counts(h, nh, g, ng, maxref);
    /* sacreBLEU: hypothesis n-grams count only when the reference has some */
    out->hyp[n - 1] = ng ? (int64_t)nh : 0;
    out->ref[n - 1] = (int64_t)ng;
    out->match[n - 1] = at__clipped(h, nh, maxref);
  }
  at_free(h); at_free(g); at_free(maxref);
  return AT_OK;
}

double at_chrf_from_stats(const at_eval_options *o, const at_chrf_stats *s) {
  const double eps = 1e-16, factor = (double)o->chrf_beta * o->chrf_beta;
  double score = 0, avg_prec = 0, avg_rec = 0;
  int eff = 0;
  for (int i = 0; i < o->chrf_order; i++) {
    double n_hyp = (double)s->hyp[i], n_ref = (double)s->ref[i], n_match = (double)s->match[i];
    double prec = n_hyp > 0 ? n_match / n_hyp : eps;
    double rec = n_ref > 0 ? n_match / n_ref : eps;
    double denom = factor * prec + rec;
    score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
    if (n_hyp > 0 && n_ref > 0) {
      avg_prec += prec;
      avg_rec += rec;
      eff++;
    }
  }
  if (o->chrf_eps_smoothing) return 100 * score / o->chrf_order;
  if (eff == 0) return 0.0;
  avg_prec /= eff;
  avg_rec /= eff;
  if (avg_prec + avg_rec == 0) return 0.0;
  score = (1 + factor) * avg_prec * avg_rec;
  score /= (factor * avg_prec) + avg_rec;
  return 100 * score;
}

void at_chrf_format(const at_eval_options *o, double chrf, char *buf, size_t size) {
  snprintf(buf, size, "chrF%d = %.2f", o->chrf_beta, chrf);
}

void at_chrf_signature(const at_eval_options *o, const at_eval_stats *s, char *buf, size_t size) {
  char nrefs[16];
  at__nrefs(s, nrefs, sizeof nrefs);
  snprintf(buf, size, "nrefs:%s|case:%s|eff:%s|nc:%d|nw:0|space:%s|version:%s", nrefs,
           o->lowercase ? "lc" : "mixed", o->chrf_eps_smoothing ? "no" : "yes", o->chrf_order,
           o->chrf_whitespace ? "yes" : "no", AT__SACREBLEU_VERSION);
}

/* Best reference by sentence-level chrF (first wins ties), as sacreBLEU. */
static at_status at__chrf_sentence(const at_eval_options *o, at__side *sides, size_t ns,
                                   at_chrf_stats *out) {
  at_status st = AT_OK;
  for (size_t s = 0; s < ns && !st; s++) st = at__chrf_chars(o, &sides[s]);
  double best = -1.0;
  for (size_t r = 1; r < ns && !st; r++) {
    at_chrf_stats cur;
    st = at__chrf_pair(o, &sides[0], &sides[r], &cur);
    double f = st ? 0 : at_chrf_from_stats(o, &cur);
    if (!st && f > best) {
      best = f;
      *out = cur;
    }
  }
  return st;
}

/* ---- sentences and corpora ----------------------------------------------------- */

static at_status at__check_options(const at_eval_options *o) {
  if (o->bleu_order < 1 || o->bleu_order > AT_BLEU_MAX_ORDER)
    return at_fail(AT_ERR_INVALID_ARG, "BLEU order %d is outside 1..%d", o->bleu_order, AT_BLEU_MAX_ORDER);
  if (o->chrf_order < 1 || o->chrf_order > AT_CHRF_MAX_ORDER)
    return at_fail(AT_ERR_INVALID_ARG, "chrF order %d is outside 1..%d", o->chrf_order, AT_CHRF_MAX_ORDER);
  if (o->chrf_beta < 0) return at_fail(AT_ERR_INVALID_ARG, "chrF beta %d is negative", o->chrf_beta);
  return AT_OK;
}

/* what: "hypothesis" or "reference 2". */
static at_status at__check_utf8(const char *s, const char *what) {
  size_t bad = 0;
  if (!s) return at_fail(AT_ERR_INVALID_ARG, "%s is NULL", what);
  if (!at_utf8_valid(s, strlen(s), &bad))
    return at_fail(AT_ERR_UTF8, "%s: invalid UTF-8 at byte %zu", what, bad);
  return AT_OK;
}

/* Which references a sentence uses: the non-empty ones, or all if none is. */
static size_t at__used_refs(const char *const *refs, size_t n_refs, const char **used) {
  size_t k = 0;
  for (size_t r = 0; r < n_refs; r++) if (refs[r][0]) used[k++] = refs[r];
  if (k == 0) for (size_t r = 0; r < n_refs; r++) used[k++] = refs[r];
  return k;
}

/* Lowercased copies of the hypothesis (sides[0]) and the used references. */
static at_status at__sides(const at_eval_options *o, const char *hyp, const char **used, size_t k,
                           at__side *sides) {
  at_status st = at__side_text(o, hyp, &sides[0]);
  for (size_t r = 0; r < k && !st; r++) st = at__side_text(o, used[r], &sides[r + 1]);
  return st;
}

static void at__sides_free(at__side *sides, size_t ns) {
  for (size_t s = 0; s < ns; s++) at__side_free(&sides[s]);
}

at_status at_eval_sentence_stats(const at_eval_options *o, const char *hyp,
                                 const char *const *refs, size_t n_refs, at_eval_stats *out) {
  at_status st = at__check_options(o);
  if (st) return st;
  if (n_refs < 1) return at_fail(AT_ERR_INVALID_ARG, "no reference given");
  if ((st = at__check_utf8(hyp, "hypothesis"))) return st;
  for (size_t r = 0; r < n_refs; r++) {
    char what[32];
    snprintf(what, sizeof what, "reference %zu", r + 1);
    if ((st = at__check_utf8(refs[r], what))) return st;
  }
  const char **used = at_malloc(n_refs * sizeof *used);
  at__side *sides = at_calloc(n_refs + 1, sizeof *sides);
  if (!used || !sides) {
    at_free(used); at_free(sides);
    return at_fail(AT_ERR_NOMEM, "scoring a sentence");
  }
  size_t k = at__used_refs(refs, n_refs, used);
  at_eval_stats_zero(out);
  out->sentences = 1;
  out->refs_min = out->refs_max = (int)k;
  /* chrF works on the raw (lowercased) text, BLEU on tokens: two passes */
  st = at__sides(o, hyp, used, k, sides);
  if (!st) st = at__chrf_sentence(o, sides, k + 1, &out->chrf);
  at__sides_free(sides, k + 1);
  if (!st) st = at__sides(o, hyp, used, k, sides);
  if (!st) st = at__bleu_sentence(o, sides, k + 1, &out->bleu);
  at__sides_free(sides, k + 1);
  at_free(used);
  at_free(sides);
  return st;
}

at_status at_eval_corpus_stats(const at_eval_options *o, const char *const *hyps,
                               const char *const *const *refs, size_t n_refs, size_t n,
                               at_eval_stats *out) {
  at_eval_stats_zero(out);
  if (n_refs < 1) return at_fail(AT_ERR_INVALID_ARG, "no reference set given");
  const char **row = at_malloc(n_refs * sizeof *row);
  if (!row) return at_fail(AT_ERR_NOMEM, "scoring a corpus");
  at_status st = AT_OK;
  for (size_t i = 0; i < n && !st; i++) {
    for (size_t r = 0; r < n_refs; r++) row[r] = refs[r][i];
    at_eval_stats s;
    st = at_eval_sentence_stats(o, hyps[i], row, n_refs, &s);
    if (st) st = at_fail_context(st, "sentence %zu", i + 1);
    else at_eval_stats_add(out, &s);
  }
  at_free(row);
  return st;
}

size_t at_eval_bucket_of(const int *bounds, size_t k, size_t length) {
  for (size_t i = 0; i < k; i++)
    if (length <= (size_t)bounds[i]) return i;
  return k;
}
