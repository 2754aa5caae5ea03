#define _POSIX_C_SOURCE 200809L
/* Model configuration: defaults, set/get round trip for every field, bad
 * values and unknown keys, validation messages naming the field. */
#include <string.h>

#include "check.h"
#include "model/model.h"

/* One text value per field, different from the default. */
static const char *const kValues[][2] = {
    {"src_vocab", "123"}, {"tgt_vocab", "77"},         {"cell", "lstm"},         {"layers", "3"},
    {"bidirectional", "false"}, {"emb_dim", "32"},     {"hidden_dim", "64"},     {"attention", "bahdanau"},
    {"score", "concat"},  {"attn_dim", "17"},          {"input_feeding", "false"}, {"bridge", "zero"},
    {"tie_embeddings", "true"}, {"emb_scale", "true"}, {"dropout", "0.25"},      {"label_smoothing", "0.125"},
    {"locality", "local-p"}, {"window", "4"}, {"attn_mode", "topk"}, {"topk", "3"},
    {"hard_reinforce", "0.5"}, {"hard_entropy", "0.125"}, {"hard_baseline_decay", "0.5"},
    {"hard_soft_fraction", "0.25"}, {"heads", "4"},
    {"encoder", "rnn-sa"}, {"decoder", "transformer"}, {"model_dim", "48"}, {"ff_dim", "96"},
    {"enc_layers", "2"}, {"dec_layers", "3"}, {"norm", "post"}, {"ff_activation", "gelu"},
    {"positions", "learned"}, {"max_positions", "300"}, {"attn_dropout", "0.125"}, {"ff_dropout", "0.375"},
    {"share_embeddings", "true"},
};

static void test_round_trip(void) {
  at_model_config c, d;
  at_model_config_default(&c);
  CHECK(c.cell == AT_CELL_GRU && c.hidden_dim == 512 && c.attention == AT_ATTN_LUONG);
  CHECK_OK(at_model_config_validate(&c));
  size_t n = sizeof kValues / sizeof kValues[0];
  for (size_t i = 0; i < n; i++) {
    char buf[64];
    CHECK_OK(at_model_config_get(&c, kValues[i][0], buf, sizeof buf));
    CHECK_MSG(strcmp(buf, kValues[i][1]) != 0, "%s default equals test value", kValues[i][0]);
    CHECK_OK(at_model_config_set(&c, kValues[i][0], kValues[i][1]));
    CHECK_OK(at_model_config_get(&c, kValues[i][0], buf, sizeof buf));
    CHECK_MSG(!strcmp(buf, kValues[i][1]), "%s: got '%s'", kValues[i][0], buf);
  }
  CHECK(c.cell == AT_CELL_LSTM && c.layers == 3 && c.bidirectional == 0 && c.score == AT_SCORE_CONCAT);
  CHECK(c.dropout == 0.25f && c.label_smoothing == 0.125f && c.bridge == AT_BRIDGE_ZERO);
  /* get -> set reproduces the struct */
  at_model_config_default(&d);
  for (size_t i = 0; i < n; i++) {
    char buf[64];
    CHECK_OK(at_model_config_get(&c, kValues[i][0], buf, sizeof buf));
    CHECK_OK(at_model_config_set(&d, kValues[i][0], buf));
  }
  CHECK(!memcmp(&c, &d, sizeof c));
  /* dashes accepted */
  CHECK_OK(at_model_config_set(&d, "hidden-dim", "8"));
  CHECK(d.hidden_dim == 8);
  CHECK_OK(at_model_config_set(&d, "bidirectional", "1"));
  CHECK(d.bidirectional == 1);
}

static void test_bad_values(void) {
  at_model_config c;
  at_model_config_default(&c);
  char buf[64];
  CHECK_STATUS(at_model_config_set(&c, "no_such_key", "1"), AT_ERR_NOT_FOUND);
  CHECK_STATUS(at_model_config_get(&c, "no_such_key", buf, sizeof buf), AT_ERR_NOT_FOUND);
  CHECK_STATUS(at_model_config_set(&c, "layers", "two"), AT_ERR_CONFIG);
  CHECK(strstr(at_last_error(), "layers") != NULL);
  CHECK_STATUS(at_model_config_set(&c, "layers", "2x"), AT_ERR_CONFIG);
  CHECK_STATUS(at_model_config_set(&c, "layers", ""), AT_ERR_CONFIG);
  CHECK_STATUS(at_model_config_set(&c, "cell", "transformer"), AT_ERR_CONFIG);
  CHECK_STATUS(at_model_config_set(&c, "bidirectional", "maybe"), AT_ERR_CONFIG);
  CHECK_STATUS(at_model_config_set(&c, "dropout", "nan"), AT_ERR_CONFIG);
  CHECK_STATUS(at_model_config_set(&c, "dropout", "0.1abc"), AT_ERR_CONFIG);
  CHECK_STATUS(at_model_config_get(&c, "cell", buf, 2), AT_ERR_INVALID_ARG);
  at_model_config ok = c;
  CHECK_OK(at_model_config_validate(&ok));
}

