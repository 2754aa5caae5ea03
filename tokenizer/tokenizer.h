/* attend tokenizer: a C API over SentencePiece (subword models, unigram or
 * BPE), used for training a tokenizer model and for turning text lines into
 * ids and back.
 *
 * Special ids are the same in every model attend trains, and a model whose
 * special ids differ is rejected when loaded (AT_ERR_TOKENIZER):
 *   AT_PAD_ID 0 "<pad>", AT_UNK_ID 1 "<unk>", AT_BOS_ID 2 "<s>", AT_EOS_ID 3 "</s>".
 *
 * Text: one line per call, valid UTF-8 (AT_ERR_UTF8 otherwise, the message
 * gives the byte offset), no '\n' (AT_ERR_INVALID_ARG; callers split lines).
 * A '\r' before the line end is the caller's to strip: inside the text it is
 * passed to SentencePiece like any other character. SentencePiece normalizes
 * the text (NFKC, whitespace collapsed and trimmed), so decode(encode(t)) is
 * the normalized t.
 *
 * Thread safety: a loaded at_tokenizer is immutable; encode, encode_pieces,
 * decode and the vocabulary queries may run on one tokenizer from many
 * threads at once, each thread with its own output buffers. at_spm_train
 * sets SentencePiece's process-wide seed and log level: do not run two
 * trainings at once.
 */
#ifndef ATTEND_TOKENIZER_H
#define ATTEND_TOKENIZER_H

#include <stddef.h>
#include <stdint.h>

#include "core/core.h"

