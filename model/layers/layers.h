/* attend model/ layers (internal header, used by model/ and tests).
 *
 * The pattern (llm.c): a layer is a small descriptor (sizes + offsets of its
 * parameters in the shared at_params layout) and plain functions over explicit
 * buffers. `params` / `grads` are the base pointers of the layout
 * (at_params.data / .grad), so the same descriptor serves several copies of
 * the weights (ensembles, averaging). forward writes outputs and fills a cache
 * struct (pointers into an at_arena) with what backward needs; backward reads
 * the cache and ADDS into grads and into input gradients (weights shared across
 * time steps just accumulate). No function here mallocs: scratch comes from the
 * arena passed in. Sequences are time-major (T, B, D).
 */
#ifndef ATTEND_MODEL_LAYERS_H
#define ATTEND_MODEL_LAYERS_H

#include "model/model.h"

#define AT_MAX_LAYERS 8

/* ---- int8 weights of decoding (model/layers/qmap.c) ------------------------------ *
 * A map from a weight matrix (its address in the float layout, and the K
 * columns a product uses) to its packed int8 form (core/qgemm.h). Layers that
 * decoding runs hold a pointer to their model's map (NULL: float32 only, as
 * in training) and multiply through at_gemm_wt, which takes the int8 kernel
 * when the map has the matrix and sgemm otherwise. */
typedef struct at_qpacked at_qpacked;
typedef struct at_qmap_entry {
  const float *w; /* first element of the columns used, in the float layout */
  int K;
  at_qpacked *p;
} at_qmap_entry;
typedef struct at_qmap {
  int n, cap;
  at_qmap_entry *e;
} at_qmap;
/* Adds columns [k0, k0 + K) of the parameter at offset `off` of P (a matrix
 * q holds as int8; AT_OK without adding anything when q keeps it float32). */
at_status at_qmap_add(at_qmap *m, const at_params *P, const at_qparams *q, size_t off, int k0, int K);
const at_qpacked *at_qmap_find(const at_qmap *m, const float *w, int K);
void at_qmap_free(at_qmap *m);
/* y (N, O) = beta y + x (N, K) W^T for W (O, K) with row stride ldw: the
 * int8 product when m holds (W, K), else at_gemm. beta 0 or 1. */
/* y (N, W->N) = beta y + x (N, W->K) W^T with W packed (the int8 product;
 * should its scratch not be allocated, W's dequantised values in float). */
void at_gemm_wt_packed(const at_qpacked *W, int N, const float *x, int ldx, float beta, float *y, int ldy);
void at_gemm_wt(const at_qmap *m, int N, int O, int K, const float *x, int ldx, const float *W, int ldw, float beta,
                float *y, int ldy);

/* ---- embedding ------------------------------------------------------------------ */
typedef struct at_embedding {
  int vocab, dim, pad_id;
  float scale;  /* 1 or sqrt(dim) */
  size_t W;     /* (vocab, dim) */
} at_embedding;

at_status at_embedding_declare(at_embedding *L, at_params *P, const char *name, int vocab, int dim, int pad_id,
                               float scale);
/* out (N, dim) = scale * W[ids[i]]; rows of pad ids are zero. Ids must be in
 * range (checked: AT_ERR_INVALID_ARG naming the id). */
at_status at_embedding_forward(const at_embedding *L, const float *params, const int *ids /* (N) */, int N,
                               float *out /* (N, dim) */);
/* grads[W][ids[i]] += scale * dout[i] for non-pad ids. */
void at_embedding_backward(const at_embedding *L, float *grads, const int *ids /* (N) */, int N,
                           const float *dout /* (N, dim) */);

/* ---- linear layer with optional tanh ----------------------------------------------- */
typedef enum { AT_ACT_NONE = 0, AT_ACT_TANH = 1 } at_activation;
typedef struct at_linear {
  int in_dim, out_dim;
  int has_bias;
  at_activation act;
  size_t W; /* (out_dim, in_dim) */
  size_t b; /* (out_dim) if has_bias */
  const at_qmap *q; /* int8 decoding, or NULL */
} at_linear;