#define BAD(field, value)                                                  \
  do {                                                                     \
    at_model_config c_ = base;                                             \
    c_.field = value;                                                      \
    CHECK_STATUS(at_model_config_validate(&c_), AT_ERR_CONFIG);            \
    CHECK_MSG(strstr(at_last_error(), #field) != NULL, "%s", at_last_error()); \
  } while (0)

static void test_validate(void) {
  at_model_config base;
  at_model_config_default(&base);
  BAD(src_vocab, 3);
  BAD(tgt_vocab, 0);
  BAD(layers, 0);
  BAD(layers, 9);
  BAD(emb_dim, 0);
  BAD(hidden_dim, -4);
  BAD(hidden_dim, 7); /* odd with bidirectional */
  BAD(attn_dim, -1);
  BAD(dropout, 1.0f);
  BAD(dropout, -0.1f);
  BAD(label_smoothing, 1.0f);
  BAD(cell, 3);
  BAD(attention, -1);
  BAD(score, 4);
  BAD(locality, 4);
  BAD(window, 0);
  BAD(attn_mode, 3);
  BAD(topk, 0);
  BAD(hard_baseline_decay, 1.0f);
  BAD(hard_soft_fraction, 1.5f);
  BAD(hard_entropy, -1.0f);
  BAD(heads, -1);
  BAD(heads, 3); /* general scores, but 512 % 3 != 0 */
  BAD(bidirectional, 2);
  BAD(tie_embeddings, 1); /* emb_dim 256 != hidden_dim 512 */
  at_model_config c = base;
  c.tie_embeddings = 1;
  c.emb_dim = c.hidden_dim;
  CHECK_OK(at_model_config_validate(&c));
  c.bidirectional = 0;
  c.hidden_dim = c.emb_dim = 7;
  CHECK_OK(at_model_config_validate(&c));
  c.locality = AT_LOCAL_HYBRID;
  CHECK_OK(at_model_config_validate(&c));
  c.attn_mode = AT_MODE_HARD; /* hard attention needs normalised weights: not local-p */
  c.locality = AT_LOCAL_P;
  CHECK_STATUS(at_model_config_validate(&c), AT_ERR_CONFIG);
  c.locality = AT_LOCAL_HYBRID;
  CHECK_OK(at_model_config_validate(&c));
  c.attn_mode = AT_MODE_SOFT;
  c.heads = 7; /* hidden_dim 7, general scores */
  CHECK_OK(at_model_config_validate(&c));
  c.score = AT_SCORE_DOT; /* multi-head: scaled or general only */
  CHECK_STATUS(at_model_config_validate(&c), AT_ERR_CONFIG);
  c.score = AT_SCORE_GENERAL, c.attn_mode = AT_MODE_HARD;
  CHECK_STATUS(at_model_config_validate(&c), AT_ERR_CONFIG);
  c.attn_mode = AT_MODE_SOFT, c.heads = 0;
  c.attention = AT_ATTN_NONE; /* local attention without attention */
  CHECK_STATUS(at_model_config_validate(&c), AT_ERR_CONFIG);
  CHECK(strstr(at_last_error(), "locality") != NULL);
  BAD(encoder, 3);
  BAD(decoder, 2);
  BAD(norm, 2);
  BAD(enc_layers, 0);
  BAD(dec_layers, 9);
  BAD(model_dim, -1);
  BAD(max_positions, 0);
  BAD(attn_dropout, 1.0f);
  BAD(ff_dropout, -0.5f);
  at_model_config sh = base;
  sh.share_embeddings = 1; /* one vocabulary: fine */
  CHECK_OK(at_model_config_validate(&sh));
  sh.src_vocab = 100; /* two vocabularies cannot share a matrix */
  CHECK_STATUS(at_model_config_validate(&sh), AT_ERR_CONFIG);
  CHECK(strstr(at_last_error(), "share_embeddings") != NULL);
  /* Transformer blocks: heads >= 1 dividing the model width; an rnn decoder
   * after a transformer encoder needs model width == hidden_dim */
  at_model_config t = base;
  t.encoder = AT_ENC_TRANSFORMER, t.decoder = AT_DEC_TRANSFORMER;
  CHECK_STATUS(at_model_config_validate(&t), AT_ERR_CONFIG); /* heads 0 */
  CHECK(strstr(at_last_error(), "heads") != NULL);
  t.heads = 4;
  CHECK_OK(at_model_config_validate(&t));
  t.heads = 3; /* 256 % 3 */
  CHECK_STATUS(at_model_config_validate(&t), AT_ERR_CONFIG);
  t.heads = 4, t.model_dim = 130; /* 130 % 4 */
  CHECK_STATUS(at_model_config_validate(&t), AT_ERR_CONFIG);
  t.model_dim = 0, t.decoder = AT_DEC_RNN; /* width 256 != hidden_dim 512 */
  CHECK_STATUS(at_model_config_validate(&t), AT_ERR_CONFIG);
  CHECK(strstr(at_last_error(), "hidden_dim") != NULL);
  t.model_dim = 512;
  CHECK_OK(at_model_config_validate(&t));
  t.decoder = AT_DEC_TRANSFORMER, t.model_dim = 0, t.locality = AT_LOCAL_M; /* local attention is the rnn decoder's */
  CHECK_STATUS(at_model_config_validate(&t), AT_ERR_CONFIG);
  t.locality = AT_LOCAL_GLOBAL, t.tie_embeddings = 1; /* emb_dim == width 256: fine, hidden_dim does not matter */
  CHECK_OK(at_model_config_validate(&t));
}

static void test_print(void) {
  at_model_config c;
  at_model_config_default(&c);
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (!f) { CHECK(f != NULL); return; }
  at_model_config_print(&c, f);
  fclose(f);
  CHECK(strstr(text, "cell: gru\n") != NULL);
  CHECK(strstr(text, "hidden_dim: 512\n") != NULL);
  CHECK(strstr(text, "label_smoothing: 0.1\n") != NULL);
  int lines = 0;
  for (char *p = text; *p; p++) lines += *p == '\n';
  CHECK(lines == (int)(sizeof kValues / sizeof kValues[0]));
  free(text);
}

int main(void) {
  test_round_trip();
  test_bad_values();
  test_validate();
  test_print();
  CHECK_DONE();
}
