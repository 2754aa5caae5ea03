// The one C++ file of attend: SentencePiece behind extern "C" functions.
// Every function catches every C++ exception and turns it into an at_status
// whose message is SentencePiece's (or the exception's) own text.
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <new>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "tokenizer/spm_shim.h"
#include "tokenizer/tokenizer.h"

struct at_tokenizer {
  sentencepiece::SentencePieceProcessor sp;
  std::string bytes;  // the serialized model proto, as loaded
};

namespace {

at_status spm_fail(const sentencepiece::util::Status &st, const char *what) {
  return at_fail(AT_ERR_TOKENIZER, "%s: %s", what, st.ToString().c_str());
}

// Runs f() and converts any escaping exception into a status.
template <typename F>
at_status guarded(const char *what, F &&f) {
  try {
    return f();
  } catch (const std::bad_alloc &) {
    return at_fail(AT_ERR_NOMEM, "%s: out of memory", what);
  } catch (const std::exception &e) {
    return at_fail(AT_ERR_TOKENIZER, "%s: %s", what, e.what());
  } catch (...) {
    return at_fail(AT_ERR_TOKENIZER, "%s: unknown C++ exception", what);
  }
}

at_status check_special(const sentencepiece::SentencePieceProcessor &sp) {
  const int got[4] = {sp.pad_id(), sp.unk_id(), sp.bos_id(), sp.eos_id()};
  const int want[4] = {AT_PAD_ID, AT_UNK_ID, AT_BOS_ID, AT_EOS_ID};
  const char *name[4] = {"pad", "unk", "bos", "eos"};
  for (int i = 0; i < 4; i++)
    if (got[i] != want[i])
      return at_fail(AT_ERR_TOKENIZER,
                     "special ids differ from attend's (pad 0, unk 1, bos 2, eos 3): "
                     "%s id is %d; train the model with 'attend spm-train'",
                     name[i], got[i]);
  return AT_OK;
}

std::string num(double v) {
  char s[64];
  std::snprintf(s, sizeof s, "%.9g", v);
  return s;
}

std::unordered_map<std::string, std::string> train_kwargs(const at_spm_train_options *o,
                                                          const char *inputs) {
  return {
      {"input", inputs},
      {"model_prefix", o->model_prefix},
      {"vocab_size", std::to_string(o->vocab_size)},
      {"model_type", o->model_type == AT_SPM_BPE ? "bpe" : "unigram"},
      {"character_coverage", num(o->character_coverage)},
      {"input_sentence_size", std::to_string(o->input_sentence_size)},
      {"num_threads", std::to_string(o->num_threads)},
      {"hard_vocab_limit", o->soft_vocab_limit ? "false" : "true"},
      {"pad_id", std::to_string(AT_PAD_ID)},
      {"unk_id", std::to_string(AT_UNK_ID)},
      {"bos_id", std::to_string(AT_BOS_ID)},
      {"eos_id", std::to_string(AT_EOS_ID)},
      {"pad_piece", AT_PAD_PIECE},
      {"unk_piece", AT_UNK_PIECE},
      {"bos_piece", AT_BOS_PIECE},
      {"eos_piece", AT_EOS_PIECE},
      {"minloglevel", o->verbose ? "0" : "2"},
  };
}

}  // namespace

extern "C" at_status at__spm_train(const at_spm_train_options *o, const char *inputs) {
  return guarded("training SentencePiece", [&]() -> at_status {
    auto kwargs = train_kwargs(o, inputs);
    sentencepiece::SetRandomGeneratorSeed(o->seed);
    // SentencePiece seeds a thread_local generator once per thread: train in
    // a fresh thread so that every call with the same seed starts alike.
    sentencepiece::util::Status st;
    std::exception_ptr err;
    std::thread worker([&]() {
      try {
        st = sentencepiece::SentencePieceTrainer::Train(kwargs);
      } catch (...) {
        err = std::current_exception();
      }
    });
    worker.join();
    if (err) std::rethrow_exception(err);
    if (!st.ok()) return at_fail(AT_ERR_TOKENIZER, "%s", st.ToString().c_str());
    return AT_OK;
  });
}

