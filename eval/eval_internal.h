/* Internal helpers shared by the eval/ sources (not installed). */
#ifndef ATTEND_EVAL_INTERNAL_H
#define ATTEND_EVAL_INTERNAL_H

#include "eval/eval.h"

/* Code points of valid UTF-8 s[0..n) into out (room for n); returns the count. */
size_t at__utf8_decode(const char *s, size_t n, uint32_t *out /* (n) */);
/* Appends the UTF-8 encoding of cp to out; returns bytes written (1..4). */
size_t at__utf8_encode(uint32_t cp, char *out /* (4) */);
/* 1 when Python's str.isspace() is true for cp (what str.split() splits on). */
int at__py_space(uint32_t cp);
/* ' '.join(s.split()) with Python's whitespace over valid UTF-8 s[0..n);
 * writes into out (room n+1; out may be s) and returns the length. */
size_t at__split_join(const char *s, size_t n, char *out);
/* Python-like str.lower() of valid UTF-8 (see docs/evaluation.md for the
 * scripts covered); malloc'ed into *out. */
at_status at__lowercase(const char *s, char **out);

#endif