at_status at_linear_declare(at_linear *L, at_params *P, const char *name, int in_dim, int out_dim, int has_bias,
                            at_activation act);
/* y (N, out) = act(x W^T + b). x may be given as two column blocks (the
 * concatenation [x1 x2] without building it): x2 may be NULL (then in1 ==
 * in_dim); in1 + in2 == in_dim. */
void at_linear_forward(const at_linear *L, const float *params, const float *x1 /* (N, in1) */, int in1,
                       const float *x2 /* (N, in2) */, int N, float *y /* (N, out) */);
/* Given y (the forward output, needed for tanh) and dy (N, out): ADDS dW, db,
 * dx1 (N, in1) and dx2 (N, in2) (either may be NULL = not needed). dy is used
 * as scratch (overwritten with the pre-activation gradient). */
void at_linear_backward(const at_linear *L, const float *params, float *grads, const float *x1, int in1,
                        const float *x2, int N, const float *y, float *dy, float *dx1, float *dx2);

/* A linear layer with bias and no activation whose parameters have their own
 * names: "<name>/<w>" (out, in) and "<name>/<b>" (out). */
at_status at_linear_declare_named(at_linear *L, at_params *P, const char *name, const char *w, const char *b,
                                  int in_dim, int out_dim);
/* Backward of a layer without activation from one input block, dy left
 * untouched: ADDS dW, db and dx (N, in) (dx NULL = not needed). */
void at_linear_backward_plain(const at_linear *L, const float *params, float *grads, const float *x, int N,
                              const float *dy, float *dx);

/* ---- recurrent cells: RNN (tanh), GRU, LSTM, PyTorch's equations and gate order ----
 * RNN : h' = tanh(Wx x + bx + Wh h + bh)
 * GRU : r,z,n order; r = s(Wx_r x + bx_r + Wh_r h + bh_r), z likewise,
 *       n = tanh(Wx_n x + bx_n + r * (Wh_n h + bh_n)), h' = (1 - z) * n + z * h
 * LSTM: i,f,g,o order; c' = f * c + i * g, h' = o * tanh(c')
 * G = 1, 3, 4 gates. */
typedef struct at_rnn {
  at_cell_type cell;
  int in_dim, hidden, gates;
  size_t W_ih; /* (G*H, in_dim) */
  size_t W_hh; /* (G*H, H) */
  size_t b_ih; /* (G*H) */
  size_t b_hh; /* (G*H) */
  const at_qmap *q; /* int8 decoding (W_hh), or NULL */
} at_rnn;

at_status at_rnn_declare(at_rnn *L, at_params *P, const char *name, at_cell_type cell, int in_dim, int hidden);
/* Floats per hypothesis that a step cache holds (gate activations etc.). */
size_t at_rnn_step_cache_floats(const at_rnn *L);
/* Arena bytes one at_rnn_step_forward / at_rnn_step_backward of N rows takes
 * at most (the caller reserves them; running out is an internal error). */
size_t at_rnn_step_forward_bytes(const at_rnn *L, int N);
size_t at_rnn_step_backward_bytes(const at_rnn *L, int N);
/* One time step for N rows. gx (N, G*H) holds W_ih x + b_ih for this step
 * (the caller computes it, for all steps in one GEMM when it can). Writes h
 * (N, H) (and c for LSTM); cache (N, step_cache_floats) receives what
 * step_backward needs (may be NULL at inference). mask (N) or NULL: rows with
 * mask 0 copy h_prev/c_prev unchanged (padding). h_prev/c_prev NULL = zeros. */
void at_rnn_step_forward(const at_rnn *L, const float *params, const float *gx, const float *h_prev,
                         const float *c_prev, int N, const unsigned char *mask, float *h, float *c, float *cache,
                         at_arena *scratch);
