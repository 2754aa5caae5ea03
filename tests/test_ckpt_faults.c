/* Write failures while a checkpoint is saved (issue 13, item 7): a file size
 * limit (RLIMIT_FSIZE, SIGXFSZ ignored, so writes beyond it fail with EFBIG
 * as on a full disk they fail with ENOSPC) swept over 12 sizes from 1 KB to
 * one byte short of the new file. Each failed save must return AT_ERR_IO with
 * a message naming the checkpoint and the reason, leave the previous
 * checkpoint at the final path byte for byte and loadable, leave no
 * temporary file, and not crash (before the fix, HDF5 crashed at exit in
 * H5F__close_cb after a failed H5Fclose). Then the same save, without the
 * limit, must work. Needs no root. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "check.h"
#include "model/model.h"

static void make(at_params *p) {
  at_params_init(p);
  CHECK_OK(at_params_add(p, "encoder/emb", 2, 300, 64, NULL));
  CHECK_OK(at_params_add(p, "encoder/l0/W", 2, 192, 128, NULL));
  CHECK_OK(at_params_add(p, "decoder/out/W", 2, 300, 64, NULL));
  CHECK_OK(at_params_add(p, "decoder/out/b", 1, 300, 1, NULL));
  CHECK_OK(at_params_alloc(p));
}

/* Version k of the arrays and blobs. */
static void fill(float *x, size_t n, int64_t k, float salt) {
  for (size_t i = 0; i < n; i++) x[i] = (float)k * 0.5f + (float)(i % 991) + salt;
}

static unsigned char blob[5000];

static at_status save_version(const char *path, at_params *p, float *slot, int64_t k) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  ck.params = p;
  ck.n_slots = 1;
  strcpy(ck.slot_names[0], "adam_m");
  ck.slots[0] = slot;
  for (size_t i = 0; i < sizeof blob; i++) blob[i] = (unsigned char)(i * 7 + (size_t)k);
  ck.spm_src = blob;
  ck.spm_src_size = sizeof blob;
  ck.spm_tgt = blob;
  ck.spm_tgt_size = sizeof blob / 2;
  ck.run_config = "seed: 1\n";
  fill(p->data, p->total, k, 0.0f);
  fill(slot, p->total, k, 0.25f);
  at_status s = at_checkpoint_set_i64(&ck, "step", k);
  return s == AT_OK ? at_checkpoint_save(path, &ck) : s;
}

static unsigned char *slurp(const char *path, size_t *n) {
  *n = 0;
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  unsigned char *buf = NULL;
  size_t cap = 0;
  for (;;) {
    if (*n == cap) {
      cap = cap ? 2 * cap : 1 << 16;
      unsigned char *b = realloc(buf, cap);
      if (!b) break;
      buf = b;
    }
    size_t r = fread(buf + *n, 1, cap - *n, f);
    *n += r;
    if (r == 0) break;
  }
  fclose(f);
  return buf;
}

/* Loads path and checks it holds version k. */
static void check_version(const char *path, const at_params *p, int64_t k) {
  at_checkpoint L;
  at_status s = at_checkpoint_load(path, &L);
  CHECK_MSG(s == AT_OK, "%s does not load: %s", path, at_last_error());
  if (s != AT_OK) return;
  int64_t step = -1;
  CHECK_OK(at_checkpoint_get_i64(&L, "step", &step));
  CHECK_MSG(step == k, "%s holds step %lld, expected %lld", path, (long long)step, (long long)k);
  float *want = malloc(p->total * sizeof(float));
  CHECK(want && L.params && L.params->total == p->total && L.n_slots == 1);
  if (want && L.params && L.params->total == p->total && L.n_slots == 1) {
    fill(want, p->total, k, 0.0f);
    CHECK(memcmp(want, L.params->data, p->total * sizeof(float)) == 0);
    fill(want, p->total, k, 0.25f);
    CHECK(memcmp(want, L.slots[0], p->total * sizeof(float)) == 0);
  }
  free(want);
  at_checkpoint_free(&L);
}

/* Files in dir whose name starts with prefix. */
static int count_prefixed(const char *dir, const char *prefix) {
  DIR *d = opendir(dir);
  if (!d) return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (!strncmp(e->d_name, prefix, strlen(prefix))) n++;
  closedir(d);
  return n;
}

