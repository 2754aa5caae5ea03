/* A main() for the fuzz harnesses without libFuzzer (the ordinary build and
 * CTest's test_fuzz_seeds): runs LLVMFuzzerTestOneInput once on every file
 * given, and on every regular file of every directory given (sorted by name).
 * Exits 0 when every input ran (a bug aborts or is caught by a sanitizer),
 * 1 when an input could not be read, 2 on a usage error. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int driver_run_file(const char *path, long *count) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 1;
  }
  size_t cap = 4096, n = 0, got;
  uint8_t *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      uint8_t *p = realloc(buf, cap *= 2);
      if (!p) free(buf);
      buf = p;
    }
  }
  int bad = !buf || ferror(f);
  fclose(f);
  if (bad) {
    fprintf(stderr, "%s: cannot read\n", path);
    free(buf);
    return 1;
  }
  /* an exact-size copy, so ASan sees reads past the input's end */
  uint8_t *exact = malloc(n ? n : 1);
  if (!exact) {
    free(buf);
    return 1;
  }
  memcpy(exact, buf, n);
  free(buf);
  LLVMFuzzerTestOneInput(exact, n);
  free(exact);
  (*count)++;
  return 0;
}

static int driver_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int driver_run_dir(const char *dir, long *count) {
  DIR *d = opendir(dir);
  if (!d) {
    perror(dir);
    return 1;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  int rc = 0;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      char **p = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *p);
      if (!p) { rc = 1; break; }
      names = p;
    }
    size_t len = strlen(dir) + strlen(e->d_name) + 2;
    if (!(names[n] = malloc(len))) { rc = 1; break; }
    snprintf(names[n++], len, "%s/%s", dir, e->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, driver_cmp);
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if (!rc && stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) rc = driver_run_file(names[i], count);
    free(names[i]);
  }
  free(names);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s SEED_DIR_OR_FILE...\n", argv[0]);
    return 2;
  }
  long count = 0;
  int rc = 0;
  for (int i = 1; i < argc && !rc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      perror(argv[i]);
      rc = 1;
    } else {
      rc = S_ISDIR(st.st_mode) ? driver_run_dir(argv[i], &count) : driver_run_file(argv[i], &count);
    }
  }
  if (!rc && count == 0) {
    fprintf(stderr, "%s: no inputs found\n", argv[0]);
    rc = 1;
  }
  fprintf(stderr, "%s: %ld inputs run%s\n", argv[0], count, rc ? ", stopped" : "");
  return rc;
}
