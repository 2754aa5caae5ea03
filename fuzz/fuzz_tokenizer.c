/* Fuzz harness: the tokenizer loader (tokenizer/) on the bytes of a
 * serialized SentencePiece model, as a checkpoint embeds it. A model that
 * loads encodes and decodes a few fixed strings (ids, pieces, id<->piece).
 * Every error status is a fine outcome. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "fuzz/fuzz_util.h"
#include "tokenizer/tokenizer.h"

static const char *const fuzz_texts[] = {
    "Y dijo Dios: Sea la luz; y fue la luz.",
    "In the beginning God created the heaven and the earth.",
    "",
    "  \xc3\xb1" "and\xc3\xba" " \xe2\x96\x81 \xe2\x81\x87 \xf0\x9f\x98\x80 \t x",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  at_log_set_level(AT_LOG_ERROR);
  at_tokenizer *t = NULL;
  if (at_tokenizer_load_bytes(data, size, &t) != AT_OK) return 0;
  int V = at_tokenizer_vocab_size(t);
  if (V <= 0) abort();
  const void *bytes = NULL;
  size_t nbytes = 0;
  if (at_tokenizer_bytes(t, &bytes, &nbytes) != AT_OK || nbytes != size || memcmp(bytes, data, size)) abort();
  at_ids ids = {0};
  at_buf buf = {0};
  for (size_t k = 0; k < sizeof fuzz_texts / sizeof fuzz_texts[0]; k++) {
    const char *s = fuzz_texts[k];
    if (at_tokenizer_encode(t, s, strlen(s), &ids) == AT_OK) {
      for (int i = 0; i < ids.n; i++)
        if (ids.ids[i] < 0 || ids.ids[i] >= V) abort();
      at_tokenizer_decode(t, ids.ids, ids.n, &buf);
    }
    at_tokenizer_encode_pieces(t, s, strlen(s), &buf);
  }
  int probe[] = {0, 1, 2, 3, V - 1, V, -1};
  for (size_t i = 0; i < sizeof probe / sizeof probe[0]; i++) {
    const char *p = at_tokenizer_id_to_piece(t, probe[i]);
    if ((probe[i] >= 0 && probe[i] < V) != (p != NULL)) abort();
    if (p) at_tokenizer_piece_to_id(t, p);
  }
  at_tokenizer_decode(t, probe, 7, &buf); /* V and -1 are out of range: an error */
  at_ids_free(&ids);
  at_buf_free(&buf);
  at_tokenizer_free(t);
  return 0;
}
