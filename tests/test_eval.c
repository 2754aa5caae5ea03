/* eval/: BLEU, chrF and tokenizer_13a against hand-computed cases and against
 * the published numbers of sacreBLEU's own test suite and README
 * (github.com/mjpost/sacrebleu: test/test_bleu.py, test/test_chrf.py,
 * test/test_sentence_bleu.py, README.md). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "core/core.h"
#include "eval/eval.h"
#include "eval/eval_internal.h"

/* ---- helpers ----------------------------------------------------------------- */
static at_eval_stats corpus(const at_eval_options *o, const char *const *hyps,
                            const char *const *const *refs, size_t n_refs, size_t n) {
  at_eval_stats s;
  CHECK_OK(at_eval_corpus_stats(o, hyps, refs, n_refs, n, &s));
  return s;
}

/* Corpus BLEU with one reference per sentence. */
static at_bleu_score bleu1(const at_eval_options *o, const char *const *hyps, const char *const *refs,
                           size_t n) {
  const char *const *sets[1] = {refs};
  at_eval_stats s = corpus(o, hyps, sets, 1, n);
  return at_bleu_from_stats(o, &s.bleu);
}

static double chrf1(const at_eval_options *o, const char *const *hyps, const char *const *refs, size_t n) {
  const char *const *sets[1] = {refs};
  at_eval_stats s = corpus(o, hyps, sets, 1, n);
  return at_chrf_from_stats(o, &s.chrf);
}

static double bleu_one(const at_eval_options *o, const char *hyp, const char *ref) {
  return bleu1(o, &hyp, &ref, 1).score;
}

static double chrf_one(const at_eval_options *o, const char *hyp, const char *ref) {
  return chrf1(o, &hyp, &ref, 1);
}

static void check_line(const at_bleu_score *b, const char *want) {
  char buf[256];
  at_bleu_format(b, buf, sizeof buf);
  CHECK_MSG(!strcmp(buf, want), "got '%s', want '%s'", buf, want);
}

static void check_tok(const char *in, const char *want) {
  char *out = NULL;
  CHECK_OK(at_eval_tokenize_13a(in, &out));
  CHECK_MSG(out && !strcmp(out, want), "13a('%s') = '%s', want '%s'", in, out ? out : "(null)", want);
  free(out);
}

/* ---- tokenizer_13a (hand-derived from the mteval-v13a rules) ------------------- */
static void test_tokenizer(void) {
  check_tok("Hello, world!", "Hello , world !");              /* ! is a symbol; ',' after a letter */
  check_tok("It costs 1,000.50 dollars.", "It costs 1,000.50 dollars ."); /* digits keep , and . */
  check_tok("3.14, pi.", "3.14 , pi .");                      /* ',' then space: split */
  check_tok("a,1", "a , 1");                                  /* ',' after a letter splits even before a digit */
  check_tok("U.S.A.", "U . S . A .");
  check_tok("in 2015.", "in 2015 .");                         /* '.' before the padding space */
  check_tok("x.,y", "x . , y");
  check_tok("well-known 1990-2000", "well-known 1990 - 2000"); /* '-' split only after a digit */
  check_tok("&quot;Yes&quot; &amp; &lt;b&gt;", "\" Yes \" & < b >");
  check_tok("&amp;quot;", "& quot ;");                         /* replacements run once, in order; ';' is a symbol */
  check_tok("don't $5.00", "don't $ 5.00");
  check_tok("<skipped>a-\nb", "ab");                           /* "-\n" joins; <skipped> dropped */
  check_tok("a\nb", "a b");
  check_tok("Größe: 5€ (ca.)", "Größe : 5€ ( ca . )");
  check_tok("  tabs\tand\xc2\xa0nbsp  ", "tabs and nbsp");     /* Python whitespace, U+00A0 included */
  check_tok("", "");
  char *out = (char *)1;
  CHECK_STATUS(at_eval_tokenize_13a("bad \xff byte", &out), AT_ERR_UTF8);
  CHECK(out == NULL);
  CHECK(at_eval_count_words("  one two\tthree\xe3\x80\x80" "four ") == 4); /* U+3000 is a space */
  CHECK(at_eval_count_words("") == 0);
}