/* Backward of one step. dh (N, H) and dc (N, H, LSTM) are the gradients
 * arriving at h and c (dc may be NULL for non-LSTM). ADDS: dgx (N, G*H) (the
 * gradient for W_ih x + b_ih; caller backprops it to W_ih and x), dh_prev,
 * dc_prev, and grads of W_hh and b_hh. Rows with mask 0 pass dh/dc to
 * dh_prev/dc_prev unchanged. */
void at_rnn_step_backward(const at_rnn *L, const float *params, float *grads, const float *h_prev,
                          const float *c_prev, int N, const unsigned char *mask, const float *cache,
                          const float *dh, const float *dc, float *dgx, float *dh_prev, float *dc_prev,
                          at_arena *scratch);

/* A whole sequence in one direction. x (T, B, in) time-major, lengths (B).
 * reverse == 0: t = 0..T-1, final state = state after step len-1.
 * reverse == 1: t = T-1..0 and a sentence's state stays at h0 while t >= len,
 *   final state = state after t = 0.
 * out (T, B, H): outputs, zero at padded positions. */
typedef struct at_rnn_seq_cache {
  int T, B;
  const float *x;        /* (T, B, in) the input (not owned) */
  float *gx;             /* (T, B, G*H) input projections */
  float *h;              /* (T+1, B, H) states, h[0] = h0 (in processing order) */
  float *c;              /* (T+1, B, H) LSTM cell states or NULL */
  float *step;           /* (T, B, step_cache_floats) */
  unsigned char *mask;   /* (T, B) 1 where t < len */
  int reverse;
  float *h_final;        /* (B, H) */
  float *c_final;        /* (B, H) or NULL */
} at_rnn_seq_cache;

at_status at_rnn_seq_forward(const at_rnn *L, const float *params, const float *x, int T, int B,
                             const int *lengths, int reverse, const float *h0, const float *c0, float *out,
                             at_rnn_seq_cache *cache, at_arena *arena);
/* Arena bytes of at_rnn_seq_forward + at_rnn_seq_backward at most. */
size_t at_rnn_seq_bytes(const at_rnn *L, int T, int B);
/* dout (T, B, H) gradient of out (padded positions ignored); dh_final/dc_final
 * (B, H) or NULL. ADDS dx (T, B, in) (NULL = not needed), dh0/dc0 (NULL ok),
 * and parameter gradients. */
at_status at_rnn_seq_backward(const at_rnn *L, const float *params, float *grads, const at_rnn_seq_cache *cache,
                              const float *dout, const float *dh_final, const float *dc_final, float *dx,
                              float *dh0, float *dc0, at_arena *arena);

/* ---- dropout (inverted): mask entries 0 or 1/(1-p) --------------------------------- */
void at_dropout_mask(at_rng *rng, float p, float *mask, size_t n);
/* The masks of the training forward, by layout. With rng->rows each element's
 * draw is a hash of (seed and step, site, the row's sentence, the element's
 * position in its sentence: t, feature, head, key), so a sentence gets the
 * same mask in any micro-batch, at any padding and thread count; each call
 * takes the next site. Without rows: at_dropout_mask over the whole array
 * (the sequential stream, as before).
 *   tbd:  mask (T, B, D), time-major rows t * B + b;
 *   rows: mask (B, D) at a fixed site (per-step masks), element elem0 + d;
 *   attn: mask (B, H, Tq, Tk) (attention weights). */
void at_dropout_mask_tbd(at_rng *rng, float p, float *mask, int T, int B, int D);
void at_dropout_mask_rows(at_rng *rng, float p, float *mask, int B, int D, uint32_t site, uint64_t elem0);
void at_dropout_mask_attn(at_rng *rng, float p, float *mask, int B, int H, int Tq, int Tk);
/* y = x * mask (in-place allowed); backward is the same product. */
void at_dropout_apply(const float *x, const float *mask, float *y, size_t n);

