/* Helpers shared by the fuzz harnesses (fuzz/fuzz_*.c): a private scratch
 * directory, writing bytes to a file in it, splitting an input into fields.
 * Header-only: each harness is one executable. */
#ifndef ATTEND_FUZZ_UTIL_H
#define ATTEND_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Fields of an input are separated by this byte (ASCII record separator). */
#define FUZZ_SEP 0x1e

/* A fresh directory (in /dev/shm when there is one: no disk I/O per input),
 * created on first use and removed at exit with the files named in it. */
static char fuzz__dir[64];
static char fuzz__files[8][96];
static int fuzz__n_files;

static void fuzz__cleanup(void) {
  for (int i = 0; i < fuzz__n_files; i++) unlink(fuzz__files[i]);
  if (fuzz__dir[0]) rmdir(fuzz__dir);
}

static inline const char *fuzz_tmpdir(void) {
  if (fuzz__dir[0]) return fuzz__dir;
  const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  snprintf(fuzz__dir, sizeof fuzz__dir, "%s/attend-fuzz.XXXXXX", base);
  if (!mkdtemp(fuzz__dir)) {
    perror("fuzz: mkdtemp");
    abort();
  }
  atexit(fuzz__cleanup);
  return fuzz__dir;
}

/* The path of scratch file `name` (remembered for the clean-up). */
static inline const char *fuzz_path(int slot, const char *name) {
  if (slot >= fuzz__n_files) {
    snprintf(fuzz__files[slot], sizeof fuzz__files[slot], "%s/%s", fuzz_tmpdir(), name);
    fuzz__n_files = slot + 1;
  }
  return fuzz__files[slot];
}

/* Writes n bytes to path (truncating); aborts when the scratch file cannot be
 * written (that is the harness's environment, not the input). */
static inline void fuzz_write(const char *path, const void *p, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f || (n && fwrite(p, 1, n, f) != n) || fclose(f) != 0) {
    perror(path);
    abort();
  }
}

/* Splits data at FUZZ_SEP bytes into at most max fields (the last field takes
 * the rest, separators included); returns the number of fields (>= 1). */
static inline int fuzz_split(const uint8_t *data, size_t size, const uint8_t **field, size_t *len, int max) {
  int k = 0;
  size_t start = 0;
  for (size_t i = 0; i < size && k + 1 < max; i++) {
    if (data[i] != FUZZ_SEP) continue;
    field[k] = data + start;
    len[k++] = i - start;
    start = i + 1;
  }
  field[k] = data + start;
  len[k++] = size - start;
  return k;
}

#endif