/* ---- BLEU, hand-computed --------------------------------------------------------- */
static void test_bleu_hand(void) {
  at_eval_options o;
  at_eval_options_default(&o);

  /* A perfect match is 100. */
  const char *same = "The cat sat on the mat.";
  CHECK_NEAR(bleu_one(&o, same, same), 100.0, 1e-9);

  /* hyp "the cat sat on a mat", ref "the cat sat on the mat" (6 tokens each):
   * 1-grams 5/6 ('a' unmatched), 2-grams 3/5 (the cat, cat sat, sat on),
   * 3-grams 2/4 (the cat sat, cat sat on), 4-grams 1/3 (the cat sat on);
   * BP = 1; BLEU = (5/6 * 3/5 * 1/2 * 1/3)^(1/4) = (1/12)^(1/4) = 53.7285. */
  at_bleu_score b = bleu1(&o, (const char *[]){"the cat sat on a mat"}, (const char *[]){"the cat sat on the mat"}, 1);
  CHECK_NEAR(b.score, 53.7284965911771, 1e-9);
  check_line(&b, "BLEU = 53.73 83.3/60.0/50.0/33.3 (BP = 1.000 ratio = 1.000 hyp_len = 6 ref_len = 6)");

  /* Brevity: hyp "the cat sat on the" (5) against 6 reference tokens: all
   * precisions 100, BP = exp(1 - 6/5) = 0.81873. */
  b = bleu1(&o, (const char *[]){"the cat sat on the"}, (const char *[]){"the cat sat on the mat"}, 1);
  CHECK_NEAR(b.score, 81.87307530779819, 1e-9);
  CHECK_NEAR(b.bp, 0.8187307530779819, 1e-12);

  /* exp smoothing, zero matches at order 4: hyp "a b c d e", ref "a b c x d e":
   * 1-grams 5/5, 2-grams 3/4, 3-grams 1/3, 4-grams 0/2 -> 100/(2*2) = 25%.
   * BP = exp(1 - 6/5); BLEU = BP * (1 * 0.75 * 1/3 * 0.25)^(1/4) = BP * 0.5. */
  b = bleu1(&o, (const char *[]){"a b c d e"}, (const char *[]){"a b c x d e"}, 1);
  CHECK_NEAR(b.score, 40.93653765389909, 1e-9);
  check_line(&b, "BLEU = 40.94 100.0/75.0/33.3/25.0 (BP = 0.819 ratio = 0.833 hyp_len = 5 ref_len = 6)");
  /* Zeros at orders 3 and 4 double the divisor each time: "a b c d" vs
   * "a b x c d": 4/4, 2/3, 0/2 -> 100/(2*2) = 25, 0/1 -> 100/(4*1) = 25;
   * BLEU = exp(1 - 5/4) * (1 * 2/3 * 1/4 * 1/4)^(1/4) = 35.1863. */
  b = bleu1(&o, (const char *[]){"a b c d"}, (const char *[]){"a b x c d"}, 1);
  CHECK_NEAR(b.score, 35.18629739981188, 1e-9);
  check_line(&b, "BLEU = 35.19 100.0/66.7/25.0/25.0 (BP = 0.779 ratio = 0.800 hyp_len = 4 ref_len = 5)");
  /* Without smoothing a zero precision gives 0. */
  at_eval_options none = o;
  none.smooth = AT_BLEU_SMOOTH_NONE;
  CHECK_NEAR(bleu_one(&none, "a b c d e", "a b c x d e"), 0.0, 1e-12);

  /* No hypothesis 4-grams at all (total 0): sacreBLEU stops at that order and
   * the missing precision counts as log(0), so corpus BLEU is 0. */
  b = bleu1(&o, (const char *[]){"the cat sat"}, (const char *[]){"the cat sat on the mat"}, 1);
  CHECK_NEAR(b.score, 0.0, 1e-12);
  check_line(&b, "BLEU = 0.00 100.0/100.0/100.0/0.0 (BP = 0.368 ratio = 0.500 hyp_len = 3 ref_len = 6)");

  /* Empty hypothesis: no matches, BP 0. */
  b = bleu1(&o, (const char *[]){""}, (const char *[]){"a b c"}, 1);
  check_line(&b, "BLEU = 0.00 0.0/0.0/0.0/0.0 (BP = 0.000 ratio = 0.000 hyp_len = 0 ref_len = 3)");

  /* Case: mixed by default, --lowercase folds (Latin-1 and Cyrillic too). */
  CHECK(bleu_one(&o, "Über Москва a b", "über москва a b") < 100.0);
  at_eval_options lc = o;
  lc.lowercase = 1;
  CHECK_NEAR(bleu_one(&lc, "Über Москва a b", "über москва a b"), 100.0, 1e-9);

  /* Summed statistics: a corpus equals the sum of its sentences. */
  const char *h[] = {"a b c d e", "the cat sat on a mat"}, *r[] = {"a b c x d e", "the cat sat on the mat"};
  at_eval_stats s1, s2, sum;
  CHECK_OK(at_eval_sentence_stats(&o, h[0], &r[0], 1, &s1));
  CHECK_OK(at_eval_sentence_stats(&o, h[1], &r[1], 1, &s2));
  at_eval_stats_zero(&sum);
  at_eval_stats_add(&sum, &s1);
  at_eval_stats_add(&sum, &s2);
  CHECK(sum.sentences == 2 && sum.bleu.hyp_len == 11 && sum.bleu.ref_len == 12);
  CHECK(sum.bleu.correct[0] == 10 && sum.bleu.total[0] == 11);
  CHECK_NEAR(at_bleu_from_stats(&o, &sum.bleu).score, bleu1(&o, h, r, 2).score, 1e-12);

  /* Invalid UTF-8 is refused, naming the reference. */
  at_eval_stats bad;
  CHECK_STATUS(at_eval_sentence_stats(&o, "ok", (const char *[]){"\xc3\x28"}, 1, &bad), AT_ERR_UTF8);
  CHECK(strstr(at_last_error(), "reference 1") != NULL);
}

