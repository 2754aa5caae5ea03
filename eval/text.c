/* Text handling for eval/: UTF-8 decoding, Python-compatible whitespace and
 * lowercasing, and sacreBLEU's tokenizer_13a (the mteval-v13a rules). */
#include <stdlib.h>
#include <string.h>

#include "eval/eval_internal.h"

/* ---- UTF-8 (input already validated) ------------------------------------- */

/* Decodes the code point starting at s[*i] and advances *i past it. */
static uint32_t at__next_cp(const char *s, size_t *i) {
  const unsigned char *u = (const unsigned char *)s + *i;
  if (u[0] < 0x80) { *i += 1; return u[0]; }
  if (u[0] < 0xE0) { *i += 2; return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
  if (u[0] < 0xF0) {
    *i += 3;
    return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
  }
  *i += 4;
  return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
         ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

size_t at__utf8_decode(const char *s, size_t n, uint32_t *out) {
  size_t i = 0, k = 0;
  while (i < n) out[k++] = at__next_cp(s, &i);
  return k;
}

size_t at__utf8_encode(uint32_t cp, char *out) {
  unsigned char *u = (unsigned char *)out;
  if (cp < 0x80) { u[0] = (unsigned char)cp; return 1; }
  if (cp < 0x800) {
    u[0] = (unsigned char)(0xC0 | (cp >> 6));
    u[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    u[0] = (unsigned char)(0xE0 | (cp >> 12));
    u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  u[0] = (unsigned char)(0xF0 | (cp >> 18));
  u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  u[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Python's str.isspace(): bidi classes WS, B, S and category Zs. */
int at__py_space(uint32_t cp) {
  if (cp <= 0x20) return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
  if (cp < 0x85) return 0;
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* ---- lowercasing ----------------------------------------------------------
 * Python's str.lower() (sacreBLEU's -lc). With utf8proc (ATTEND_HAVE_UTF8PROC,
 * the one place eval/ uses it): utf8proc_tolower, Unicode's simple lowercase
 * mapping, for every code point, plus the one unconditional one-to-many
 * lowercase mapping of SpecialCasing.txt, 'İ' (U+0130) -> "i̇" (i U+0307).
 * Without it, a built-in table: Basic Latin, Latin-1, Latin Extended-A, Greek
 * and Cyrillic (U+0386..U+03AB, U+0400..U+042F) and capital sharp s; other code
 * points unchanged.
 * Known gap (both): Python lowercases a word-final capital sigma to 'ς', this
 * gives 'σ'. */
#ifdef ATTEND_HAVE_UTF8PROC
#include <utf8proc.h>

static size_t at__lower_cp(uint32_t c, uint32_t out[2]) {
  if (c == 0x130) { out[0] = 'i'; out[1] = 0x307; return 2; }
  out[0] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
  return 1;
}
#else
static size_t at__lower_cp(uint32_t c, uint32_t out[2]) {
  uint32_t l = c;
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) l = c + 0x20;
  else if (c == 0x130) { out[0] = 'i'; out[1] = 0x307; return 2; }
  else if (c >= 0x100 && c <= 0x137) l = c | 1;
  else if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) l = (c & 1) ? c + 1 : c;
  else if (c >= 0x14A && c <= 0x177) l = c | 1;
  else if (c == 0x178) l = 0xFF;
  else if (c == 0x386) l = 0x3AC;
  else if (c >= 0x388 && c <= 0x38A) l = c + 37;
  else if (c == 0x38C) l = 0x3CC;
  else if (c == 0x38E || c == 0x38F) l = c + 63;
  else if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) l = c + 0x20;
  else if (c >= 0x400 && c <= 0x40F) l = c + 0x50;
  else if (c >= 0x410 && c <= 0x42F) l = c + 0x20;
  else if (c == 0x1E9E) l = 0xDF;
  out[0] = l;
  return 1;
}
#endif

at_status at__lowercase(const char *s, char **out) {
  size_t n = strlen(s), i = 0, k = 0;
  /* at most twice the bytes: 'İ' -> "i̇" is 2 -> 3 bytes, and no lowercase
   * mapping takes a 1-byte code point beyond 1 byte or a 2-byte one beyond 4 */
  char *buf = at_malloc(2 * n + 1);
  if (!buf) return at_fail(AT_ERR_NOMEM, "lowercasing a line of %zu bytes", n);
  while (i < n) {
    uint32_t l[2];
    size_t m = at__lower_cp(at__next_cp(s, &i), l);
    for (size_t j = 0; j < m; j++) k += at__utf8_encode(l[j], buf + k);
  }
  buf[k] = '\0';
  *out = buf;
  return AT_OK;
}

/* ---- tokenizer_13a ---------------------------------------------------------- */

/* In place: every occurrence of `from` replaced by the (not longer) `to`,
 * scanning left to right like Python's str.replace. Returns the new length. */
static size_t at__replace_all(char *s, size_t n, const char *from, const char *to) {
  size_t fl = strlen(from), tl = strlen(to), r = 0, w = 0;
  while (r < n) {
    if (r + fl <= n && !memcmp(s + r, from, fl)) {
      memcpy(s + w, to, tl);
      w += tl;
      r += fl;
    } else {
      s[w++] = s[r++];
    }
  }
  s[w] = '\0';
  return w;
}

static int at__digit(char c) { return c >= '0' && c <= '9'; }

/* The character class [{-~[-` -&(-+:-@/] of mteval's first rule: ASCII
 * punctuation and symbols except ' , - . which have rules of their own. */
static int at__13a_symbol(unsigned char c) {
  return (c >= 0x7B && c <= 0x7E) || (c >= 0x5B && c <= 0x60) || (c >= 0x20 && c <= 0x26) ||
         (c >= 0x28 && c <= 0x2B) || (c >= 0x3A && c <= 0x40) || c == 0x2F;
}

/* Rule 1: ' c ' around each symbol. */
static size_t at__13a_symbols(const char *s, size_t n, char *out) {
  size_t w = 0;
  for (size_t i = 0; i < n; i++) {
    if (at__13a_symbol((unsigned char)s[i])) {
      out[w++] = ' ';
      out[w++] = s[i];
      out[w++] = ' ';
    } else {
      out[w++] = s[i];
    }
  }
  return w;
}

/* Rules 2-4 are regex substitutions of two-character patterns; a match
 * consumes both characters and scanning resumes after them, as re.sub does.
 * All patterns are ASCII, so scanning bytes gives the same result as
 * scanning code points. rule: 2 = ([^0-9])([.,]) -> "\1 \2 ",
 * 3 = ([.,])([^0-9]) -> " \1 \2", 4 = ([0-9])(-) -> "\1 \2 ".
 * out has room for the grown text (see at__tok13a). */
static size_t at__13a_pairs(const char *s, size_t n, int rule, char *out) {
  size_t w = 0, i = 0;
  while (i < n) {
    int hit = 0;
    if (i + 1 < n) {
      char a = s[i], b = s[i + 1];
      if (rule == 2) hit = !at__digit(a) && (b == '.' || b == ',');
      else if (rule == 3) hit = (a == '.' || a == ',') && !at__digit(b);
      else hit = at__digit(a) && b == '-';
    }
    if (!hit) {
      out[w++] = s[i++];
      continue;
    }
    if (rule == 3) out[w++] = ' ';
    out[w++] = s[i];
    out[w++] = ' ';
    out[w++] = s[i + 1];
    if (rule != 3) out[w++] = ' ';
    i += 2;
  }
  return w;
}

size_t at__split_join(const char *s, size_t n, char *out) {
  size_t i = 0, w = 0;
  int in_word = 0;
  while (i < n) {
    size_t start = i;
    uint32_t cp = at__next_cp(s, &i);
    if (at__py_space(cp)) {
      in_word = 0;
      continue;
    }
    if (!in_word && w > 0) out[w++] = ' ';
    in_word = 1;
    memmove(out + w, s + start, i - start);
    w += i - start;
  }
  out[w] = '\0';
  return w;
}

/* The tokenizer on valid UTF-8; *out malloc'ed. */
static at_status at__tok13a(const char *line, char **out) {
  size_t n = strlen(line);
  /* Growth bound: rule 1 adds 2 bytes per symbol, rules 2 and 3 add 2 each
   * per '.' or ',', rule 4 adds 2 per '-': at most 4 per input byte. */
  size_t cap = 5 * (n + 2) + 1;
  char *a = at_malloc(cap), *b = at_malloc(cap);
  if (!a || !b) {
    at_free(a);
    at_free(b);
    return at_fail(AT_ERR_NOMEM, "tokenizing a line of %zu bytes", n);
  }
  /* b = " line " with the mteval replacements, in order */
  b[0] = ' ';
  memcpy(b + 1, line, n);
  b[n + 1] = '\0';
  size_t m = n + 1;
  static const char *const from[] = {"<skipped>", "-\n", "\n", "&quot;", "&amp;", "&lt;", "&gt;"};
  static const char *const to[] = {"", "", " ", "\"", "&", "<", ">"};
  for (size_t k = 0; k < sizeof from / sizeof from[0]; k++) m = at__replace_all(b + 1, m - 1, from[k], to[k]) + 1;
  b[m++] = ' ';
  m = at__13a_symbols(b, m, a);
  m = at__13a_pairs(a, m, 2, b);
  m = at__13a_pairs(b, m, 3, a);
  m = at__13a_pairs(a, m, 4, b);
  at__split_join(b, m, a);
  at_free(b);
  *out = a;
  return AT_OK;
}

at_status at_eval_tokenize_13a(const char *line, char **out) {
  size_t bad = 0;
  *out = NULL;
  if (!at_utf8_valid(line, strlen(line), &bad))
    return at_fail(AT_ERR_UTF8, "invalid UTF-8 at byte %zu", bad);
  return at__tok13a(line, out);
}

size_t at_eval_count_words(const char *line) {
  size_t n = strlen(line), i = 0, words = 0;
  int in_word = 0;
  while (i < n) {
    int sp = at__py_space(at__next_cp(line, &i));
    if (!sp && !in_word) words++;
    in_word = !sp;
  }
  return words;
}