/* ---- attention ----------------------------------------------------------------------
 * Scores between a query q (Dq) and keys k_j (Dk), masked softmax over the
 * source, context c = sum_j a_j k_j:
 *   dot     q . k                     (Dq == Dk)
 *   scaled  q . k / sqrt(Dk)          (Dq == Dk)
 *   general q . (W k), W (Dq, Dk)     keys projected once: pk = k W^T (Ts, B, Dq)
 *   concat  v . tanh(W_q q + W_k k)   W_q (A, Dq), W_k (A, Dk), v (A); pk = k W_k^T (Ts, B, A)
 * Locality (Luong et al. 2015 section 3.2; Yang et al. 2018), positions
 * s = 0..S-1 of a sentence of S = src_len pieces, step t:
 *   global   every s < S
 *   local-m  p_t = min(t, S-1); window [p_t - D, p_t + D]
 *   local-p  p_t = S sigmoid(v_p . tanh(W_p q)), W_p (Ap, Dq), v_p (Ap);
 *            window around c = floor(p_t + 1/2) clipped to [0, S-1]; the
 *            window softmax times exp(-(s - p_t)^2 / (2 sigma^2)), sigma = D/2,
 *            not renormalised
 *   hybrid   all s < S, logits + -(s - p_t)^2 / (2 sigma^2), p_t as local-p
 * Windows are clipped to the sentence; scores, softmax and context run over
 * the window only (O(D) per step); weights outside it are exactly 0.
 * Mode (Xu et al. 2015 section 4.1 for hard):
 *   soft     c = sum_s a_s k_s
 *   topk     a renormalised over the k highest scores of the window (ties:
 *            lower position first), the others 0; ordinary backpropagation
 *   hard     c = k_z for one position z: sampled from a (training, rng
 *            given) or argmax a (decoding); the keys get the gradient of c,
 *            the scores only the REINFORCE term (at_attention_rl).
 * The step functions take a `sent` map (N) from hypothesis to sentence so that
 * beam search can attend with many hypotheses per sentence. */
typedef struct at_attention {
  at_score_type score;
  at_locality_type locality;
  at_attn_mode mode;
  int topk;       /* k, topk mode */
  int heads;      /* H >= 1: multi-head (projections W_Q, W_K, W_V, W_O); 0: the classic single head */
  int query_dim, key_dim, attn_dim;
  int window;     /* D */
  int pos_dim;    /* Ap, local-p and hybrid */
  size_t W;       /* general: (Dq, Dk) */
  size_t W_q;     /* concat: (A, Dq) */
  size_t W_k;     /* concat: (A, Dk) */
  size_t v;       /* concat: (A) */
  size_t W_p;     /* local-p, hybrid: (Ap, Dq) */
  size_t v_p;     /* local-p, hybrid: (Ap) */
  size_t W_Q, W_K, W_V, W_O; /* multi-head: (Dk, Dq), (Dk, Dk), (Dk, Dk), (Dk, Dk); head h uses rows h*d.. */
  const at_qmap *q; /* int8 decoding (the concat query projection), or NULL */
} at_attention;

/* Declares a global attention's parameters "<name>/W" etc. */
at_status at_attention_declare(at_attention *L, at_params *P, const char *name, at_score_type score, int query_dim,
                               int key_dim, int attn_dim);
/* Multi-head attention (instead of at_attention_declare), after Vaswani et
 * al. 2017 and Sockeye's mhdot: H heads of d = Dk / H; head h's query
 * W_Q[h] q, keys W_K[h] k_j and values W_V[h] k_j (rows h*d .. h*d+d-1 of
 * "<name>/W_Q", "<name>/W_K", "<name>/W_V"), its own masked softmax of the
 * scores (scaled: / sqrt(d); general: unscaled), context c_h = sum_j a_hj
 * W_V[h] k_j; c = W_O [c_1; ..; c_H] ("<name>/W_O"). Locality windows and
 * top-k apply to every head; alpha reports the head average. Dk % H == 0;
 * scores scaled or general. Projected keys: (2H, Ts, B, d), the heads' keys
 * then their values. */