/* ---- BLEU against sacreBLEU's published numbers ------------------------------------ */
static const char *readme_hyps[] = {"The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."};
static const char *readme_ref1[] = {"The dog bit the man.", "It was not unexpected.", "The man bit him first."};
static const char *readme_ref2[] = {"The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."};

static void test_bleu_sacrebleu(void) {
  at_eval_options o;
  at_eval_options_default(&o);
  const char *const *refs[] = {readme_ref1, readme_ref2};
  char buf[256];

  /* README.md and test_bleu.py test_corpus_bleu: default settings 48.530827,
   * "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17
   * ref_len = 18)", signature nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp. */
  at_eval_stats s = corpus(&o, readme_hyps, refs, 2, 3);
  at_bleu_score b = at_bleu_from_stats(&o, &s.bleu);
  CHECK_NEAR(b.score, 48.530827, 1e-6);
  check_line(&b, "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)");
  at_bleu_signature(&o, &s, buf, sizeof buf);
  CHECK_MSG(!strcmp(buf, "nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.x-compatible"), "%s", buf);
  /* README: chrF2 = 59.73 on the same input. */
  double c = at_chrf_from_stats(&o, &s.chrf);
  at_chrf_format(&o, c, buf, sizeof buf);
  CHECK_MSG(!strcmp(buf, "chrF2 = 59.73"), "%s", buf);
  at_chrf_signature(&o, &s, buf, sizeof buf);
  CHECK_MSG(!strcmp(buf, "nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.x-compatible"), "%s", buf);

  /* test_corpus_bleu: smooth none 48.530827, tokenize none 49.1919566. */
  at_eval_options v = o;
  v.smooth = AT_BLEU_SMOOTH_NONE;
  s = corpus(&v, readme_hyps, refs, 2, 3);
  CHECK_NEAR(at_bleu_from_stats(&v, &s.bleu).score, 48.530827, 1e-6);
  v = o;
  v.tokenizer = AT_BLEU_TOK_NONE;
  s = corpus(&v, readme_hyps, refs, 2, 3);
  CHECK_NEAR(at_bleu_from_stats(&v, &s.bleu).score, 49.1919566, 1e-6);
  /* Empty hypotheses are scored, not removed: 0. */
  const char *empty[] = {"", "", ""};
  s = corpus(&o, empty, refs, 2, 3);
  CHECK_NEAR(at_bleu_from_stats(&o, &s.bleu).score, 0.0, 1e-12);

  /* test_max_ngram_order: orders 1..6 give 77.65 60.50 53.93 48.53 46.14 43.28. */
  const double by_order[] = {77.65, 60.50, 53.93, 48.53, 46.14, 43.28};
  for (int n = 1; n <= 6; n++) {
    v = o;
    v.bleu_order = n;
    s = corpus(&v, readme_hyps, refs, 2, 3);
    snprintf(buf, sizeof buf, "%.2f", at_bleu_from_stats(&v, &s.bleu).score);
    char want[16];
    snprintf(want, sizeof want, "%.2f", by_order[n - 1]);
    CHECK_MSG(!strcmp(buf, want), "order %d: %s, want %s", n, buf, want);
  }

  /* README "variable number of references": the first sentence's first
   * reference is '' -> "BLEU = 29.44 82.4/42.9/27.3/12.5 (BP = 0.889 ratio =
   * 0.895 hyp_len = 17 ref_len = 19)", signature nrefs:var. */
  const char *var_ref1[] = {"", "It was not unexpected.", "The man bit him first."};
  const char *const *var_refs[] = {var_ref1, readme_ref2};
  s = corpus(&o, readme_hyps, var_refs, 2, 3);
  b = at_bleu_from_stats(&o, &s.bleu);
  check_line(&b, "BLEU = 29.44 82.4/42.9/27.3/12.5 (BP = 0.889 ratio = 0.895 hyp_len = 17 ref_len = 19)");
  at_bleu_signature(&o, &s, buf, sizeof buf);
  CHECK(!strncmp(buf, "nrefs:var|", 10));

  /* test_statistics: counts [4,2,1,0] totals [6,5,4,3]. */
  at_eval_stats st;
  CHECK_OK(at_eval_sentence_stats(&o, "am I am a character sequence",
                                  (const char *[]){"I am a symbol string sequence a a"}, 1, &st));
  CHECK(st.bleu.correct[0] == 4 && st.bleu.correct[1] == 2 && st.bleu.correct[2] == 1 && st.bleu.correct[3] == 0);
  CHECK(st.bleu.total[0] == 6 && st.bleu.total[1] == 5 && st.bleu.total[2] == 4 && st.bleu.total[3] == 3);

  /* test_scoring: compute_bleu(correct [9,7,5,3], total [10,8,6,4], 11, 11)
   * = 0.8375922397 (smoothing 'none'). */
  at_bleu_stats raw = {.hyp_len = 11, .ref_len = 11, .correct = {9, 7, 5, 3}, .total = {10, 8, 6, 4}};
  v = o;
  v.smooth = AT_BLEU_SMOOTH_NONE;
  CHECK_NEAR(at_bleu_from_stats(&v, &raw).score / 100, 0.8375922397, 1e-8);

  /* test_raw_bleu / test_effective_order: raw_corpus_bleu is tokenize none,
   * floor smoothing 0.01, effective order. */
  at_eval_options raw_o = o;
  raw_o.tokenizer = AT_BLEU_TOK_NONE;
  raw_o.smooth = AT_BLEU_SMOOTH_FLOOR;
  raw_o.smooth_value = 0.01;
  raw_o.effective_order = 1;
  CHECK_NEAR(bleu1(&raw_o, (const char *[]){"this is a test", "another test"}, (const char *[]){"ref1", "ref2"}, 2).score, 0.0, 1e-12);
  CHECK_NEAR(bleu_one(&raw_o, "this is a test", "this is a test") / 100, 1.0, 1e-8);
  CHECK_NEAR(bleu_one(&raw_o, "this is a fest", "this is a test") / 100, 0.223606797749979, 1e-8);
  CHECK_NEAR(bleu_one(&raw_o, "test", "a test") / 100, 0.3678794411714425, 1e-8);
  CHECK_NEAR(bleu_one(&raw_o, "a test", "a test") / 100, 1.0, 1e-8);
  CHECK_NEAR(bleu_one(&raw_o, "a little test", "a test") / 100, 0.03218297948685433, 1e-8);

  /* test_sentence_bleu.py (issue #98), effective order on, tolerance 1e-3. */
  const char *ref98 = "producţia de zahăr brut se exprimă în zahăr alb;";
  const char *sys98 = "Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;";
  struct { at_bleu_smooth m; double value; at_bleu_tokenizer tok; double want; } c98[] = {
      {AT_BLEU_SMOOTH_EXP, -1, AT_BLEU_TOK_13A, 8.493},   {AT_BLEU_SMOOTH_NONE, -1, AT_BLEU_TOK_13A, 0.0},
      {AT_BLEU_SMOOTH_FLOOR, -1, AT_BLEU_TOK_13A, 4.51688}, {AT_BLEU_SMOOTH_FLOOR, 0.5, AT_BLEU_TOK_13A, 10.10},
      {AT_BLEU_SMOOTH_ADD_K, -1, AT_BLEU_TOK_13A, 14.882}, {AT_BLEU_SMOOTH_ADD_K, 2, AT_BLEU_TOK_13A, 21.389},
      {AT_BLEU_SMOOTH_EXP, -1, AT_BLEU_TOK_NONE, 7.347},
  };
  for (size_t i = 0; i < sizeof c98 / sizeof c98[0]; i++) {
    v = o;
    v.effective_order = 1;
    v.smooth = c98[i].m;
    v.smooth_value = c98[i].value;
    v.tokenizer = c98[i].tok;
    CHECK_NEAR(bleu_one(&v, sys98, ref98), c98[i].want, 1e-3);
    /* issue #141: no match at all is 0 with every smoothing */
    CHECK_NEAR(bleu_one(&v, "this is a cat", "okay thanks"), 0.0, 1e-3);
  }
}

