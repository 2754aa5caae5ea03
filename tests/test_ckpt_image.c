/* at_checkpoint_load_image / at_checkpoint_load_header_image (the entry
 * points of fuzz/fuzz_checkpoint.c) validate exactly like the path loaders:
 * on every checkpoint seed of fuzz/seeds/checkpoint (real ones, cut, flipped
 * and edited) both give the same status and the same message, and what loads
 * is the same; tokenizer datasets larger than the file are refused. Also: the run config YAML reads back every string value (a
 * newline or control character in a path came back changed before: found by
 * fuzz/fuzz_config.c). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "model/model.h"
#include "train/train.h"

static char *read_all(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc(len > 0 ? (size_t)len : 1);
  *n = buf && len >= 0 ? fread(buf, 1, (size_t)len, f) : 0;
  fclose(f);
  return buf;
}

static void same_checkpoint(const at_checkpoint *a, const at_checkpoint *b, const char *name) {
  CHECK_MSG(!memcmp(&a->config, &b->config, sizeof a->config), "%s: config", name);
  CHECK_MSG((a->run_config == NULL) == (b->run_config == NULL) && (!a->run_config || !strcmp(a->run_config, b->run_config)),
            "%s: run_config", name);
  CHECK_MSG(a->spm_src_size == b->spm_src_size && a->spm_tgt_size == b->spm_tgt_size, "%s: tokenizers", name);
  CHECK_MSG(a->n_state == b->n_state && !memcmp(a->state, b->state, sizeof a->state), "%s: state", name);
  CHECK_MSG(a->n_slots == b->n_slots, "%s: slots", name);
  CHECK_MSG((a->params == NULL) == (b->params == NULL), "%s: params", name);
  if (a->params && b->params) {
    CHECK_MSG(a->params->total == b->params->total && a->params->count == b->params->count, "%s: layout", name);
    if (a->params->total == b->params->total)
      CHECK_MSG(!memcmp(a->params->data, b->params->data, a->params->total * sizeof(float)), "%s: values", name);
  }
}

static int run_seed(const char *path, int header) {
  size_t n = 0;
  char *img = read_all(path, &n);
  CHECK_MSG(img != NULL, "%s: cannot read", path);
  if (!img) return 0;
  at_checkpoint a, b;
  at_status sa = header ? at_checkpoint_load_header(path, &a) : at_checkpoint_load(path, &a);
  char msg_a[1024];
  snprintf(msg_a, sizeof msg_a, "%s", at_last_error());
  at_status sb = header ? at_checkpoint_load_header_image(img, n, path, &b) : at_checkpoint_load_image(img, n, path, &b);
  CHECK_MSG(sa == sb, "%s (header %d): path %s, image %s (%s)", path, header, at_status_name(sa), at_status_name(sb),
            at_last_error());
  if (sa != AT_OK && sb != AT_OK) {
    /* the path loader may add the HDF5 reason of a failed open; the start is the same */
    CHECK_MSG(!strncmp(msg_a, at_last_error(), strlen(path) + 30), "%s: path says '%s', image says '%s'", path, msg_a,
              at_last_error());
  }
  if (sa == AT_OK && sb == AT_OK) same_checkpoint(&a, &b, path);
  if (sa == AT_OK) at_checkpoint_free(&a);
  if (sb == AT_OK) at_checkpoint_free(&b);
  free(img);
  return sa == AT_OK;
}

static void test_seeds(const char *src) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/fuzz/seeds/checkpoint", src);
  DIR *d = opendir(dir);
  CHECK_MSG(d != NULL, "%s", dir);
  if (!d) return;
  int files = 0, loaded = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    loaded += run_seed(path, 0);
    run_seed(path, 1);
    files++;
  }
  closedir(d);
  CHECK_MSG(files >= 10 && loaded >= 2, "%d seeds, %d loaded", files, loaded);
  at_checkpoint ck;
  /* a tokenizer dataset declaring more bytes than the file holds is refused
   * before allocating them (found by fuzz_checkpoint: 12 GB in a 40 KB file) */
  static const char *const big[][2] = {{"regress_tokenizer_declares_12gb.h5", "more than a tokenizer can have"},
                                       {"tokenizer_unwritten_100mb.h5", "more than the file holds"}};
  for (int i = 0; i < 2; i++) {
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", dir, big[i][0]);
    CHECK_STATUS(at_checkpoint_load_header(path, &ck), AT_ERR_CHECKPOINT);
    CHECK_MSG(strstr(at_last_error(), "/tokenizer/src") && strstr(at_last_error(), big[i][1]), "%s", at_last_error());
  }
  CHECK_STATUS(at_checkpoint_load_image(NULL, 0, "x.h5", &ck), AT_ERR_CHECKPOINT);
  CHECK_STATUS(at_checkpoint_load_image(NULL, 5, "x.h5", &ck), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_checkpoint_load_image("abc", 3, NULL, NULL), AT_ERR_INVALID_ARG);
}

static at_status apply(void *ctx, const char *key, const char *value, int line) {
  (void)line;
  at_train_config *tc = ctx;
  at_model_config mc;
  at_model_config_default(&mc);
  return at_run_config_set(tc, &mc, key, value);
}

static void test_yaml_round_trip(void) {
  static const char *const values[] = {"two\nlines\n", "tab\there", "a \"quoted\" \\ path", "\x01\x1f\x7f end",
                                       "caf\xc3\xa9 \xe2\x96\x81", "  spaces  ", "#: not a comment", ""};
  for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
    at_train_config a, b;
    at_model_config mc;
    at_train_config_default(&a);
    at_train_config_default(&b);
    at_model_config_default(&mc);
    CHECK_OK(at_train_config_set(&a, "save_dir", values[i]));
    char *y = NULL;
    CHECK_OK(at_run_config_yaml(&a, &mc, &y));
    if (!y) continue;
    at_status s = at_yaml_each(y, strlen(y), "run_config", apply, &b);
    CHECK_MSG(s == AT_OK, "value %zu: %s", i, at_last_error());
    CHECK_MSG(!strcmp(a.save_dir, b.save_dir), "value %zu: '%s' read back as '%s'", i, a.save_dir, b.save_dir);
    free(y);
  }
}

int main(void) {
  const char *src = getenv("ATTEND_SRC");
  if (!src) src = ".";
  test_seeds(src);
  test_yaml_round_trip();
  CHECK_DONE();
}
