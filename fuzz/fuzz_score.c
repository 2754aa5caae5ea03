/* Fuzz harness: the score reader (attend score, cli/cmd_score.c over eval/).
 * An input is CTRL HYP 0x1e REF [0x1e REF2] [0x1e SRC]: CTRL's bits pick a
 * second reference, --by-length with SRC, --lowercase, --format tsv and the
 * metrics; the fields are written to a scratch directory (in /dev/shm) and
 * `attend score` runs on them exactly as from the command line (its line
 * reader, NUL and UTF-8 checks, line-count checks, 13a tokenizer, BLEU, chrF,
 * the by-length table), its output going to /dev/null. Exit statuses 1 and 2
 * are fine outcomes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/core.h"
#include "fuzz/fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int quiet;
  if (!quiet) {
    if (!freopen("/dev/null", "w", stdout)) abort();
    quiet = 1;
  }
  if (size < 1) return 0;
  uint8_t ctrl = data[0];
  int two_refs = ctrl & 1, by_length = ctrl & 2;
  const uint8_t *field[4];
  size_t len[4];
  int want = 2 + two_refs + (by_length ? 1 : 0);
  if (fuzz_split(data + 1, size - 1, field, len, want) < want) return 0;
  static const char *const names[4] = {"hyp", "ref", "ref2", "src"};
  const char *path[4];
  for (int i = 0; i < want; i++) {
    path[i] = fuzz_path(i, names[i]);
    fuzz_write(path[i], field[i], len[i]);
  }
  char *argv[24];
  int argc = 0;
  argv[argc++] = "score";
  argv[argc++] = "--hyp";
  argv[argc++] = (char *)path[0];
  argv[argc++] = "--ref";
  argv[argc++] = (char *)path[1];
  if (two_refs) {
    argv[argc++] = "--ref";
    argv[argc++] = (char *)path[2];
  }
  if (by_length) {
    argv[argc++] = "--by-length";
    argv[argc++] = "--src";
    argv[argc++] = (char *)path[want - 1];
    if (ctrl & 64) {
      argv[argc++] = "--buckets";
      argv[argc++] = "1,2,5";
    }
  }
  if (ctrl & 4) argv[argc++] = "--lowercase";
  if (ctrl & 8) {
    argv[argc++] = "--format";
    argv[argc++] = "tsv";
  }
  static char *const metrics[4] = {"bleu,chrf", "bleu", "chrf", "chrf,bleu"};
  argv[argc++] = "--metrics";
  argv[argc++] = metrics[ctrl >> 4 & 3];
  argv[argc] = NULL;
  int rc = cmd_score(argc, argv);
  if (rc != CLI_OK && rc != CLI_FAIL) abort(); /* a usage error: the harness built a bad command line */
  fflush(stdout);
  return 0;
}