/* ---- chrF ------------------------------------------------------------------------- */
static void test_chrf_hand(void) {
  at_eval_options o;
  at_eval_options_default(&o);
  CHECK_NEAR(chrf_one(&o, "The cat sat.", "The cat sat."), 100.0, 1e-9);
  /* "ab" vs "ab": orders 1-2 perfect, orders 3-6 have no reference n-grams
   * and are left out of the average (sacreBLEU's default): 100. */
  CHECK_NEAR(chrf_one(&o, "ab", "ab"), 100.0, 1e-9);
  /* "aa" vs "ab": order 1 P = R = 1/2, order 2 P = R = 0 -> averages 1/4 -> 25. */
  CHECK_NEAR(chrf_one(&o, "aa", "ab"), 25.0, 1e-9);
  /* Characters are code points: 'é' and 'è' share their first UTF-8 byte
   * but no character, so chrF is 0 (a byte-level count would find a match). */
  CHECK_NEAR(chrf_one(&o, "é", "è"), 0.0, 1e-12);
  CHECK_NEAR(chrf_one(&o, "žluťoučký kůň", "žluťoučký kůň"), 100.0, 1e-9);
  /* Whitespace is removed: "a b c" equals "abc". Empty hypothesis: 0. */
  CHECK_NEAR(chrf_one(&o, "a b c", "abc"), 100.0, 1e-9);
  CHECK_NEAR(chrf_one(&o, "", "reference"), 0.0, 1e-12);
  /* A reference with no n-grams of an order adds no hypothesis n-grams of it. */
  at_eval_stats s;
  CHECK_OK(at_eval_sentence_stats(&o, "abcdefgh", (const char *[]){"ab"}, 1, &s));
  CHECK(s.chrf.hyp[0] == 8 && s.chrf.ref[0] == 2 && s.chrf.match[0] == 2);
  CHECK(s.chrf.hyp[2] == 0 && s.chrf.ref[2] == 0);
}