at_status at_attention_declare_heads(at_attention *L, at_params *P, const char *name, at_score_type score,
                                     int query_dim, int key_dim, int heads);
/* Makes L local (after at_attention_declare): window half-width D >= 1;
 * local-p and hybrid declare "<name>/W_p" (pos_dim, Dq) and "<name>/v_p". */
at_status at_attention_set_locality(at_attention *L, at_params *P, const char *name, at_locality_type locality,
                                    int window, int pos_dim);
/* Soft, hard or top-k (k >= 1); hard needs normalised weights (not local-p). */
at_status at_attention_set_mode(at_attention *L, const char *name, at_attn_mode mode, int topk);
/* Width of the projected keys: Dk (dot, scaled), Dq (general), A (concat),
 * 2 Dk (multi-head: keys and values). */
int at_attention_pkey_dim(const at_attention *L);
/* pkeys (Ts, B, pkey_dim) from keys (Ts, B, Dk): once per sentence. For dot
 * and scaled it copies. */
void at_attention_project_keys(const at_attention *L, const float *params, const float *keys, int Ts, int B,
                               float *pkeys);
/* ADDS into dkeys (Ts, B, Dk) and grads the backward of project_keys given
 * dpkeys (Ts, B, pkey_dim). */
void at_attention_project_keys_backward(const at_attention *L, const float *params, float *grads, const float *keys,
                                        int Ts, int B, const float *dpkeys, float *dkeys);
/* Floats per hypothesis that a step cache holds. */
size_t at_attention_step_cache_floats(const at_attention *L, int Ts);
/* Arena bytes one step forward (cached: a cache is passed) / backward takes
 * at most, for N hypotheses over B sentences of up to Ts positions. */
size_t at_attention_step_forward_bytes(const at_attention *L, int N, int Ts, int cached);
size_t at_attention_step_backward_bytes(const at_attention *L, int N, int B, int Ts);
/* Step t (local-m's p_t) for N queries q (N, Dq); hypothesis i attends over
 * sentence sent[i] (keys and pkeys have B sentences, Ts positions; src_len
 * (B)). Writes alpha (N, Ts) (0 outside the window and beyond the length)
 * and context (N, Dk). cache (N, step floats) may be NULL at inference.
 * Hard mode: rng != NULL samples the position (one uniform per row, in row
 * order), else argmax; the choice goes to the cache; alpha holds the
 * distribution when a cache is kept and the one-hot choice when not. */
void at_attention_step_forward(const at_attention *L, const float *params, int t, const float *q, int N,
                               const int *sent, const float *keys, const float *pkeys, int Ts, int B,
                               const int *src_len, at_rng *rng, float *alpha, float *context, float *cache,
                               at_arena *scratch);
/* The score-function (REINFORCE) signal of hard attention for one step:
 * the score gradient gets -adv_i d log a_{z_i} - ent_i d H(a_i) (H the
 * entropy of row i's weights), i.e. adv_i = weight * loss scale * (reward -
 * baseline), ent_i = entropy weight * loss scale; 0 on padded rows. */
typedef struct at_attention_rl {
  const float *adv; /* (N) */
  const float *ent; /* (N) */
} at_attention_rl;
/* Multi-head: head h's weights (Ts) of row i in a step cache (N rows of
 * at_attention_step_cache_floats) filled by at_attention_step_forward. */
const float *at_attention_cached_head(const at_attention *L, const float *cache, int Ts, int i, int h);
/* Given dcontext (N, Dk): ADDS dq (N, Dq), dkeys (Ts, B, Dk), dpkeys
 * (Ts, B, pkey_dim) and parameter grads (v, W_q, W_p, v_p). rl: hard mode
 * only, NULL = no score gradient. */
