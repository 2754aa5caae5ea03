/* Fuzz harness: the checkpoint loader (model/checkpoint.c) on an HDF5 file
 * image in memory. Each input is a whole checkpoint file; it is loaded with
 * at_checkpoint_load_header_image and at_checkpoint_load_image (the same
 * validation as the path loaders, HDF5's core driver, no disk). What loads is
 * checked for consistency, its run config is read as the trainer would, and
 * its tokenizers are opened. Every error status is a fine outcome. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "fuzz/fuzz_util.h"
#include "model/model.h"
#include "tokenizer/tokenizer.h"
#include "train/train.h"

static at_status fuzz_apply(void *ctx, const char *key, const char *value, int line) {
  (void)line;
  at_train_config tc;
  at_train_config_default(&tc);
  return at_run_config_set(&tc, ctx, key, value);
}

static void fuzz_tokenizer(const void *p, size_t n) {
  at_tokenizer *t = NULL;
  if (!p || at_tokenizer_load_bytes(p, n, &t) != AT_OK) return;
  at_ids ids = {0};
  if (at_tokenizer_encode(t, "Y dijo Dios", 11, &ids) == AT_OK)
    for (int i = 0; i < ids.n; i++)
      if (ids.ids[i] < 0 || ids.ids[i] >= at_tokenizer_vocab_size(t)) abort();
  at_ids_free(&ids);
  at_tokenizer_free(t);
}

static void fuzz_check(const at_checkpoint *ck, int arrays) {
  if (ck->n_slots < 0 || ck->n_slots > AT_CKPT_MAX_SLOTS || ck->n_state < 0 || ck->n_state > AT_CKPT_MAX_STATE) abort();
  if (at_model_config_validate(&ck->config) != AT_OK) abort(); /* the loader validates the config */
  if (arrays) {
    if (!ck->params) abort();
    /* every float is readable (ASan: the arrays are as long as the layout says) */
    volatile float sum = 0;
    for (size_t i = 0; i < ck->params->total; i++) sum += ck->params->data[i];
    for (int s = 0; s < ck->n_slots; s++)
      for (size_t i = 0; i < ck->params->total; i++) sum += ck->slots[s][i];
    (void)sum;
  }
  if (ck->run_config) {
    at_model_config mc = ck->config;
    at_yaml_each(ck->run_config, strlen(ck->run_config), "fuzz.h5", fuzz_apply, &mc);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  at_log_set_level(AT_LOG_ERROR);
  at_checkpoint ck;
  if (at_checkpoint_load_header_image(data, size, "fuzz.h5", &ck) == AT_OK) {
    fuzz_check(&ck, 0);
    at_checkpoint_free(&ck);
  }
  if (at_checkpoint_load_image(data, size, "fuzz.h5", &ck) == AT_OK) {
    fuzz_check(&ck, 1);
    fuzz_tokenizer(ck.spm_src, ck.spm_src_size);
    fuzz_tokenizer(ck.spm_tgt, ck.spm_tgt_size);
    at_checkpoint_free(&ck);
  }
  return 0;
}