static void test_chrf_sacrebleu(void) {
  at_eval_options o;
  at_eval_options_default(&o);

  /* test_chrf.py test_chrf_sentence_level: sentence_chrf with eps_smoothing,
   * beta 2, tolerance 1e-4. */
  at_eval_options eps2 = o;
  eps2.chrf_eps_smoothing = 1;
  CHECK_NEAR(chrf_one(&eps2, "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
                      "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře."),
             39.14078509, 1e-4);
  CHECK_NEAR(chrf_one(&eps2, "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
                      "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři."),
             31.22557079, 1e-4);
  CHECK_NEAR(chrf_one(&eps2, "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
                      "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli."),
             57.15704367, 1e-4);

  /* test_chrf.py test_chrf: corpus_chrf, beta 3, eps_smoothing. */
  at_eval_options eps3 = eps2;
  eps3.chrf_beta = 3;
  CHECK_NEAR(chrf_one(&eps3, "abcdefg", "hijklmnop"), 0.0, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "a", "b"), 0.0, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "", "b"), 0.0, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "", "ref"), 0.0, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "", "reference"), 0.0, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "aa", "ab"), 8.3333, 1e-4);
  CHECK_NEAR(chrf1(&eps3, (const char *[]){"a", "b"}, (const char *[]){"a", "c"}, 2), 8.3333, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "a", "a"), 16.6667, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "a b c", "a b c"), 50.0, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "a b c", "abc"), 50.0, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
                      "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."),
             63.361730, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. ",
                      "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."),
             64.1302698, 1e-4);
  CHECK_NEAR(chrf_one(&eps3, "Niemand hat die Absicht, eine Mauer zu errichten",
                      "Niemand hat die Absicht, eine Mauer zu errichten"), 100.0, 1e-4);

  /* test_chrf_eff_order: beta 3, default (effective-order) averaging. */
  at_eval_options eff3 = o;
  eff3.chrf_beta = 3;
  CHECK_NEAR(chrf_one(&eff3, "a", "a"), 100.0, 1e-4);
  CHECK_NEAR(chrf_one(&eff3, "", "reference"), 0.0, 1e-4);
  CHECK_NEAR(chrf_one(&eff3, "a b c", "a b c"), 100.0, 1e-4);
  CHECK_NEAR(chrf_one(&eff3, "a b c", "abc"), 100.0, 1e-4);
  CHECK_NEAR(chrf_one(&eff3, "", "c"), 0.0, 1e-4);
  CHECK_NEAR(chrf1(&eff3, (const char *[]){"a", "b"}, (const char *[]){"a", "c"}, 2), 50.0, 1e-4);
  CHECK_NEAR(chrf_one(&eff3, "aa", "ab"), 25.0, 1e-4);

  /* test_chrf_keep_whitespace: beta 3, whitespace kept. */
  at_eval_options ws3 = eff3;
  ws3.chrf_whitespace = 1;
  CHECK_NEAR(chrf_one(&ws3, "Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.",
                      "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."),
             67.3481606, 1e-4);
  CHECK_NEAR(chrf_one(&ws3, "risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
                      "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."),
             65.2414427, 1e-4);
}