void at_attention_step_backward(const at_attention *L, const float *params, float *grads, int t, const float *q,
                                int N, const int *sent, const float *keys, const float *pkeys, int Ts, int B,
                                const int *src_len, const float *alpha, const float *cache, const float *dcontext,
                                const at_attention_rl *rl, float *dq, float *dkeys, float *dpkeys,
                                at_arena *scratch);

/* ---- output layer and loss ------------------------------------------------------------
 * logits = h W^T + b, W (V, D) (or the tied target embedding, then no bias);
 * label-smoothed cross-entropy (PyTorch convention: target distribution
 * (1 - eps) * onehot + eps / V over all V classes) over rows whose target is
 * not pad. The fused version computes loss and dlogits = scale * (softmax - q)
 * in one pass over the logits, row by row. */
typedef struct at_output {
  int in_dim, vocab, pad_id;
  int tied;      /* W is another layer's (V, D) matrix */
  size_t W;      /* (V, D) */
  size_t b;      /* (V) */
} at_output;

at_status at_output_declare(at_output *L, at_params *P, const char *name, int in_dim, int vocab, int pad_id,
                            const size_t *tied_W /* offset of a (V, D) matrix or NULL */);
/* logits (N, W->N) = h W^T + b with W the output matrix (or some of its
 * rows) packed for int8 (b (W->N) or NULL). */
void at_output_logits_q(const at_output *L, const at_qpacked *W, const float *b, const float *h, int N,
                        float *logits);
/* logits (N, V) = h W^T + b. */
void at_output_logits(const at_output *L, const float *params, const float *h /* (N, D) */, int N, float *logits);
/* In place: logits (N, V) -> dlogits scaled by `scale`, accumulating loss
 * statistics over non-pad targets (rows with pad target get dlogits 0). */
void at_output_loss(const at_output *L, float *logits, const int *targets /* (N) */, int N, float eps, float scale,
                    at_loss *stats);
/* The same, also writing each row's -log p(target) to row_nll (N) (0 for
 * pad targets). */
void at_output_loss_rows(const at_output *L, float *logits, const int *targets, int N, float eps, float scale,
                         at_loss *stats, float *row_nll);
/* A vocabulary subset (decoding with a shortlist): copies the rows ids[0..n)
 * (each in 0..V-1) of W into W_sub (n, D) and of b into b_sub (n) (b_sub
 * untouched when tied: then there is no bias). */
void at_output_pack_rows(const at_output *L, const float *params, const int *ids, int n, float *W_sub,
                         float *b_sub);
/* logits (N, n) = h W_sub^T + b_sub (b_sub NULL: no bias), the subset's columns of at_output_logits. */
void at_output_logits_packed(const at_output *L, const float *W_sub, const float *b_sub, int n, const float *h,
                             int N, float *logits);
/* From dlogits (N, V): ADDS dW, db and dh (N, D). */
void at_output_backward(const at_output *L, const float *params, float *grads, const float *h, int N,
                        const float *dlogits, float *dh);
/* The training output layer in blocks of `rows` rows, so that only a (rows, V)
 * logits buffer exists (work, caller's): per block, logits -> loss statistics
 * and row_nll (N) as at_output_loss_rows -> dlogits at scale 1 -> ADDS dW
 * (V, D) and db (V) (untouched when tied) and WRITES the block's rows of dh
 * (N, D). dW, db, dh NULL: statistics only (no gradient pass at all). Totals
 * are summed in row order, so they equal the unblocked ones; dW sums its
 * blocks in order (no dependence on the thread count). */
void at_output_train_rows(const at_output *L, const float *params, const float *h, const int *targets, int N,
                          float eps, int rows, float *work, float *dW, float *db, float *dh, at_loss *stats,
                          float *row_nll);

/* ---- layer normalisation (Ba et al. 2016), over the last dimension ------------------
 * y = g * (x - mean) / sqrt(var + eps) + b, var the biased variance, eps 1e-5
 * (torch.nn.LayerNorm). Parameters "<name>/g" (initialised to 1) and "<name>/b". */
typedef struct at_layernorm {
  int dim;
  float eps;
  size_t g, b; /* (dim) each */
} at_layernorm;

