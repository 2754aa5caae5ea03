/* Translating from a C program with the installed attend library.
 *
 *   cc translate.c $(pkg-config --cflags --libs --static attend) -o translate
 *   ./translate model.h5 "Y dijo Dios: Sea la luz." "Y fue la luz."
 *
 * Opens a translator on a checkpoint (its SentencePiece models are inside),
 * translates a few sentences with beam search, prints the 3 best hypotheses
 * of each with their scores, and closes it. Every attend function that can
 * fail returns an at_status; at_last_error() says why. */
#include <stdio.h>

#include "core/core.h"
#include "decoder/decoder.h"

static int report(const char *what, at_status st) {
  fprintf(stderr, "translate: %s: %s (%s)\n", what, at_last_error(), at_status_name(st));
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s CHECKPOINT [SENTENCE...]\n", argv[0]);
    return 2;
  }
  const char *defaults[] = {"En el principio crió Dios los cielos y la tierra.", "Y dijo Dios: Sea la luz: y fué la luz."};
  const char *const *lines = argc > 2 ? (const char *const *)argv + 2 : defaults;
  int n = argc > 2 ? argc - 2 : 2;

  at_translator_options opt;
  at_translator_options_default(&opt);
  opt.search.beam = 5;
  opt.search.nbest = 3;
  opt.threads = 1;

  at_translator *tr = NULL;
  const char *paths[1] = {argv[1]};
  at_status st = at_translator_open(paths, 1, &opt, &tr);
  if (st) return report("opening the checkpoint", st);

  at_translation out[16];
  if (n > 16) n = 16;
  st = at_translator_translate(tr, lines, n, out);
  if (st) {
    at_translator_close(tr);
    return report("translating", st);
  }
  for (int i = 0; i < n; i++) {
    printf("source %d: %s\n", i, lines[i]);
    if (out[i].status != AT_OK) printf("  (not translated: %s)\n", at_status_str(out[i].status));
    for (int k = 0; k < out[i].n; k++)
      printf("  %d. %s  [score %.4f, log-probability %.4f]\n", k + 1, out[i].text[k], out[i].score[k],
             out[i].logprob[k]);
    at_translation_free(&out[i]);
  }
  at_translator_close(tr);
  return 0;
}
