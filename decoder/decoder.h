/* attend decoder/: search (greedy, beam, n-best, ensembles) over the model's
 * one decoder step, and streaming translation of text.
 *
 * Results never depend on how sentences are grouped into batches: every
 * sentence's hypotheses are selected from its own candidates only, with the
 * same normalisation, and ties are broken by token id and hypothesis order. */
#ifndef ATTEND_DECODER_H
#define ATTEND_DECODER_H

#include <stdint.h>

#include "core/core.h"
#include "model/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct at_shortlist at_shortlist;

typedef struct at_search_options {
  int beam;              /* beam size K; 1 = greedy (default 5) */
  int nbest;             /* hypotheses returned per sentence, 1..beam (default 1) */
  float length_penalty;  /* GNMT alpha: score = logprob / ((5 + len) / 6)^alpha (default 0.6; 0 = raw) */
  int min_length;        /* EOS forbidden before this many tokens (default 0) */
  float max_len_ratio;   /* max target tokens = ratio * source tokens + extra (default 2.0) */
  int max_len_extra;     /* (default 10) */
  int want_attention;    /* keep each hypothesis' attention rows (len + 1, Ts) */
  const at_shortlist *shortlist; /* NULL: the whole target vocabulary. Else each sentence
                                    decodes over its own shortlist (at_shortlist_select of its
                                    source pieces), log-softmax renormalised over it; the output
                                    layer runs over the batch's union (packed once per call) */
  int shortlist_k;        /* pieces per source piece (0 = all the file keeps) */
  int shortlist_frequent; /* most frequent pieces (-1 = all the file keeps) */
} at_search_options;

void at_search_options_default(at_search_options *o);
at_status at_search_options_validate(const at_search_options *o);