static void test_buckets(void) {
  const int b[] = {10, 20, 30, 40, 50};
  CHECK(at_eval_bucket_of(b, 5, 0) == 0);
  CHECK(at_eval_bucket_of(b, 5, 1) == 0);
  CHECK(at_eval_bucket_of(b, 5, 10) == 0);
  CHECK(at_eval_bucket_of(b, 5, 11) == 1);
  CHECK(at_eval_bucket_of(b, 5, 50) == 4);
  CHECK(at_eval_bucket_of(b, 5, 51) == 5);
  CHECK(at_eval_bucket_of(b, 5, 1000) == 5);
}

static void test_errors(void) {
  at_eval_options o;
  at_eval_options_default(&o);
  at_eval_stats s;
  CHECK_STATUS(at_eval_sentence_stats(&o, "x", (const char *[]){"x"}, 0, &s), AT_ERR_INVALID_ARG);
  CHECK_STATUS(at_eval_sentence_stats(&o, "\xe2\x82", (const char *[]){"x"}, 1, &s), AT_ERR_UTF8);
  CHECK(strstr(at_last_error(), "hypothesis") != NULL);
  o.bleu_order = 0;
  CHECK_STATUS(at_eval_sentence_stats(&o, "x", (const char *[]){"x"}, 1, &s), AT_ERR_INVALID_ARG);
  at_eval_options_default(&o);
  const char *hyps[] = {"fine", "bad \xc0\xaf"};
  const char *refs[] = {"fine", "fine"};
  const char *const *sets[] = {refs};
  CHECK_STATUS(at_eval_corpus_stats(&o, hyps, sets, 1, 2, &s), AT_ERR_UTF8);
  CHECK(strstr(at_last_error(), "sentence 2") != NULL);
}

