/* Atomic saving: a child process saves a ~32 MB checkpoint over and over and
 * is killed with SIGKILL at random moments; each time the target path must
 * load and hold exactly one complete version (bitwise), whatever the child
 * was doing, and the previous version must survive a kill before the rename.
 * Odd rounds kill after a random delay, even rounds while the temporary file
 * is half written. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "model/model.h"

enum { ROUNDS = 8 };

/* Version k of every array: a pattern that differs between versions. */
static void fill(float *x, size_t n, int64_t k, float salt) {
  for (size_t i = 0; i < n; i++) x[i] = (float)k * 0.5f + (float)(i % 997) + salt;
}

static void make(at_params *p) {
  at_params_init(p);
  CHECK_OK(at_params_add(p, "encoder/emb", 2, 1000, 1024, NULL));
  CHECK_OK(at_params_add(p, "encoder/l0/W", 2, 1024, 1024, NULL));
  CHECK_OK(at_params_add(p, "decoder/out/W", 2, 1024, 1024, NULL));
  CHECK_OK(at_params_add(p, "decoder/out/b", 1, 1000, 1, NULL));
  CHECK_OK(at_params_alloc(p));
}

static at_status save_version(const char *path, at_params *p, float *slot, int64_t k) {
  at_checkpoint ck;
  at_checkpoint_init(&ck);
  ck.params = p;
  ck.n_slots = 1;
  strcpy(ck.slot_names[0], "adam_m");
  ck.slots[0] = slot;
  fill(p->data, p->total, k, 0.0f);
  fill(slot, p->total, k, 0.25f);
  at_status s = at_checkpoint_set_i64(&ck, "step", k);
  return s == AT_OK ? at_checkpoint_save(path, &ck) : s;
}

/* Child: saves versions first, first+1, ... until killed. */
static void child(const char *path, int64_t first) {
  at_params p;
  make(&p);
  float *slot = malloc(p.total * sizeof(float));
  for (int64_t k = first;; k++)
    if (!slot || save_version(path, &p, slot, k) != AT_OK) _exit(3);
}

/* Loads path and checks it is one complete version; returns its step or -1. */
static int64_t verify(const char *path, float *want) {
  at_checkpoint L;
  at_status s = at_checkpoint_load(path, &L);
  CHECK_MSG(s == AT_OK, "load after kill: %s", at_last_error());
  if (s != AT_OK) return -1;
  int64_t k = -1;
  CHECK_OK(at_checkpoint_get_i64(&L, "step", &k));
  size_t n = L.params ? L.params->total : 0;
  CHECK(n == (size_t)1000 * 1024 + 2 * 1024 * 1024 + 1000 && L.n_slots == 1);
  if (n == (size_t)1000 * 1024 + 2 * 1024 * 1024 + 1000 && L.n_slots == 1) {
    fill(want, n, k, 0.0f);
    CHECK_MSG(memcmp(want, L.params->data, n * sizeof(float)) == 0, "params of version %lld differ", (long long)k);
    fill(want, n, k, 0.25f);
    CHECK_MSG(memcmp(want, L.slots[0], n * sizeof(float)) == 0, "slot of version %lld differs", (long long)k);
  }
  at_checkpoint_free(&L);
  return k;
}

/* Waits (up to 20 s) until the temporary file exists and holds > 4 MB. */
static void wait_for_write(const char *tmp) {
  struct timespec ms = {0, 1000000L};
  struct stat st;
  for (int i = 0; i < 20000; i++) {
    if (stat(tmp, &st) == 0 && st.st_size > (4 << 20)) return;
    nanosleep(&ms, NULL);
  }
}

int main(void) {
  const char *t = getenv("ATTEND_TMP");
  char dir[512], path[600], tmp[700], cmd[600];
  snprintf(dir, sizeof dir, "%s", t ? t : "/tmp/attend_test_ckpt_atomic");
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
  CHECK(system(cmd) == 0);
  snprintf(path, sizeof path, "%s/ck.h5", dir);

  at_params p;
  make(&p);
  float *want = malloc(p.total * sizeof(float));
  CHECK_OK(save_version(path, &p, want, 0));
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  int64_t last = 0;
  int torn = 0; /* kills that left a half-written temporary file */
  for (int r = 1; r <= ROUNDS; r++) {
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) child(path, r * 1000);
    CHECK(pid > 0);
    if (pid <= 0) break;
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)pid);
    struct timespec ts = {0, (long)(50 + rand() % 400) * 1000000L};
    if (r % 2) nanosleep(&ts, NULL);
    else wait_for_write(tmp); /* even rounds: surely in the middle of a write */
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK_MSG(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "child ended by itself (status %d)", status);
    int64_t k = verify(path, want);
    /* either the previous round's last version or one of this round's */
    CHECK_MSG(k == last || (k >= r * 1000 && k < r * 1000 + 1000), "round %d: version %lld", r, (long long)k);
    fprintf(stderr, "round %d: killed after %ld ms (or mid-write), file holds version %lld\n", r, ts.tv_nsec / 1000000L, (long long)k);
    last = k;
    struct stat st;
    if (stat(tmp, &st) == 0) torn++, unlink(tmp);
  }
  fprintf(stderr, "%d of %d kills interrupted a write\n", torn, ROUNDS);
  CHECK(torn >= ROUNDS / 2); /* the test exercised what it is about */
  free(want);
  at_params_free(&p);
  CHECK_DONE();
}