at_status at_layernorm_declare(at_layernorm *L, at_params *P, const char *name, int dim);
/* y (N, dim) from x (N, dim); stats (N, 2) receives mean and 1/sqrt(var + eps)
 * of each row (NULL at inference). In-place (y == x) allowed. */
void at_layernorm_forward(const at_layernorm *L, const float *params, const float *x, int N, float *y, float *stats);
/* ADDS dx (N, dim) and the gradients of g and b, given the forward input x,
 * its stats and dy (N, dim). dx may not alias dy. */
void at_layernorm_backward(const at_layernorm *L, const float *params, float *grads, const float *x, int N,
                           const float *stats, const float *dy, float *dx);

/* ---- position-wise feed-forward block -----------------------------------------------
 * y = W_2 drop(act(W_1 x + b_1)) + b_2, act ReLU or GELU (exact, erf form);
 * parameters "<name>/W_1" (F, D), "<name>/b_1" (F), "<name>/W_2" (D, F),
 * "<name>/b_2" (D). */
typedef struct at_ffn {
  int dim, ff_dim;
  at_ff_activation act;
  at_linear l1, l2;
} at_ffn;

at_status at_ffn_declare(at_ffn *L, at_params *P, const char *name, int dim, int ff_dim, at_ff_activation act);
/* y (N, D) from x (N, D). pre (N, F) receives W_1 x + b_1 and hid (N, F)
 * the activation times mask (mask (N, F) or NULL = no dropout); both are
 * what backward reads. */
void at_ffn_forward(const at_ffn *L, const float *params, const float *x, int N, float *pre, float *hid,
                    const float *mask, float *y);
/* ADDS dx (N, D) and parameter gradients from dy (N, D); scratch (N, F). */
void at_ffn_backward(const at_ffn *L, const float *params, float *grads, const float *x, int N, const float *pre,
                     const float *hid, const float *mask, const float *dy, float *dx, float *scratch);

/* ---- position encodings ---------------------------------------------------------------
 * Sinusoidal (Vaswani et al. 2017): PE[p, 2i] = sin(p / 10000^(2i/D)),
 * PE[p, 2i+1] = cos(p / 10000^(2i/D)); learned: a table "<name>" (max, D). */
typedef struct at_positions {
  at_position_type type;
  int dim, max_len;
  size_t W; /* learned: (max_len, dim) */
} at_positions;

at_status at_positions_declare(at_positions *L, at_params *P, const char *name, at_position_type type, int dim,
                               int max_len);
/* x (T, B, D) time-major: row t*B + b += PE[t0 + t]. Learned: t0 + T <= max_len
 * (checked: AT_ERR_INVALID_ARG naming the length). */
at_status at_positions_add(const at_positions *L, const float *params, float *x, int t0, int T, int B);
/* Learned: grads of the table += the gradient dx (T, B, D) summed over B. */
void at_positions_backward(const at_positions *L, float *grads, const float *dx, int t0, int T, int B);

/* ---- multi-head scaled dot-product attention over sequences ---------------------------
 * Vaswani et al. 2017, torch.nn.MultiheadAttention's equations: H heads of
 * d = D / H; Q = x_q W_q^T + b_q, K, V = x_kv W_k^T + b_k, x_kv W_v^T + b_v;
 * head h: A_h = softmax(Q_h K_h^T / sqrt(d) + mask), C_h = drop(A_h) V_h;
 * y = [C_1; ..; C_H] W_o^T + b_o. Masks: keys j >= kv_len[b] of sentence b,
 * and j > i when causal. Self-attention declares "<name>/W_qkv" (3D, D) and
 * "<name>/b_qkv" (rows q; k; v, as torch's in_proj); cross-attention
 * "<name>/W_q" (D, D), "<name>/b_q", "<name>/W_kv" (2D, Dkv), "<name>/b_kv";
 * both "<name>/W_o" (D, D) and "<name>/b_o". Sequences are time-major. */