typedef struct at_hypothesis {
  int *ids;          /* (len) target ids without BOS/EOS; malloc'd */
  int len;
  int finished;      /* 1 when it ended with EOS, 0 when cut at the maximum length */
  float logprob;     /* sum of token log-probabilities, EOS included when finished */
  float score;       /* normalised score used for ranking */
  float *attn;       /* (len + finished, attn_rows, Ts) attention or NULL; malloc'd: per target
                        piece the weights alignments use (multi-head: the head average),
                        then each head's (one model; an ensemble reports its average only) */
  int Ts;            /* source length (columns of attn) */
  int attn_rows;     /* 1, or 1 + heads */
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

/* ---- vocabulary shortlists (decoder/shortlist.c) --------------------------------
 * Which target pieces a sentence can produce: the corpus's most frequent
 * target pieces and, per source piece, the target pieces that co-occur with
 * it most (Dice coefficient over sentence pairs). Built by `attend shortlist`,
 * stored as text (format in decoder/shortlist.c), tied to the tokenizers it
 * was built with by their FNV-1a hashes. */
typedef struct at_shortlist_corpus {
  int n;                   /* sentence pairs */
  const int *const *src;   /* (n) source ids (an appended EOS is ignored) */
  const int *src_len;      /* (n) */
  const int *const *tgt;   /* (n) target ids */
  const int *tgt_len;      /* (n) */
  int src_vocab, tgt_vocab;
  uint64_t src_hash, tgt_hash; /* at_fnv1a64 of the tokenizer models' bytes */
} at_shortlist_corpus;

uint64_t at_fnv1a64(const void *data, size_t n);
/* top_k pieces kept per source piece (1 .. 100000), `frequent` most frequent target pieces (0 .. tgt_vocab). */
at_status at_shortlist_build(const at_shortlist_corpus *c, int top_k, int frequent, at_shortlist **out);
at_status at_shortlist_save(const at_shortlist *sl, const char *path);
/* Reads and checks a shortlist file (an untrusted file gives an error naming the file and line). */
at_status at_shortlist_load(const char *path, at_shortlist **out);
void at_shortlist_free(at_shortlist *sl);
/* AT_ERR_CONFIG naming `name` unless the shortlist was built for these vocabularies and tokenizers. */
at_status at_shortlist_check(const at_shortlist *sl, int src_vocab, int tgt_vocab, uint64_t src_hash,
                             uint64_t tgt_hash, const char *name);
int at_shortlist_src_vocab(const at_shortlist *sl);
int at_shortlist_tgt_vocab(const at_shortlist *sl);
int at_shortlist_top_k(const at_shortlist *sl);
int at_shortlist_frequent(const at_shortlist *sl);
/* The target pieces for source ids src[0..n_src): the special pieces PAD, UNK, BOS, EOS (PAD
 * and BOS only for the log-softmax's normalisation: search never outputs them), the first
 * `frequent` (< 0: all) frequent pieces and the first k (<= 0: all) of every source piece,
 * ascending into out (room for tgt_vocab); returns their number. mark (tgt_vocab bytes) must be
 * all 0 and is left so. */
int at_shortlist_select(const at_shortlist *sl, const int *src, int n_src, int k, int frequent, unsigned char *mark,
                        int *out);

/* ---- translating text --------------------------------------------------------
 * A translator holds one or more checkpoints (an ensemble; same vocabularies)
 * with their SentencePiece models, and turns arrays of UTF-8 lines into
 * translations. Every input line gets exactly one result, in input order. */
typedef struct at_translator at_translator;

typedef struct at_translator_options {
  at_search_options search;
  int batch_size;   /* sentences per search batch (default 128; fewer when the
                       lines would not give every thread a batch) */
  int max_src_len;  /* source pieces kept (longer lines are truncated; default 250) */
  int threads;      /* OpenMP threads (0 = all cores) */
  int attention_maps; /* AT_MAPS_* bits: self-attention maps of the best hypothesis
                         (needs search.want_attention; the first model's) */
  int int8;           /* 1: int8 decoding, float32 checkpoints quantised as they load
                         (an int8 checkpoint of `attend quantize` decodes in int8 anyway) */
} at_translator_options;

/* Self-attention maps translate can add to a result (at_translation.enc_self,
 * .dec_self), computed by a teacher-forced forward of the source and the best
 * hypothesis (at_model_attention_maps). */
enum { AT_MAPS_ENC_SELF = 1, AT_MAPS_DEC_SELF = 2 };

/* One kind of attention maps of a result: (layers, heads, rows, cols), malloc'd. */
typedef struct at_attention_export {
  int layers, heads, rows, cols; /* layers = 0: not asked for */
  float *w;
} at_attention_export;

void at_translator_options_default(at_translator_options *o);

typedef struct at_translation {
  at_status status;   /* AT_OK; AT_ERR_UTF8 for a line that is not valid UTF-8 (no hypotheses) */
  int truncated;      /* the source was cut to max_src_len pieces */
  int src_pieces_n;   /* source pieces, EOS included */
  int n;              /* hypotheses, best first (0 for an empty or invalid line) */
  char **text;        /* (n) detokenized target text */
  float *score;       /* (n) normalised scores */
  float *logprob;     /* (n) total log-probabilities */
  int *tgt_pieces_n;  /* (n) target pieces, without EOS */
  /* With search.want_attention, for the best hypothesis: */
  char **src_pieces;  /* (src_pieces_n) including "</s>" */
  char **tgt_pieces;  /* (tgt_rows) target pieces, then "</s>" when it finished */
  int tgt_rows;
  float *attn;        /* (tgt_rows, src_pieces_n) attention weights (multi-head: the head
                         average; the alignments use these) */
  int heads;          /* multi-head models: heads (of every layer), else 0 */
  int head_layers;    /* the layers they span, layer-major (heads / head_layers each): 1, or a
                         Transformer decoder's layers */
  float *attn_heads;  /* (heads, tgt_rows, src_pieces_n) each head's weights, or NULL */
  /* With attention_maps: the encoder's self-attention over the source pieces
   * (rows = cols = src_pieces_n: query piece x key piece), and the decoder's
   * causal self-attention (rows = cols = tgt_rows: row i the position that
   * outputs tgt_pieces[i], column j the decoder input "<s>" for j = 0, else
   * tgt_pieces[j - 1]; 0 beyond the diagonal). */
  at_attention_export enc_self, dec_self;
} at_translation;

void at_translation_free(at_translation *t);

/* AT_OK when a model of cfg has the maps selected (AT_MAPS_* bits), else
 * AT_ERR_CONFIG with a message naming `name` (e.g. the checkpoint) and the block. */
at_status at_translator_check_maps(const at_model_config *cfg, int maps, const char *name);
/* Opens the checkpoints paths[0..n) (n >= 1); fails (AT_ERR_CONFIG) when the
 * first lacks the attention maps asked for. */
at_status at_translator_open(const char *const *paths, int n, const at_translator_options *opt, at_translator **out);
void at_translator_close(at_translator *tr);
/* Translates lines[0..n) (UTF-8, no newline; a trailing '\r' is ignored) into
 * out[0..n) (free each with at_translation_free). Lines are tokenized in
 * parallel, sorted by length into batches, translated and put back in input
 * order. An invalid line yields status AT_ERR_UTF8 and no hypotheses without
 * failing the call. */
at_status at_translator_translate(at_translator *tr, const char *const *lines, int n, at_translation *out);
/* Hard word alignments "i-j" (source word i, target word j, 0-based) of the
 * best hypothesis, from the attention (needs search.want_attention): each
 * target piece is aligned to its most-attended source piece; pieces map to
 * words by SentencePiece's word-start marker. Written into buf ('\0'-ended). */
at_status at_translation_alignment(const at_translation *t, char **buf);
/* Source and target vocabulary sizes of the first model (for tools). */
const at_model *at_translator_model(const at_translator *tr, int i);

#ifdef __cplusplus
}
#endif
#endif
