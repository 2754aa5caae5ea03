/* attend decoder/: search (greedy, beam, n-best, ensembles) over the model's
 * one decoder step, and streaming translation of text.
 *
 * Results never depend on how sentences are grouped into batches: every
 * sentence's hypotheses are selected from its own candidates only, with the
 * same normalisation, and ties are broken by token id and hypothesis order. */
#ifndef ATTEND_DECODER_H
#define ATTEND_DECODER_H

#include "core/core.h"
#include "model/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct at_search_options {
  int beam;              /* beam size K; 1 = greedy (default 5) */
  int nbest;             /* hypotheses returned per sentence, 1..beam (default 1) */
  float length_penalty;  /* GNMT alpha: score = logprob / ((5 + len) / 6)^alpha (default 0.6; 0 = raw) */
  int min_length;        /* EOS forbidden before this many tokens (default 0) */
  float max_len_ratio;   /* max target tokens = ratio * source tokens + extra (default 2.0) */
  int max_len_extra;     /* (default 10) */
  int want_attention;    /* keep each hypothesis' attention rows (len + 1, Ts) */
} at_search_options;

void at_search_options_default(at_search_options *o);
at_status at_search_options_validate(const at_search_options *o);

typedef struct at_hypothesis {
  int *ids;          /* (len) target ids without BOS/EOS; malloc'd */
  int len;
  int finished;      /* 1 when it ended with EOS, 0 when cut at the maximum length */
  float logprob;     /* sum of token log-probabilities, EOS included when finished */
  float score;       /* normalised score used for ranking */
  float *attn;       /* (len + finished, Ts) attention rows or NULL; malloc'd */
  int Ts;            /* source length (columns of attn) */
} at_hypothesis;

typedef struct at_search_result {
  int n;                /* hypotheses, best first */
  at_hypothesis *hyps;  /* (n) */
} at_search_result;

void at_search_result_free(at_search_result *r);

/* Translates B sentences, src (Ts, B) time-major ids (the model's source
 * convention, e.g. ending with EOS) with lengths src_len (B), with an
 * ensemble of n_models models sharing vocabularies (log-probabilities
 * averaged). results (B) receive the n-best lists (free each with
 * at_search_result_free). `arena` provides all scratch (reset by the caller
 * between calls). */
at_status at_search(const at_model *const *models, int n_models, const int *src, const int *src_len, int Ts, int B,
                    const at_search_options *opt, at_arena *arena, at_search_result *results);

#ifdef __cplusplus
}
#endif
#endif
