/* The OpenBLAS this program runs is the OpenMP build (issue 11).
 *
 * Debian installs OpenBLAS builds behind the alternatives system; once
 * libopenblas0-pthread is installed, /usr/lib/<arch>/libopenblas.so.0 points
 * to the pthread build, whose threads fight OpenMP's. CMakeLists.txt links
 * the OpenMP build by its own path with a RUNPATH to its directory; this test
 * links attend_lib exactly as attend, the other tests and the benchmarks do,
 * and fails when the library actually loaded is any other build:
 *   1. openblas_get_parallel() is 2 (0 sequential, 1 pthreads, 2 OpenMP);
 *   2. every loaded libopenblas* / libblas* (dl_iterate_phdr) lies, after
 *      symlinks, in ATTEND_OPENBLAS_DIR (the openblas-openmp directory);
 *   3. cblas_sgemm, as the dynamic linker binds it, is defined in that file;
 *   4. `ldd $ATTEND` (the attend program) resolves libopenblas there too. */
#define _GNU_SOURCE
#include <cblas.h>
#include <dlfcn.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#ifndef ATTEND_OPENBLAS_DIR
#define ATTEND_OPENBLAS_DIR "/usr/lib/x86_64-linux-gnu/openblas-openmp"
#endif

/* Declared in OpenBLAS's cblas.h, but not in every packaging of it. */
extern int openblas_get_parallel(void);

static char want_dir[PATH_MAX];

/* Is `path`, with its symlinks resolved, a file directly in want_dir? */
static int in_openmp_dir(const char *path, char *real, size_t real_size) {
  char buf[PATH_MAX];
  if (!realpath(path, buf)) {
    snprintf(real, real_size, "%s (unresolvable)", path);
    return 0;
  }
  snprintf(real, real_size, "%s", buf);
  size_t n = strlen(want_dir);
  return strncmp(buf, want_dir, n) == 0 && buf[n] == '/' && !strchr(buf + n + 1, '/');
}

static int is_blas_name(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  return strncmp(base, "libopenblas", 11) == 0 || strncmp(base, "libblas", 7) == 0;
}

struct scan {
  int openblas_seen;
  int bad;
};

static int scan_object(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  struct scan *s = data;
  const char *name = info->dlpi_name;
  if (!name || !*name || !is_blas_name(name)) return 0;
  char real[PATH_MAX + 32];
  int ok = in_openmp_dir(name, real, sizeof real);
  printf("loaded: %s -> %s [%s]\n", name, real, ok ? "openblas-openmp: ok" : "NOT the OpenMP build");
  if (strstr(name, "libopenblas")) s->openblas_seen++;
  if (!ok) s->bad++;
  return 0;
}

/* The libopenblas line of `ldd program`: 1 when it resolves into want_dir. */
static int check_ldd(const char *program) {
  char cmd[PATH_MAX + 32];
  snprintf(cmd, sizeof cmd, "ldd '%s' 2>&1", program);
  FILE *p = popen(cmd, "r");
  if (!p) {
    printf("ldd %s: cannot run ldd\n", program);
    return 0;
  }
  char line[PATH_MAX + 256];
  int found = 0, ok = 1;
  while (fgets(line, sizeof line, p)) {
    if (!strstr(line, "libopenblas")) continue;
    found = 1;
    line[strcspn(line, "\n")] = 0;
    const char *arrow = strstr(line, "=> ");
    char path[PATH_MAX] = "";
    if (arrow) sscanf(arrow + 3, "%4095s", path);
    char real[PATH_MAX + 32];
    int good = path[0] && in_openmp_dir(path, real, sizeof real);
    printf("ldd %s:%s -> %s [%s]\n", program, line, path[0] ? real : "?",
           good ? "openblas-openmp: ok" : "NOT the OpenMP build");
    if (!good) ok = 0;
  }
  int rc = pclose(p);
  if (rc != 0) printf("ldd %s exited with status %d\n", program, rc);
  if (!found) printf("ldd %s: no libopenblas line\n", program);
  return found && ok && rc == 0;
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);  /* keep the report in order with check.h's stderr */
  const char *dir = ATTEND_OPENBLAS_DIR;
  if (!*dir) dir = "/usr/lib/x86_64-linux-gnu/openblas-openmp";
  if (!realpath(dir, want_dir)) snprintf(want_dir, sizeof want_dir, "%s", dir);
  printf("expected OpenBLAS directory: %s\n", want_dir);

  /* 1. the build's own answer */
  int parallel = openblas_get_parallel();
  printf("openblas_get_parallel() = %d (0 sequential, 1 pthreads, 2 OpenMP)\n", parallel);
  printf("openblas_get_config() = %s\n", openblas_get_config());
  printf("openblas_get_num_threads() = %d\n", openblas_get_num_threads());
  CHECK_MSG(parallel == 2, "the loaded OpenBLAS is not the OpenMP build (openblas_get_parallel() = %d)", parallel);

  /* 2. the files the dynamic linker loaded */
  struct scan s = {0, 0};
  dl_iterate_phdr(scan_object, &s);
  CHECK_MSG(s.openblas_seen == 1, "%d libopenblas objects loaded, expected exactly 1", s.openblas_seen);
  CHECK_MSG(s.bad == 0, "%d BLAS libraries loaded from outside %s", s.bad, want_dir);

  /* 3. where the symbol attend calls is defined */
  void *sym = dlsym(RTLD_DEFAULT, "cblas_sgemm");
  Dl_info info;
  memset(&info, 0, sizeof info);
  char real[PATH_MAX + 32] = "?";
  int sym_ok = sym && dladdr(sym, &info) && info.dli_fname && in_openmp_dir(info.dli_fname, real, sizeof real);
  printf("cblas_sgemm defined in: %s -> %s\n", info.dli_fname ? info.dli_fname : "?", real);
  CHECK_MSG(sym_ok, "cblas_sgemm is not bound to the OpenMP build in %s", want_dir);

  /* and the library works: C = A B for 2x2 matrices */
  float a[4] = {1, 2, 3, 4}, b[4] = {5, 6, 7, 8}, c[4] = {0};
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, 2, 2, 2, 1.0f, a, 2, b, 2, 0.0f, c, 2);
  CHECK(c[0] == 19 && c[1] == 22 && c[2] == 43 && c[3] == 50);

  /* 4. the attend program itself */
  const char *attend = getenv("ATTEND");
  if (attend && *attend) {
    CHECK_MSG(check_ldd(attend), "ldd %s does not resolve libopenblas into %s", attend, want_dir);
  } else {
    printf("ATTEND not set: not checking the attend program with ldd\n");
  }

  printf("%s\n", check_failures_ ? "FAIL: not the OpenMP OpenBLAS" : "ok: the OpenMP OpenBLAS is loaded");
  CHECK_DONE();
}