static int set_fsize(rlim_t soft) {
  struct rlimit rl;
  if (getrlimit(RLIMIT_FSIZE, &rl) != 0) return -1;
  rl.rlim_cur = soft;
  return setrlimit(RLIMIT_FSIZE, &rl);
}

int main(void) {
  const char *t = getenv("ATTEND_TMP");
  char dir[400], path[600], probe[600], cmd[1000];
  snprintf(dir, sizeof dir, "%s", t ? t : "/tmp/attend_test_ckpt_faults");
  snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", dir, dir);
  CHECK(system(cmd) == 0);
  snprintf(path, sizeof path, "%s/last.h5", dir);
  snprintf(probe, sizeof probe, "%s/probe.h5", dir);
  signal(SIGXFSZ, SIG_IGN); /* a write beyond the limit fails with EFBIG instead of killing us */

  at_params p;
  make(&p);
  float *slot = malloc(p.total * sizeof(float));
  CHECK(slot != NULL);
  if (!slot) CHECK_DONE();

  /* the previous checkpoint (version 1), and the size of the new one (version 2) */
  CHECK_OK(save_version(path, &p, slot, 1));
  size_t old_n = 0, new_n = 0;
  unsigned char *old = slurp(path, &old_n);
  CHECK(old && old_n > 0);
  CHECK_OK(save_version(probe, &p, slot, 2));
  free(slurp(probe, &new_n));
  remove(probe);
  CHECK(new_n > 100000);
  fprintf(stderr, "previous file %zu bytes, new file %zu bytes\n", old_n, new_n);

  /* limits from 1 KB to new_n - 1: in the superblock, the tokenizers, the arrays, the end */
  enum { NLIM = 12 };
  rlim_t lim[NLIM];
  lim[0] = 1024;
  lim[1] = 4096;
  for (int i = 2; i < NLIM - 1; i++) lim[i] = (rlim_t)(new_n * (size_t)(i - 1) / (NLIM - 2));
  lim[NLIM - 1] = (rlim_t)new_n - 1;
  const char *why = strerror(EFBIG);
  for (int i = 0; i < NLIM; i++) {
    CHECK(set_fsize(lim[i]) == 0);
    at_status s = save_version(path, &p, slot, 2);
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", at_last_error());
    CHECK(set_fsize(RLIM_INFINITY) == 0);
    fprintf(stderr, "limit %7llu: %s: %s\n", (unsigned long long)lim[i], at_status_name(s), msg);
    CHECK_MSG(s == AT_ERR_IO, "limit %llu: status %s", (unsigned long long)lim[i], at_status_name(s));
    CHECK_MSG(strstr(msg, path) == msg, "limit %llu: message does not start with the file: %s", (unsigned long long)lim[i], msg);
    CHECK_MSG(strstr(msg, why) != NULL, "limit %llu: message lacks '%s': %s", (unsigned long long)lim[i], why, msg);
    CHECK_MSG(!strchr(msg, '\n'), "limit %llu: message has a newline", (unsigned long long)lim[i]);
    size_t n = 0;
    unsigned char *now = slurp(path, &n);
    CHECK_MSG(now && n == old_n && !memcmp(now, old, n), "limit %llu: %s changed", (unsigned long long)lim[i], path);
    free(now);
    check_version(path, &p, 1);
    CHECK_MSG(count_prefixed(dir, "last.h5.tmp.") == 0, "limit %llu: a temporary file is left", (unsigned long long)lim[i]);
    CHECK(count_prefixed(dir, "") == 3); /* ., .., last.h5 */
  }

  /* without the limit the same save works */
  CHECK_OK(save_version(path, &p, slot, 2));
  check_version(path, &p, 2);
  CHECK(count_prefixed(dir, "last.h5.tmp.") == 0);

  /* a directory that does not exist: AT_ERR_IO naming the file, nothing created */
  char missing[700];
  snprintf(missing, sizeof missing, "%s/no/such/dir/last.h5", dir);
  CHECK_STATUS(save_version(missing, &p, slot, 3), AT_ERR_IO);
  CHECK(strstr(at_last_error(), missing) == at_last_error() && strstr(at_last_error(), strerror(ENOENT)));

  free(old);
  free(slot);
  at_params_free(&p);
  CHECK_DONE();
}
