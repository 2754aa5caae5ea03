/* Fuzz harness: the YAML config reader (train/config.c). Each input is a
 * config file as `attend train --config FILE` reads it: at_yaml_each walks it
 * and every key is applied with at_run_config_set (training and model keys),
 * then both configs are validated. A config that applies cleanly is written
 * back as the run config YAML saved in checkpoints (at_run_config_yaml), and
 * that text must read back to the same configuration: a resumed run starts
 * from it. Every error status is a fine outcome; a failed round trip aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "fuzz/fuzz_util.h"
#include "model/model.h"
#include "train/train.h"

typedef struct {
  at_train_config tc;
  at_model_config mc;
  int keys;
} fuzz_cfg;

static at_status fuzz_apply(void *ctx, const char *key, const char *value, int line) {
  fuzz_cfg *c = ctx;
  if (line < 1 || !key || !value) abort();
  c->keys++;
  return at_run_config_set(&c->tc, &c->mc, key, value);
}

static void fuzz_cfg_init(fuzz_cfg *c) {
  memset(c, 0, sizeof *c);
  at_train_config_default(&c->tc);
  at_model_config_default(&c->mc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  at_log_set_level(AT_LOG_ERROR);
  fuzz_cfg a;
  fuzz_cfg_init(&a);
  if (at_yaml_each((const char *)data, size, "fuzz.yaml", fuzz_apply, &a) != AT_OK) return 0;
  at_train_config_validate(&a.tc);
  at_model_config_validate(&a.mc);
  char *y1 = NULL, *y2 = NULL;
  if (at_run_config_yaml(&a.tc, &a.mc, &y1) != AT_OK) return 0;
  fuzz_cfg b;
  fuzz_cfg_init(&b);
  if (at_yaml_each(y1, strlen(y1), "run_config", fuzz_apply, &b) != AT_OK) {
    fprintf(stderr, "fuzz_config: the run config YAML does not read back: %s\n%s", at_last_error(), y1);
    abort();
  }
  if (at_run_config_yaml(&b.tc, &b.mc, &y2) != AT_OK) abort();
  if (strcmp(y1, y2) != 0) {
    fprintf(stderr, "fuzz_config: the run config YAML reads back differently:\n%s---\n%s", y1, y2);
    abort();
  }
  free(y1);
  free(y2);
  return 0;
}