typedef struct at_mha {
  int dim, kv_dim, heads, head_dim;
  int self;                 /* 1: one W_qkv projection of x_q; 0: W_q of x_q and W_kv of x_kv */
  at_linear qkv, q, kv, o;  /* the projections (qkv when self, q and kv otherwise) */
} at_mha;

at_status at_mha_declare(at_mha *L, at_params *P, const char *name, int dim, int kv_dim, int heads, int self);

/* What backward needs (arena memory). */
typedef struct at_mha_cache {
  int Tq, Tk, B, causal;
  const int *kv_len;        /* (B) or NULL */
  const float *xq, *xkv;    /* the inputs (not owned) */
  const float *kvp;         /* (Tk, B, 2D) projected keys and values (cross; may be given) */
  float *qp;                /* self: (T, B, 3D) q; k; v; cross: (Tq, B, D) */
  float *att;               /* (B, H, Tq, Tk) softmax weights, 0 where masked */
  float *dropped;           /* (B, H, Tq, Tk) weights after dropout, or NULL (no dropout) */
  float *mask;              /* (B, H, Tq, Tk) dropout mask or NULL */
  float *ctx;               /* (Tq, B, D) head contexts */
} at_mha_cache;

/* Width of projected keys and values of a cross-attention: 2 D. */
/* kvp (Tk, B, 2D) = x_kv W_kv^T + b_kv (cross-attention, once per sentence). */
void at_mha_project_kv(const at_mha *L, const float *params, const float *xkv, int Tk, int B, float *kvp);
/* ADDS dxkv (Tk, B, Dkv) and the W_kv, b_kv gradients given dkvp (Tk, B, 2D). */
void at_mha_project_kv_backward(const at_mha *L, const float *params, float *grads, const float *xkv, int Tk,
                                int B, const float *dkvp, float *dxkv);
/* Arena bytes of at_mha_forward (dropout: p > 0 in training) and of at_mha_backward. */
size_t at_mha_forward_bytes(const at_mha *L, int Tq, int Tk, int B, int dropout);
size_t at_mha_backward_bytes(const at_mha *L, int Tq, int Tk, int B);
/* y (Tq, B, D). Self: x_kv is x_q (Tk == Tq). Cross: kvp (Tk, B, 2D) from
 * at_mha_project_kv. rng != NULL and p > 0: dropout on the weights. */
at_status at_mha_forward(const at_mha *L, const float *params, const float *xq, int Tq, const float *kvp, int Tk,
                         int B, const int *kv_len, int causal, float p, at_rng *rng, at_mha_cache *C, float *y,
                         at_arena *a);
/* ADDS dxq (Tq, B, D) (self: the whole input gradient), dkvp (Tk, B, 2D)
 * (cross only) and parameter gradients, given dy (Tq, B, D). */
at_status at_mha_backward(const at_mha *L, const float *params, float *grads, const at_mha_cache *C,
                          const float *dy, float *dxq, float *dkvp, at_arena *a);

/* Decoding, one query per hypothesis. Self-attention at step t with a cache
 * of keys and values: hypothesis i's row of kc/vc (stride `width` floats)
 * holds positions 0..t-1 (t * D floats); the step writes position t there
 * and attends over 0..t. Cross-attention: hypothesis i attends over
 * sentence sent[i] of kvp (Tk, B, 2D), src_len[b] positions; alpha (N, H,
 * Tk) receives each head's weights if not NULL. scratch: at_mha_step_bytes. */
size_t at_mha_step_bytes(const at_mha *L, int N, int Tk);
void at_mha_self_step(const at_mha *L, const float *params, const float *x, int N, int t, float *kc, float *vc,
                      int width, float *y, at_arena *scratch);
void at_mha_cross_step(const at_mha *L, const float *params, const float *x, int N, const int *sent,
                       const float *kvp, int Tk, int B, const int *src_len, float *alpha, float *y, at_arena *scratch);

#endif