extern "C" at_status at_tokenizer_load_bytes(const void *data, size_t n, at_tokenizer **out) {
  if (!out || (!data && n)) return at_fail(AT_ERR_INVALID_ARG, "at_tokenizer_load_bytes: NULL argument");
  *out = nullptr;
  return guarded("loading SentencePiece model", [&]() -> at_status {
    // owned until it is returned: SentencePiece can throw while loading a
    // corrupt model (before, the tokenizer leaked then; found by fuzz_tokenizer)
    std::unique_ptr<at_tokenizer> t(new at_tokenizer);
    t->bytes.assign(static_cast<const char *>(data), n);
    auto st = t->sp.LoadFromSerializedProto(t->bytes);
    at_status s = st.ok() ? check_special(t->sp) : spm_fail(st, "not a valid SentencePiece model (corrupt or truncated?)");
    if (s != AT_OK) return s;
    *out = t.release();
    return AT_OK;
  });
}

extern "C" at_status at_tokenizer_bytes(const at_tokenizer *t, const void **data, size_t *n) {
  if (!t || !data || !n) return at_fail(AT_ERR_INVALID_ARG, "at_tokenizer_bytes: NULL argument");
  *data = t->bytes.data();
  *n = t->bytes.size();
  return AT_OK;
}

extern "C" void at_tokenizer_free(at_tokenizer *t) {
  try {
    delete t;
  } catch (...) {
  }
}

extern "C" int at_tokenizer_vocab_size(const at_tokenizer *t) { return t->sp.GetPieceSize(); }

extern "C" const char *at_tokenizer_id_to_piece(const at_tokenizer *t, int id) {
  if (id < 0 || id >= t->sp.GetPieceSize()) return nullptr;
  try {
    return t->sp.IdToPiece(id).c_str();
  } catch (...) {
    return nullptr;
  }
}

extern "C" int at_tokenizer_piece_to_id(const at_tokenizer *t, const char *piece) {
  try {
    return t->sp.PieceToId(piece);
  } catch (...) {
    return AT_UNK_ID;
  }
}

extern "C" at_status at__spm_encode_ids(const at_tokenizer *t, const char *text, size_t len,
                                        at_ids *out) {
  return guarded("encoding", [&]() -> at_status {
    std::vector<int> ids;
    auto st = t->sp.Encode(std::string_view(text, len), &ids);
    if (!st.ok()) return spm_fail(st, "encoding");
    if (ids.size() > (size_t)INT32_MAX) return at_fail(AT_ERR_INVALID_ARG, "encoding: line too long");
    at_status s = at_ids_reserve(out, (int)ids.size());
    if (s != AT_OK) return s;
    if (!ids.empty()) std::memcpy(out->ids, ids.data(), ids.size() * sizeof(int));
    out->n = (int)ids.size();
    return AT_OK;
  });
}

extern "C" at_status at__spm_encode_pieces(const at_tokenizer *t, const char *text, size_t len,
                                           at_buf *out) {
  return guarded("encoding", [&]() -> at_status {
    std::vector<std::string> pieces;
    auto st = t->sp.Encode(std::string_view(text, len), &pieces);
    if (!st.ok()) return spm_fail(st, "encoding");
    size_t total = 0;
    for (const auto &p : pieces) total += p.size() + 1;
    at_status s = at_buf_reserve(out, total);
    if (s != AT_OK) return s;
    size_t k = 0;
    for (size_t i = 0; i < pieces.size(); i++) {
      if (i) out->data[k++] = ' ';
      std::memcpy(out->data + k, pieces[i].data(), pieces[i].size());
      k += pieces[i].size();
    }
    out->data[k] = '\0';
    out->len = k;
    return AT_OK;
  });
}

extern "C" at_status at__spm_decode(const at_tokenizer *t, const int *ids, int n, at_buf *out) {
  return guarded("decoding", [&]() -> at_status {
    std::vector<int> v;
    v.reserve((size_t)n);
    for (int i = 0; i < n; i++)
      if (ids[i] != AT_PAD_ID && ids[i] != AT_BOS_ID && ids[i] != AT_EOS_ID) v.push_back(ids[i]);
    std::string text;
    auto st = t->sp.Decode(v, &text);
    if (!st.ok()) return spm_fail(st, "decoding");
    at_status s = at_buf_reserve(out, text.size());
    if (s != AT_OK) return s;
    std::memcpy(out->data, text.data(), text.size());
    out->data[text.size()] = '\0';
    out->len = text.size();
    return AT_OK;
  });
}
