/* Internal to tokenizer/: the functions spm_shim.cc (the project's one C++
 * file) offers to tokenizer.c. Not part of the public API. They expect
 * arguments already checked by tokenizer.c (valid UTF-8, ids in range). */
#ifndef ATTEND_TOKENIZER_SPM_SHIM_H
#define ATTEND_TOKENIZER_SPM_SHIM_H

#include "tokenizer/tokenizer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Trains with SentencePiece; `inputs` is the comma-joined list of files. */
at_status at__spm_train(const at_spm_train_options *o, const char *inputs);
/* Encodes into out (grown with at_ids_reserve). */
at_status at__spm_encode_ids(const at_tokenizer *t, const char *text, size_t len, at_ids *out);
/* Pieces joined by ' ' into out (grown with at_buf_reserve). */
at_status at__spm_encode_pieces(const at_tokenizer *t, const char *text, size_t len, at_buf *out);
/* Decodes ids (all in range) into out, skipping PAD, BOS and EOS. */
at_status at__spm_decode(const at_tokenizer *t, const int *ids /* (n,) */, int n, at_buf *out);

#ifdef __cplusplus
}
#endif
#endif