/* ---- lowercasing: Python's str.lower() (sacreBLEU -lc) ----------------------------- */
/* UTF-8 of the code points cps[0..n) into out (room 4n+1). */
static void utf8_of(const uint32_t *cps, size_t n, char *out) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += at__utf8_encode(cps[i], out + k);
  out[k] = '\0';
}

/* Each upper[i] lowercases to lower[i] (0: to 'i' U+0307, Python's 'İ'.lower()),
 * exactly, and `attend score --lowercase` gives BLEU 100 for the capitals
 * against the small letters (below 100 without --lowercase). */
static void check_lower_pairs(const char *what, const uint32_t *upper, const uint32_t *lower, size_t n) {
  uint32_t up[64], lo[64];
  size_t nl = 0;
  CHECK(n <= 32);
  for (size_t i = 0; i < n; i++) {
    up[i] = upper[i];
    if (lower[i] == 0) { lo[nl++] = 'i'; lo[nl++] = 0x307; }
    else lo[nl++] = lower[i];
  }
  char u[8 * 64 + 1], l[8 * 64 + 1], *got = NULL;
  utf8_of(up, n, u);
  utf8_of(lo, nl, l);
  CHECK_OK(at__lowercase(u, &got));
  CHECK_MSG(got && strcmp(got, l) == 0, "%s: lower(\"%s\") = \"%s\", expected \"%s\"", what, u, got ? got : "",
            l);
  free(got);
  /* one word per letter, then four shared words: BLEU 100 only if every letter folds */
  char hyp[16 * 64 + 32], ref[16 * 64 + 32];
  size_t hk = 0, rk = 0;
  for (size_t i = 0; i < n; i++) {
    hk += at__utf8_encode(upper[i], hyp + hk);
    hyp[hk++] = ' ';
    if (lower[i] == 0) { rk += at__utf8_encode('i', ref + rk); rk += at__utf8_encode(0x307, ref + rk); }
    else rk += at__utf8_encode(lower[i], ref + rk);
    ref[rk++] = ' ';
  }
  memcpy(hyp + hk, "w x y z", 8);
  memcpy(ref + rk, "w x y z", 8);
  at_eval_options o;
  at_eval_options_default(&o);
  CHECK_MSG(bleu_one(&o, hyp, ref) < 100.0, "%s: mixed case should not match", what);
  o.lowercase = 1;
  double b = bleu_one(&o, hyp, ref);
  CHECK_MSG(b > 100.0 - 1e-9, "%s: --lowercase BLEU %.2f, expected 100 (hyp \"%s\")", what, b, hyp);
}