#ifdef __cplusplus
extern "C" {
#endif

enum { AT_PAD_ID = 0, AT_UNK_ID = 1, AT_BOS_ID = 2, AT_EOS_ID = 3 };
#define AT_PAD_PIECE "<pad>"
#define AT_UNK_PIECE "<unk>"
#define AT_BOS_PIECE "<s>"
#define AT_EOS_PIECE "</s>"

/* ---- growable caller-owned buffers (reuse them across calls) ------------- */

/* ids[0..n) valid, cap allocated. Zero-initialise ({0}) before first use. */
typedef struct at_ids {
  int *ids; /* (cap,) */
  int n, cap;
} at_ids;
/* Makes room for at least `cap` ids (keeps the first n). */
at_status at_ids_reserve(at_ids *v, int cap);
/* Frees the storage and zeroes the struct; NULL ok. */
void at_ids_free(at_ids *v);

/* data[0..len) valid and always followed by a '\0' once anything was written.
 * Zero-initialise ({0}) before first use. */
typedef struct at_buf {
  char *data; /* (cap,) */
  size_t len, cap;
} at_buf;
/* Makes room for at least `cap` bytes plus the terminating '\0'. */
at_status at_buf_reserve(at_buf *b, size_t cap);
/* Frees the storage and zeroes the struct; NULL ok. */
void at_buf_free(at_buf *b);

/* ---- training -------------------------------------------------------------- */

enum { AT_SPM_UNIGRAM = 0, AT_SPM_BPE = 1 };

typedef struct at_spm_train_options {
  const char *const *inputs; /* (n_inputs,) text files, one sentence a line; names without ',' */
  int n_inputs;
  const char *model_prefix;  /* writes <prefix>.model and <prefix>.vocab */
  int vocab_size;            /* including the 4 special pieces */
  int model_type;            /* AT_SPM_UNIGRAM (default) or AT_SPM_BPE */
  float character_coverage;  /* default 1.0 (all characters); e.g. 0.9995 drops rare ones */
  int input_sentence_size;   /* sample this many lines (> 100); 0 = all (default) */
  uint32_t seed;             /* default 1; 0xFFFFFFFF is reserved by SentencePiece. With
                                SentencePiece 0.1.97 nothing we use draws on it (its
                                sentence sampling has a fixed seed), so models do not vary
                                with it; it is set for versions and features that do. */
  int num_threads;           /* default 1; the unigram model may depend on it */
  int soft_vocab_limit;      /* 0 (default): a vocab_size too large for the data fails
                                with SentencePiece's message; 1: vocab_size is a maximum */
  int verbose;               /* 0 (default): SentencePiece logs only errors */
} at_spm_train_options;

void at_spm_train_options_default(at_spm_train_options *o);
/* Trains a model on the input files and writes <prefix>.model and
 * <prefix>.vocab. Deterministic for a given seed, inputs and num_threads
 * (same .model bytes). Errors: AT_ERR_INVALID_ARG (options), AT_ERR_IO (an
 * input cannot be opened, named), AT_ERR_TOKENIZER (SentencePiece's message). */
/* Most pieces a trained tokenizer may have (spm-train --vocab-size, train's
 * *vocab_size): SentencePiece asked for 2^31-1 ran for minutes. */
#define AT_SPM_VOCAB_MAX 10000000

at_status at_spm_train(const at_spm_train_options *o);

/* ---- a loaded model -------------------------------------------------------- */

typedef struct at_tokenizer at_tokenizer;

/* Loads <path> (a .model file). Errors name the file: AT_ERR_IO when it cannot
 * be read, AT_ERR_TOKENIZER when it is not a SentencePiece model or its
 * special ids differ from AT_*_ID. */
at_status at_tokenizer_load(const char *path, at_tokenizer **out);
/* Loads a serialized model proto (the bytes of a .model file), e.g. one
 * embedded in a checkpoint. The bytes are copied. */
at_status at_tokenizer_load_bytes(const void *data, size_t n, at_tokenizer **out);
/* The serialized model proto, owned by the tokenizer (valid while it lives). */
at_status at_tokenizer_bytes(const at_tokenizer *t, const void **data, size_t *n);
void at_tokenizer_free(at_tokenizer *t);

/* Number of pieces, special ones included; ids are 0..size-1. */
int at_tokenizer_vocab_size(const at_tokenizer *t);
/* The piece of an id (e.g. "▁the"), valid while the tokenizer lives; NULL when
 * id is out of range. */
const char *at_tokenizer_id_to_piece(const at_tokenizer *t, int id);
/* The id of a piece; AT_UNK_ID when the piece is not in the vocabulary. */
int at_tokenizer_piece_to_id(const at_tokenizer *t, const char *piece);

/* Encodes text[0..len) into out->ids[0..out->n) (out is overwritten, grown
 * as needed). No BOS/EOS is added. Empty text gives n = 0. */
at_status at_tokenizer_encode(const at_tokenizer *t, const char *text, size_t len, at_ids *out);

/* A line of more than AT_TOKENIZER_BYTES_PER_PIECE bytes per piece allowed
 * (max_len) is over-long without tokenizing it: a SentencePiece piece has at
 * most 16 characters (64 bytes) by default, and encoding needs about 100
 * bytes of memory per byte of text, so a 10 MB line would need 1 GB for
 * nothing. Callers cut or skip such lines before at_tokenizer_encode. */
#define AT_TOKENIZER_BYTES_PER_PIECE 256
/* Like encode, but writes the pieces separated by single spaces into out
 * (overwritten, '\0'-terminated). Pieces never contain a space: SentencePiece
 * writes a space as "▁" (U+2581). */
at_status at_tokenizer_encode_pieces(const at_tokenizer *t, const char *text, size_t len,
                                     at_buf *out);
/* Decodes ids[0..n) to text in out (overwritten, '\0'-terminated). PAD, BOS
 * and EOS are skipped; UNK becomes " ⁇ ". An id outside 0..size-1 gives
 * AT_ERR_INVALID_ARG naming its position. */
at_status at_tokenizer_decode(const at_tokenizer *t, const int *ids /* (n,) */, int n, at_buf *out);

#ifdef __cplusplus
}
#endif
#endif
