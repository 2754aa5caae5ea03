/* attend eval: corpus BLEU and chrF exactly as sacreBLEU 2.x computes them,
 * and the per-source-length tables of Bahdanau et al. (2015), Figure 2.
 *
 * Every score is computed from summed sufficient statistics (at_eval_stats):
 * score a sentence with at_eval_sentence_stats(), add sentences together with
 * at_eval_stats_add(), and turn any sum (the whole corpus, one length bucket)
 * into numbers with at_bleu_from_stats() / at_chrf_from_stats(). This is how
 * sacreBLEU itself aggregates, so a bucket's BLEU is a corpus BLEU over the
 * sentences of that bucket, not an average of sentence scores.
 *
 * Inputs are UTF-8 strings; invalid UTF-8 is refused with AT_ERR_UTF8.
 * Characters (chrF n-grams, lowercasing, whitespace) are code points.
 * See docs/evaluation.md for the exact definitions.
 */
#ifndef ATTEND_EVAL_H
#define ATTEND_EVAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/core.h"

#ifdef __cplusplus
extern "C" {
#endif

enum { AT_BLEU_MAX_ORDER = 9, AT_CHRF_MAX_ORDER = 9 };

typedef enum {
  AT_BLEU_SMOOTH_EXP = 0, /* sacreBLEU's default: NIST/mteval "exp" (Chen & Cherry method 3) */
  AT_BLEU_SMOOTH_NONE,    /* no smoothing: any zero precision gives BLEU 0 */
  AT_BLEU_SMOOTH_FLOOR,   /* zero counts replaced by smooth_value (default 0.1) */
  AT_BLEU_SMOOTH_ADD_K    /* add smooth_value (default 1) to counts of orders >= 2 */
} at_bleu_smooth;

typedef enum {
  AT_BLEU_TOK_13A = 0, /* mteval-v13a, sacreBLEU's default */
  AT_BLEU_TOK_NONE     /* split on whitespace only */
} at_bleu_tokenizer;

/* Settings; at_eval_options_default() gives sacreBLEU's defaults
 * (BLEU: 13a, order 4, exp, eff:no; chrF2: 6 char orders, beta 2, no
 * whitespace, effective-order averaging; both case-sensitive). */
typedef struct at_eval_options {
  int lowercase;                /* 0/1: lowercase hypotheses and references first */
  /* BLEU */
  at_bleu_tokenizer tokenizer;
  int bleu_order;               /* 1..AT_BLEU_MAX_ORDER, default 4 */
  at_bleu_smooth smooth;
  double smooth_value;          /* < 0: the method's default (floor 0.1, add-k 1) */
  int effective_order;          /* 0/1: ignore orders with no hypothesis n-grams */
  /* chrF */
  int chrf_order;               /* character n-gram order, 1..AT_CHRF_MAX_ORDER, default 6 */
  int chrf_beta;                /* recall weight, default 2 (chrF2) */
  int chrf_whitespace;          /* 0/1: keep whitespace in character n-grams (default 0) */
  int chrf_eps_smoothing;       /* 0/1: chrF++.py-style eps smoothing instead of the default
                                   effective-order averaging */
} at_eval_options;

void at_eval_options_default(at_eval_options *o);

/* BLEU sufficient statistics (sums over sentences). */
typedef struct at_bleu_stats {
  int64_t hyp_len;                       /* hypothesis tokens */
  int64_t ref_len;                       /* closest reference length, in tokens */
  int64_t correct[AT_BLEU_MAX_ORDER];    /* clipped matching n-grams, [n-1] */
  int64_t total[AT_BLEU_MAX_ORDER];      /* hypothesis n-grams, [n-1] */
} at_bleu_stats;

/* chrF sufficient statistics, per character n-gram order [n-1]. As in
 * sacreBLEU, a sentence whose reference has no n-grams of some order adds 0
 * hypothesis n-grams of that order. */
typedef struct at_chrf_stats {
  int64_t hyp[AT_CHRF_MAX_ORDER];
  int64_t ref[AT_CHRF_MAX_ORDER];
  int64_t match[AT_CHRF_MAX_ORDER];
} at_chrf_stats;

typedef struct at_eval_stats {
  int64_t sentences;
  /* fewest and most references used by one sentence (non-empty ones; a
   * sentence whose references are all empty counts them all). */
  int refs_min, refs_max;
  at_bleu_stats bleu;
  at_chrf_stats chrf;
} at_eval_stats;

/* All zero, refs_min/refs_max set so that any add overrides them. */
void at_eval_stats_zero(at_eval_stats *s);
/* acc += s. */
void at_eval_stats_add(at_eval_stats *acc, const at_eval_stats *s);

/* Statistics of one hypothesis against n_refs references (n_refs >= 1).
 * Empty references are dropped when another reference of the sentence is
 * not empty (as in sacreBLEU); when all are empty the sentence is scored
 * against an empty reference (sacreBLEU refuses that input).
 * Errors: AT_ERR_UTF8, AT_ERR_NOMEM, AT_ERR_INVALID_ARG. *out is overwritten. */
at_status at_eval_sentence_stats(const at_eval_options *o, const char *hyp,
                                 const char *const *refs /* (n_refs) */, size_t n_refs,
                                 at_eval_stats *out);

/* Sum of at_eval_sentence_stats over a corpus. refs[r][i] is reference r of
 * sentence i. Error messages name the sentence (1-based). */
at_status at_eval_corpus_stats(const at_eval_options *o, const char *const *hyps /* (n) */,
                               const char *const *const *refs /* (n_refs)(n) */, size_t n_refs,
                               size_t n, at_eval_stats *out);

/* ---- BLEU ---------------------------------------------------------------- */
typedef struct at_bleu_score {
  double score;                          /* 0..100 */
  double precisions[AT_BLEU_MAX_ORDER];  /* percent, after smoothing, [n-1] */
  int order;                             /* number of precisions */
  double bp;                             /* brevity penalty */
  double ratio;                          /* hyp_len / ref_len (0 when ref_len is 0) */
  int64_t hyp_len, ref_len;
} at_bleu_score;

/* sacreBLEU's BLEU.compute_bleu over summed statistics. */
at_bleu_score at_bleu_from_stats(const at_eval_options *o, const at_bleu_stats *s);
/* "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)". */
void at_bleu_format(const at_bleu_score *b, char *buf, size_t size);
/* "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.x-compatible". */
void at_bleu_signature(const at_eval_options *o, const at_eval_stats *s, char *buf, size_t size);

/* ---- chrF ---------------------------------------------------------------- */
/* sacreBLEU's CHRF._compute_f_score: 0..100. */
double at_chrf_from_stats(const at_eval_options *o, const at_chrf_stats *s);
/* "chrF2 = 59.73". */
void at_chrf_format(const at_eval_options *o, double chrf, char *buf, size_t size);
/* "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.x-compatible". */
void at_chrf_signature(const at_eval_options *o, const at_eval_stats *s, char *buf, size_t size);

/* ---- text ---------------------------------------------------------------- */
/* sacreBLEU's tokenizer_13a (mteval-v13a): the result, tokens joined by single
 * spaces, is malloc'ed into *out (free() it). Lowercasing is not part of it.
 * Errors: AT_ERR_UTF8, AT_ERR_NOMEM. */
at_status at_eval_tokenize_13a(const char *line, char **out);
/* Number of whitespace-separated words in a UTF-8 line (whitespace as Python's
 * str.split() sees it, Unicode spaces included). */
size_t at_eval_count_words(const char *line);

/* ---- length buckets ------------------------------------------------------
 * Buckets are given by increasing upper bounds b[0] < b[1] < ... < b[k-1]:
 * bucket 0 holds lengths up to b[0] (including 0), bucket i lengths
 * b[i-1]+1 .. b[i], and bucket k lengths above b[k-1]. So k bounds make k+1
 * buckets; the default {10,20,30,40,50} makes 1-10, 11-20, ..., 41-50, 51+. */
size_t at_eval_bucket_of(const int *bounds /* (k) */, size_t k, size_t length);

#ifdef __cplusplus
}
#endif
#endif