static void test_lowercase(void) {
  /* in both builds: ASCII, Latin-1, Latin Extended-A, U+0130, basic Greek and Cyrillic */
  check_lower_pairs("ASCII", (const uint32_t[]){'A', 'M', 'Z'}, (const uint32_t[]){'a', 'm', 'z'}, 3);
  check_lower_pairs("Latin-1", (const uint32_t[]){0xC0, 0xC9, 0xD1, 0xD6, 0xD8, 0xDE},
                    (const uint32_t[]){0xE0, 0xE9, 0xF1, 0xF6, 0xF8, 0xFE}, 6);
  check_lower_pairs("Latin Extended-A", (const uint32_t[]){0x100, 0x141, 0x152, 0x178, 0x17D},
                    (const uint32_t[]){0x101, 0x142, 0x153, 0xFF, 0x17E}, 5);
  check_lower_pairs("U+0130", (const uint32_t[]){0x130}, (const uint32_t[]){0}, 1);
  check_lower_pairs("Greek U+0391..U+03A9", (const uint32_t[]){0x391, 0x394, 0x3A9, 0x386},
                    (const uint32_t[]){0x3B1, 0x3B4, 0x3C9, 0x3AC}, 4);
  check_lower_pairs("Cyrillic U+0400..U+042F", (const uint32_t[]){0x401, 0x40F, 0x410, 0x42F},
                    (const uint32_t[]){0x451, 0x45F, 0x430, 0x44F}, 4);
  /* issue 13, item 4: letters only a Unicode library folds (Python 3.11 str.lower()) */
#ifdef ATTEND_HAVE_UTF8PROC
  check_lower_pairs("U+0490, U+0462", (const uint32_t[]){0x490, 0x462}, (const uint32_t[]){0x491, 0x463}, 2);
  uint32_t gu[12], gl[12];
  for (uint32_t i = 0; i < 12; i++) { gu[i] = 0x3D8 + 2 * i; gl[i] = gu[i] + 1; }
  check_lower_pairs("Greek U+03D8..U+03EF", gu, gl, 12);
  /* already small letters stay as they are */
  char *same = NULL;
  CHECK_OK(at__lowercase("\xd2\x91 \xcf\x99 \xd1\xa3", &same));
  CHECK(same && strcmp(same, "\xd2\x91 \xcf\x99 \xd1\xa3") == 0);
  free(same);
  check_lower_pairs("Cyrillic Extended, Armenian, Georgian, fullwidth",
                    (const uint32_t[]){0x4C1, 0x500, 0x531, 0x10A0, 0xFF21, 0x1E9E, 0x212A},
                    (const uint32_t[]){0x4C2, 0x501, 0x561, 0x2D00, 0xFF41, 0xDF, 'k'}, 7);
#else
  fprintf(stderr, "SKIP: lowercase of U+0490/U+0462 and Greek U+03D8..U+03EF (built without utf8proc)\n");
  fprintf(stderr, "SKIP: lowercase of Cyrillic Extended, Armenian, Georgian, fullwidth (built without utf8proc)\n");
#endif
}

int main(void) {
  test_tokenizer();
  test_bleu_hand();
  test_lowercase();
  test_bleu_sacrebleu();
  test_chrf_hand();
  test_chrf_sacrebleu();
  test_buckets();
  test_errors();
  CHECK_DONE();
}
