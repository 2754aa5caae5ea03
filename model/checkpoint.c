/* Checkpoints in HDF5 (the only file that includes <hdf5.h>). Layout, for
 * readers with h5py, in docs/checkpoint-format.md:
 *   /            attrs format, format_version, toolkit_version, created
 *   /config      one attr per model config field, plus run_config (YAML)
 *   /tokenizer/src, /tokenizer/tgt     uint8 (bytes)
 *   /params/<name>                     float32 (rows) or (rows, cols); int8
 *                                      (rows, cols) in a quantised file (v3)
 *   /params_scale/<name>               float32 (rows): an int8 parameter's row scales
 *   /optimizer/<slot>/<name>           float32, same shapes
 *   /train_state attrs                 int64, uint64 or float64
 * Every HDF5 call is checked; HDF5's own error printing is turned off and its
 * innermost message is appended to ours instead. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <hdf5.h>

#include "core/qgemm.h"
#include "model/model.h"

/* ---- small helpers ------------------------------------------------------- */

static void at__h5_quiet(void) { H5Eset_auto2(H5E_DEFAULT, NULL, NULL); }

static herr_t at__h5_err_cb(unsigned n, const H5E_error2_t *e, void *data) {
  if (n == 0 && e->desc) snprintf((char *)data, 200, "%s", e->desc);
  return 0;
}

/* The innermost message of HDF5's error stack ("" when none), then clears it. */
static const char *at__h5_reason(void) {
  static _Thread_local char buf[200];
  buf[0] = '\0';
  H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, at__h5_err_cb, buf);
  H5Eclear2(H5E_DEFAULT);
  return buf;
}

/* Fails with "FILE: WHAT failed (HDF5: reason)". */
static at_status at__h5_fail(at_status s, const char *file, const char *what, const char *obj) {
  const char *why = at__h5_reason();
  return at_fail(s, "%s: %s %s failed%s%s%s", file, what, obj, *why ? " (HDF5: " : "", why, *why ? ")" : "");
}

static void at__close(hid_t id) {
  if (id < 0) return;
  switch (H5Iget_type(id)) {
  case H5I_FILE: H5Fclose(id); break;
  case H5I_GROUP: H5Gclose(id); break;
  case H5I_DATASET: H5Dclose(id); break;
  case H5I_ATTR: H5Aclose(id); break;
  case H5I_DATASPACE: H5Sclose(id); break;
  case H5I_DATATYPE: H5Tclose(id); break;
  case H5I_GENPROP_LST: H5Pclose(id); break;
  default: break;
  }
}

/* "(r)" or "(r, c)" into buf. */
static const char *at__shape_str(char *buf, size_t n, int rank, const hsize_t *dims) {
  if (rank == 1) snprintf(buf, n, "(%llu)", (unsigned long long)dims[0]);
  else if (rank == 2) snprintf(buf, n, "(%llu, %llu)", (unsigned long long)dims[0], (unsigned long long)dims[1]);
  else snprintf(buf, n, "(rank %d)", rank);
  return buf;
}

static void at__param_dims(const at_param_info *pi, hsize_t dims[2]) {
  dims[0] = (hsize_t)pi->shape[0];
  dims[1] = (hsize_t)pi->shape[1];
}

/* ---- writing attributes and datasets -------------------------------------- */

static hid_t at__vlen_str_type(void) {
  hid_t t = H5Tcopy(H5T_C_S1);
  if (t < 0) return t;
  if (H5Tset_size(t, H5T_VARIABLE) < 0 || H5Tset_cset(t, H5T_CSET_UTF8) < 0) {
    H5Tclose(t);
    return -1;
  }
  return t;
}

/* A fixed-length UTF-8 string type of n bytes (the text and its NUL). Since
 * format_version 2 every string is written this way: a variable-length string
 * lives in HDF5's global heap, which HDF5 1.10.8 reads without checking (a
 * corrupt heap overflows a buffer in H5HG_read or hangs; docs/reliability.md). */
static hid_t at__fixed_str_type(size_t n) {
  hid_t t = H5Tcopy(H5T_C_S1);
  if (t < 0) return t;
  if (H5Tset_size(t, n) < 0 || H5Tset_cset(t, H5T_CSET_UTF8) < 0 || H5Tset_strpad(t, H5T_STR_NULLTERM) < 0) {
    H5Tclose(t);
    return -1;
  }
  return t;
}

/* Scalar attribute `name` on obj with file type ftype from *val (memory type mtype). */
static at_status at__attr_write(hid_t obj, const char *name, hid_t ftype, hid_t mtype, const void *val,
                                const char *file) {
  hid_t sp = H5Screate(H5S_SCALAR);
  hid_t a = sp < 0 ? -1 : H5Acreate2(obj, name, ftype, sp, H5P_DEFAULT, H5P_DEFAULT);
  herr_t w = a < 0 ? -1 : H5Awrite(a, mtype, val);
  at_status s = w < 0 ? at__h5_fail(AT_ERR_IO, file, "writing attribute", name) : AT_OK;
  at__close(a);
  at__close(sp);
  return s;
}

static at_status at__attr_str(hid_t obj, const char *name, const char *text, const char *file) {
  hid_t t = at__fixed_str_type(strlen(text) + 1);
  if (t < 0) return at__h5_fail(AT_ERR_INTERNAL, file, "string type for", name);
  at_status s = at__attr_write(obj, name, t, t, text, file);
  H5Tclose(t);
  return s;
}

static at_status at__attr_i64(hid_t obj, const char *name, int64_t v, const char *file) {
  return at__attr_write(obj, name, H5T_STD_I64LE, H5T_NATIVE_INT64, &v, file);
}

/* Group with creation order tracked for links and attributes (so loading
 * returns parameters and state in the order they were written). */
static hid_t at__group_create(hid_t parent, const char *name) {
  hid_t gcpl = H5Pcreate(H5P_GROUP_CREATE);
  if (gcpl < 0) return -1;
  hid_t g = -1;
  if (H5Pset_link_creation_order(gcpl, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED) >= 0 &&
      H5Pset_attr_creation_order(gcpl, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED) >= 0)
    g = H5Gcreate2(parent, name, H5P_DEFAULT, gcpl, H5P_DEFAULT);
  H5Pclose(gcpl);
  return g;
}

/* Opens (creating as needed) the group holding dataset `name` ("a/b/c" ->
 * group a/b under base); *leaf points at "c". Names with empty or "."
 * components are refused. */
static at_status at__parent_group(hid_t base, const char *name, hid_t *out, const char **leaf, const char *file) {
  char part[128];
  hid_t g = H5Gopen2(base, ".", H5P_DEFAULT);
  if (g < 0) return at__h5_fail(AT_ERR_IO, file, "opening group for", name);
  const char *p = name;
  for (;;) {
    const char *slash = strchr(p, '/');
    size_t n = slash ? (size_t)(slash - p) : strlen(p);
    if (n == 0 || n >= sizeof part || (n == 1 && p[0] == '.') || (n == 2 && !strncmp(p, "..", 2))) {
      H5Gclose(g);
      return at_fail(AT_ERR_INVALID_ARG, "%s: bad dataset name '%s'", file, name);
    }
    if (!slash) break;
    memcpy(part, p, n);
    part[n] = '\0';
    htri_t ex = H5Lexists(g, part, H5P_DEFAULT);
    hid_t child = ex > 0 ? H5Gopen2(g, part, H5P_DEFAULT) : ex == 0 ? at__group_create(g, part) : -1;
    H5Gclose(g);
    if (child < 0) return at__h5_fail(AT_ERR_IO, file, "creating groups for", name);
    g = child;
    p = slash + 1;
  }
  *out = g;
  *leaf = p;
  return AT_OK;
}

/* Dataset base/name of the given rank and dims from data (memory type mtype). */
static at_status at__dset_write(hid_t base, const char *name, hid_t ftype, hid_t mtype, int rank,
                                const hsize_t *dims, const void *data, const char *file) {
  hid_t g = -1;
  const char *leaf = NULL;
  at_status s = at__parent_group(base, name, &g, &leaf, file);
  if (s != AT_OK) return s;
  hid_t sp = H5Screate_simple(rank, dims, NULL);
  hid_t d = sp < 0 ? -1 : H5Dcreate2(g, leaf, ftype, sp, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  herr_t w = d < 0 ? -1 : H5Dwrite(d, mtype, H5S_ALL, H5S_ALL, H5P_DEFAULT, data);
  if (w < 0) s = at__h5_fail(AT_ERR_IO, file, "writing dataset", name);
  at__close(d);
  at__close(sp);
  at__close(g);
  return s;
}

/* ---- writing the sections --------------------------------------------------- */

enum { AT__CK_INT, AT__CK_FLOAT, AT__CK_BOOL, AT__CK_ENUM };
#define AT__CK_KIND_INT AT__CK_INT
#define AT__CK_KIND_FLOAT AT__CK_FLOAT
#define AT__CK_KIND_BOOL AT__CK_BOOL
#define AT__CK_KIND_ENUM(t) AT__CK_ENUM
#define AT__CK_FIELD(kind, name, def, help) {#name, AT__CK_KIND_##kind},
static const struct {
  const char *name;
  int kind;
} at__ck_fields[] = {AT_MODEL_CONFIG_FIELDS(AT__CK_FIELD)};
#undef AT__CK_FIELD
#define AT__CK_NFIELDS ((int)(sizeof at__ck_fields / sizeof at__ck_fields[0]))

static at_status at__write_root(hid_t f, int version, const char *file) {
  char created[32];
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  strftime(created, sizeof created, "%Y-%m-%dT%H:%M:%SZ", &tm);
  at_status s = at__attr_str(f, "format", AT_CHECKPOINT_FORMAT, file);
  if (s == AT_OK) s = at__attr_i64(f, "format_version", version, file);
  if (s == AT_OK) s = at__attr_str(f, "toolkit_version", at_version(), file);
  if (s == AT_OK) s = at__attr_str(f, "created", created, file);
  return s;
}

/* One typed attribute for config field i: ints and bools int64, floats
 * float64, enums their name as a string (text from at_model_config_get). */
static at_status at__write_config_field(hid_t g, const at_model_config *cfg, int i, const char *file) {
  char text[128];
  const char *name = at__ck_fields[i].name;
  at_status s = at_model_config_get(cfg, name, text, sizeof text);
  if (s != AT_OK) return at_fail_context(s, "%s: /config/%s", file, name);
  switch (at__ck_fields[i].kind) {
  case AT__CK_INT: return at__attr_i64(g, name, strtoll(text, NULL, 10), file);
  case AT__CK_BOOL: return at__attr_i64(g, name, !strcmp(text, "true") || !strcmp(text, "1"), file);
  case AT__CK_FLOAT: {
    double v = strtod(text, NULL);
    return at__attr_write(g, name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, &v, file);
  }
  default: return at__attr_str(g, name, text, file);
  }
}

static at_status at__write_config(hid_t f, const at_checkpoint *ck, const char *file) {
  hid_t g = at__group_create(f, "config");
  if (g < 0) return at__h5_fail(AT_ERR_IO, file, "creating group", "/config");
  at_status s = AT_OK;
  for (int i = 0; i < AT__CK_NFIELDS && s == AT_OK; i++) s = at__write_config_field(g, &ck->config, i, file);
  if (s == AT_OK) s = at__attr_str(g, "run_config", ck->run_config ? ck->run_config : "", file);
  H5Gclose(g);
  return s;
}

static at_status at__write_blob(hid_t g, const char *name, const void *data, size_t n, const char *file) {
  if (!data) return AT_OK;
  hsize_t dims[1] = {(hsize_t)n};
  return at__dset_write(g, name, H5T_STD_U8LE, H5T_NATIVE_UCHAR, 1, dims, data, file);
}

static at_status at__write_tokenizers(hid_t f, const at_checkpoint *ck, const char *file) {
  hid_t g = at__group_create(f, "tokenizer");
  if (g < 0) return at__h5_fail(AT_ERR_IO, file, "creating group", "/tokenizer");
  at_status s = at__write_blob(g, "src", ck->spm_src, ck->spm_src_size, file);
  if (s == AT_OK) s = at__write_blob(g, "tgt", ck->spm_tgt, ck->spm_tgt_size, file);
  H5Gclose(g);
  return s;
}

/* Every parameter of p, values from data (p->total), as datasets under group
 * `path` in layout order (a loaded checkpoint's layout is the file's creation
 * order); those q holds (q NULL: none) as int8, with their row scales under
 * /params_scale. */
static at_status at__write_arrays_q(hid_t f, const char *path, const at_params *p, const float *data,
                                    const at_qparams *q, const char *file) {
  hid_t g = at__group_create(f, path), gs = -1;
  if (g < 0) return at__h5_fail(AT_ERR_IO, file, "creating group", path);
  at_status s = AT_OK;
  if (q && (gs = at__group_create(f, "params_scale")) < 0) s = at__h5_fail(AT_ERR_IO, file, "creating group", "/params_scale");
  for (int i = 0; i < p->count && s == AT_OK; i++) {
    const at_param_info *pi = &p->info[i];
    hsize_t dims[2];
    at__param_dims(pi, dims);
    if (q && i < q->count && q->q[i]) {
      s = at__dset_write(g, pi->name, H5T_STD_I8LE, H5T_NATIVE_INT8, 2, dims, q->q[i], file);
      if (s == AT_OK) s = at__dset_write(gs, pi->name, H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, 1, dims, q->scale[i], file);
    } else
      s = at__dset_write(g, pi->name, H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, pi->ndim, dims, data + pi->offset, file);
  }
  at__close(gs);
  H5Gclose(g);
  return s;
}

static at_status at__write_arrays(hid_t f, const char *path, const at_params *p, const float *data, const char *file) {
  return at__write_arrays_q(f, path, p, data, NULL, file);
}

static at_status at__write_optimizer(hid_t f, const at_checkpoint *ck, const char *file) {
  hid_t g = at__group_create(f, "optimizer");
  if (g < 0) return at__h5_fail(AT_ERR_IO, file, "creating group", "/optimizer");
  at_status s = AT_OK;
  for (int k = 0; k < ck->n_slots && s == AT_OK; k++) s = at__write_arrays(g, ck->slot_names[k], ck->params, ck->slots[k], file);
  H5Gclose(g);
  return s;
}

static at_status at__write_state(hid_t f, const at_checkpoint *ck, const char *file) {
  hid_t g = at__group_create(f, "train_state");
  if (g < 0) return at__h5_fail(AT_ERR_IO, file, "creating group", "/train_state");
  at_status s = AT_OK;
  for (int i = 0; i < ck->n_state && s == AT_OK; i++) {
    const at_ckpt_value *v = &ck->state[i];
    if (v->type == AT_CKPT_I64) s = at__attr_i64(g, v->name, v->v.i, file);
    else if (v->type == AT_CKPT_U64) s = at__attr_write(g, v->name, H5T_STD_U64LE, H5T_NATIVE_UINT64, &v->v.u, file);
    else s = at__attr_write(g, v->name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, &v->v.f, file);
  }
  H5Gclose(g);
  return s;
}

/* A guess at the file's size (arrays, tokenizers, metadata), so that the core
 * driver below usually allocates once. */
static size_t at__size_guess(const at_checkpoint *ck) {
  size_t arrays = (size_t)ck->params->total * sizeof(float) * (size_t)(1 + ck->n_slots);
  size_t meta = (size_t)64 * 1024 + (size_t)2048 * (size_t)ck->params->count * (size_t)(1 + ck->n_slots);
  return arrays + ck->spm_src_size + ck->spm_tgt_size + meta;
}

/* Builds the whole checkpoint as an HDF5 file in memory (the core driver, no
 * backing store) and returns a copy of its image in *img (malloc'd, *n bytes).
 * HDF5 never writes to disk here: a full disk or a file size limit can only
 * fail our own write(2) in at__write_image, so HDF5 never sees a failed write
 * (with the sec2 driver, a failed write made H5Fclose fail and leave the file
 * half-closed, and HDF5 crashed on it when the library shut down at exit).
 * `name` is the file's name for HDF5 only; messages name `file`. */
static at_status at__build_image(const char *name, const at_checkpoint *ck, const char *file, void **img, size_t *n) {
  *img = NULL;
  *n = 0;
  hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
  if (fapl < 0 || H5Pset_fapl_core(fapl, at__size_guess(ck), 0) < 0 || H5Pset_fclose_degree(fapl, H5F_CLOSE_SEMI) < 0) {
    at__close(fapl);
    return at__h5_fail(AT_ERR_INTERNAL, file, "file access property list for", name);
  }
  hid_t f = H5Fcreate(name, H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
  H5Pclose(fapl);
  if (f < 0) return at__h5_fail(AT_ERR_IO, file, "creating in memory", name);
  at_status s = at__write_root(f, ck->quant ? AT_CHECKPOINT_VERSION_INT8 : AT_CHECKPOINT_VERSION, file);
  if (s == AT_OK) s = at__write_config(f, ck, file);
  if (s == AT_OK) s = at__write_tokenizers(f, ck, file);
  if (s == AT_OK) s = at__write_arrays_q(f, "params", ck->params, ck->params->data, ck->quant, file);
  if (s == AT_OK) s = at__write_optimizer(f, ck, file);
  if (s == AT_OK) s = at__write_state(f, ck, file);
  if (s == AT_OK && H5Fflush(f, H5F_SCOPE_GLOBAL) < 0) s = at__h5_fail(AT_ERR_IO, file, "flushing", name);
  ssize_t len = s == AT_OK ? H5Fget_file_image(f, NULL, 0) : -1;
  if (s == AT_OK && len <= 0) s = at__h5_fail(AT_ERR_INTERNAL, file, "file image of", name);
  if (s == AT_OK && !(*img = at_malloc((size_t)len)))
    s = at_fail(AT_ERR_NOMEM, "%s: %lld bytes for the file image", file, (long long)len);
  if (s == AT_OK && H5Fget_file_image(f, *img, (size_t)len) != len) s = at__h5_fail(AT_ERR_INTERNAL, file, "file image of", name);
  /* In memory, closing does no I/O; it only fails when HDF5 itself is broken. */
  if (H5Fclose(f) < 0 && s == AT_OK) s = at__h5_fail(AT_ERR_INTERNAL, file, "closing", name);
  if (s != AT_OK) {
    at_free(*img);
    *img = NULL;
    return s;
  }
  *n = (size_t)len;
  return AT_OK;
}

/* Writes n bytes of img into a new file tmp and fsyncs it. On failure the
 * message names `file`, tmp and errno's reason (ENOSPC, EFBIG, EDQUOT, EIO);
 * the caller removes tmp. */
static at_status at__write_image(const char *tmp, const void *img, size_t n, const char *file) {
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return at_fail(AT_ERR_IO, "%s: creating %s: %s", file, tmp, strerror(errno));
  const unsigned char *p = img;
  size_t done = 0;
  int e = 0;
  const char *what = "writing";
  while (done < n && !e) {
    size_t chunk = n - done < ((size_t)1 << 30) ? n - done : ((size_t)1 << 30);
    ssize_t w = write(fd, p + done, chunk);
    if (w > 0) done += (size_t)w;
    else if (w < 0 && errno == EINTR) continue;
    else e = w < 0 ? errno : ENOSPC; /* write returning 0 for a regular file: no room */
  }
  if (!e && fsync(fd) != 0) {
    e = errno;
    what = "fsync of";
  }
  if (close(fd) != 0 && !e) {
    e = errno;
    what = "closing";
  }
  if (e)
    return at_fail(AT_ERR_IO, "%s: %s %s failed after %zu of %zu bytes: %s", file, what, tmp, done, n, strerror(e));
  return AT_OK;
}

/* fsync of a file or directory. */
static at_status at__fsync_path(const char *path, int dir) {
  int fd = open(path, dir ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  int r = fsync(fd);
  int e = errno;
  close(fd);
  if (r != 0 && !(dir && (e == EINVAL || e == EBADF)))
    return at_fail(AT_ERR_IO, "%s: fsync: %s", path, strerror(e));
  return AT_OK;
}

static at_status at__fsync_dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return at__fsync_path(".", 1);
  if (slash == path) return at__fsync_path("/", 1);
  size_t n = (size_t)(slash - path);
  char *dir = at_malloc(n + 1);
  if (!dir) return at_fail(AT_ERR_NOMEM, "%s: directory name", path);
  memcpy(dir, path, n);
  dir[n] = '\0';
  at_status s = at__fsync_path(dir, 1);
  at_free(dir);
  return s;
}

static int at__name_ok(const char *s, size_t max) {
  size_t n = s ? strlen(s) : 0;
  return n > 0 && n < max && !strchr(s, '/') && strcmp(s, ".") != 0;
}

static at_status at__check_for_save(const char *path, const at_checkpoint *ck) {
  if (!path || !ck || !ck->params || !ck->params->data)
    return at_fail(AT_ERR_INVALID_ARG, "%s: checkpoint without parameter data", path ? path : "(null)");
  if (ck->n_slots < 0 || ck->n_slots > AT_CKPT_MAX_SLOTS || ck->n_state < 0 || ck->n_state > AT_CKPT_MAX_STATE)
    return at_fail(AT_ERR_INVALID_ARG, "%s: bad slot or state count", path);
  for (int k = 0; k < ck->n_slots; k++)
    if (!ck->slots[k] || !at__name_ok(ck->slot_names[k], sizeof ck->slot_names[k]))
      return at_fail(AT_ERR_INVALID_ARG, "%s: optimizer slot %d: bad name or no data", path, k);
  for (int i = 0; i < ck->n_state; i++)
    if (!at__name_ok(ck->state[i].name, AT_CKPT_NAME_MAX))
      return at_fail(AT_ERR_INVALID_ARG, "%s: training state %d: bad name", path, i);
  return AT_OK;
}

at_status at_checkpoint_save(const char *path, const at_checkpoint *ck) {
  at__h5_quiet();
  at_status s = at__check_for_save(path, ck);
  if (s != AT_OK) return s;
  size_t n = strlen(path) + 32;
  char *tmp = at_malloc(n);
  if (!tmp) return at_fail(AT_ERR_NOMEM, "%s: temporary name", path);
  snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid());
  void *img = NULL;
  size_t len = 0;
  s = at__build_image(tmp, ck, path, &img, &len);
  int created = 0;
  if (s == AT_OK) {
    created = 1;
    s = at__write_image(tmp, img, len, path);
  }
  at_free(img);
  if (s == AT_OK && rename(tmp, path) != 0) s = at_fail(AT_ERR_IO, "%s: rename from %s: %s", path, tmp, strerror(errno));
  if (s != AT_OK && created) unlink(tmp);
  at_free(tmp);
  return s == AT_OK ? at__fsync_dir_of(path) : s;
}

/* ---- reading attributes ---------------------------------------------------- */

/* Longest fixed-length string attribute read (attend's longest is the run
 * config YAML, a few KB). */
#define AT__STR_MAX ((size_t)16 << 20)

/* String attribute as a malloc'd copy: fixed length always, variable length
 * only when vlen_ok (format_version 1 files, which attend wrote that way). A
 * variable-length string in a newer file is refused without reading it, so
 * HDF5 never reads the global heap of such a file (see at__fixed_str_type). */
static at_status at__attr_read_str(hid_t obj, const char *name, char **out, const char *file, const char *where,
                                   int vlen_ok) {
  at_status s = AT_OK;
  hid_t a = H5Aopen(obj, name, H5P_DEFAULT);
  if (a < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "reading attribute", where);
  hid_t ft = H5Aget_type(a), mt = -1, sp = H5Aget_space(a);
  *out = NULL;
  if (ft < 0 || H5Tget_class(ft) != H5T_STRING) {
    s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s is not a string", file, where);
  } else if (sp < 0 || H5Sget_simple_extent_npoints(sp) != 1) {
    /* H5Aread would write every element into room for one */
    s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s is not a single string", file, where);
  } else if (H5Tis_variable_str(ft) > 0 && !vlen_ok) {
    s = at_fail(AT_ERR_CHECKPOINT,
                "%s: attribute %s is a variable-length string; format_version %d files have fixed-length strings only "
                "(variable-length ones are not read: HDF5 reads their global heap unchecked)",
                file, where, AT_CHECKPOINT_VERSION);
  } else if (H5Tis_variable_str(ft) > 0) {
    char *v = NULL;
    mt = at__vlen_str_type();
    if (mt < 0 || H5Tset_cset(mt, H5Tget_cset(ft)) < 0 || H5Aread(a, mt, &v) < 0)
      s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading attribute", where);
    else if (!(*out = at_strdup(v ? v : ""))) s = at_fail(AT_ERR_NOMEM, "%s: %s", file, where);
    if (v) H5free_memory(v);
  } else {
    size_t n = H5Tget_size(ft);
    mt = H5Tcopy(H5T_C_S1);
    *out = n == 0 || n > AT__STR_MAX ? NULL : at_calloc(n + 1, 1);
    if (n == 0 || n > AT__STR_MAX)
      s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s: a string of %zu bytes (at most %zu)", file, where, n, AT__STR_MAX);
    else if (!*out) s = at_fail(AT_ERR_NOMEM, "%s: %s", file, where);
    else if (mt < 0 || H5Tset_size(mt, n + 1) < 0 || H5Tset_strpad(mt, H5T_STR_NULLTERM) < 0 ||
             H5Tset_cset(mt, H5Tget_cset(ft)) < 0 || H5Aread(a, mt, *out) < 0)
      s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading attribute", where);
  }
  if (s != AT_OK) at_free(*out), *out = NULL;
  at__close(mt);
  at__close(sp);
  at__close(ft);
  H5Aclose(a);
  return s;
}

/* String attribute copied into buf (truncated to size). */
static at_status at__attr_read_buf(hid_t obj, const char *name, char *buf, size_t size, const char *file,
                                   const char *where, int vlen_ok) {
  char *v = NULL;
  at_status s = at__attr_read_str(obj, name, &v, file, where, vlen_ok);
  if (s == AT_OK) snprintf(buf, size, "%s", v);
  at_free(v);
  return s;
}

/* A numeric scalar attribute: its class (H5T_INTEGER / H5T_FLOAT / ...),
 * signedness and value converted to the three types. */
typedef struct {
  H5T_class_t cls;
  int is_signed;
  int64_t i;
  uint64_t u;
  double f;
} at__num;

static at_status at__attr_read_num(hid_t a, at__num *v, const char *file, const char *where) {
  memset(v, 0, sizeof *v);
  hid_t ft = H5Aget_type(a), sp = H5Aget_space(a);
  at_status s = AT_OK;
  if (ft < 0 || sp < 0 || H5Sget_simple_extent_npoints(sp) != 1) {
    s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s is not a single value", file, where);
  } else {
    v->cls = H5Tget_class(ft);
    v->is_signed = v->cls == H5T_INTEGER && H5Tget_sign(ft) == H5T_SGN_2;
    herr_t r = 0;
    if (v->cls == H5T_INTEGER && v->is_signed) r = H5Aread(a, H5T_NATIVE_INT64, &v->i), v->u = (uint64_t)v->i, v->f = (double)v->i;
    else if (v->cls == H5T_INTEGER) r = H5Aread(a, H5T_NATIVE_UINT64, &v->u), v->i = (int64_t)v->u, v->f = (double)v->u;
    else if (v->cls == H5T_FLOAT) r = H5Aread(a, H5T_NATIVE_DOUBLE, &v->f);
    if (r < 0) s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading attribute", where);
  }
  at__close(ft);
  at__close(sp);
  return s;
}

/* ---- opening and checking the file ------------------------------------------ */

static at_status at__open(const char *path, hid_t *out) {
  struct stat st;
  if (!path) return at_fail(AT_ERR_INVALID_ARG, "checkpoint path is NULL");
  if (stat(path, &st) != 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  if (S_ISDIR(st.st_mode)) return at_fail(AT_ERR_IO, "%s: is a directory", path);
  /* HDF5 seeks: a FIFO gave its internal "Illegal seek" dump, and a FIFO with
   * no writer blocked in H5Fis_hdf5 */
  if (!S_ISREG(st.st_mode))
    return at_fail(AT_ERR_IO, "%s: not a regular file (%s): a checkpoint must be a file", path,
                   S_ISFIFO(st.st_mode) ? "a FIFO or pipe" : "a device or socket");
  at__h5_quiet();
  htri_t is = H5Fis_hdf5(path);
  hid_t f = is > 0 ? H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT) : -1;
  if (f < 0) {
    const char *why = at__h5_reason();
    if (is < 0 && access(path, R_OK) != 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
    return at_fail(AT_ERR_CHECKPOINT, "%s: not an HDF5 file or truncated%s%s%s", path, *why ? " (HDF5: " : "", why,
                   *why ? ")" : "");
  }
  *out = f;
  return AT_OK;
}

/* Opens n bytes at buf (a whole checkpoint file) read-only with the core
 * driver, no backing store: nothing touches the disk. HDF5 copies the image.
 * `name` names the file in messages. HDF5 itself is given a name that cannot
 * exist (the core driver refuses an image whose name is an existing file).
 * The errors are those of at__open for a file with these bytes. */
static at_status at__open_image(const void *buf, size_t n, const char *name, hid_t *out) {
  if (!buf && n) return at_fail(AT_ERR_INVALID_ARG, "%s: file image is NULL", name);
  if (n == 0) return at_fail(AT_ERR_CHECKPOINT, "%s: not an HDF5 file or truncated (empty)", name);
  at__h5_quiet();
  hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
  if (fapl < 0 || H5Pset_fapl_core(fapl, 1 << 16, 0) < 0 || H5Pset_file_image(fapl, (void *)buf, n) < 0) {
    at__close(fapl);
    return at__h5_fail(AT_ERR_INTERNAL, name, "file access property list for", "the file image");
  }
  hid_t f = H5Fopen("/dev/null/attend-file-image", H5F_ACC_RDONLY, fapl);
  const char *why = f < 0 ? at__h5_reason() : ""; /* before H5Pclose clears the error stack */
  H5Pclose(fapl);
  if (f < 0) {
    return at_fail(AT_ERR_CHECKPOINT, "%s: not an HDF5 file or truncated%s%s%s", name, *why ? " (HDF5: " : "", why,
                   *why ? ")" : "");
  }
  *out = f;
  return AT_OK;
}

/* 1 when attribute name of obj is a variable-length string (its type alone
 * says so; nothing is read). */
static int at__attr_is_vlen(hid_t obj, const char *name) {
  hid_t a = H5Aopen(obj, name, H5P_DEFAULT);
  hid_t t = a < 0 ? -1 : H5Aget_type(a);
  int v = t >= 0 && H5Tget_class(t) == H5T_STRING && H5Tis_variable_str(t) > 0;
  at__close(t);
  at__close(a);
  H5Eclear2(H5E_DEFAULT);
  return v;
}

/* Checks format and format_version; fills the file's identity into ck.
 * format_version is read first (an integer): it decides whether strings may
 * be variable-length (version 1) or not (version 2). The format name of a
 * file of an unknown version is compared only when it is a fixed-length
 * string. */
static at_status at__read_root(hid_t f, at_checkpoint *ck, const char *file) {
  char fmt[64];
  if (H5Aexists(f, "format") <= 0)
    return at_fail(AT_ERR_CHECKPOINT, "%s: not an attend checkpoint (no 'format' attribute)", file);
  at__num v = {0};
  int has_version = H5Aexists(f, "format_version") > 0;
  at_status s = AT_OK;
  if (has_version) {
    hid_t a = H5Aopen(f, "format_version", H5P_DEFAULT);
    if (a < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening attribute", "/format_version");
    s = at__attr_read_num(a, &v, file, "/format_version");
    H5Aclose(a);
    if (s != AT_OK) return s;
  }
  int known = has_version && v.cls == H5T_INTEGER && v.i >= AT_CHECKPOINT_VERSION_MIN && v.i <= AT_CHECKPOINT_VERSION_MAX;
  int vlen_ok = known && v.i == 1;
  if (known || !at__attr_is_vlen(f, "format")) {
    s = at__attr_read_buf(f, "format", fmt, sizeof fmt, file, "/format", vlen_ok);
    if (s != AT_OK) return s;
    if (strcmp(fmt, AT_CHECKPOINT_FORMAT) != 0)
      return at_fail(AT_ERR_VERSION, "%s: format is '%s', expected '%s'", file, fmt, AT_CHECKPOINT_FORMAT);
  }
  if (!has_version) return at_fail(AT_ERR_VERSION, "%s: no format_version attribute", file);
  if (!known)
    return at_fail(AT_ERR_VERSION, "%s: format_version %lld is not supported (this attend reads versions %d to %d)",
                   file, v.cls == H5T_INTEGER ? (long long)v.i : -1LL, AT_CHECKPOINT_VERSION_MIN,
                   AT_CHECKPOINT_VERSION_MAX);
  ck->format_version = (int)v.i;
  if (H5Aexists(f, "toolkit_version") > 0)
    s = at__attr_read_buf(f, "toolkit_version", ck->toolkit_version, sizeof ck->toolkit_version, file,
                          "/toolkit_version", vlen_ok);
  if (s == AT_OK && H5Aexists(f, "created") > 0)
    s = at__attr_read_buf(f, "created", ck->created, sizeof ck->created, file, "/created", vlen_ok);
  return s;
}

/* ---- reading /config ---------------------------------------------------------- */

typedef struct {
  at_checkpoint *ck;
  const char *file;
  at_status s;
} at__cfg_ctx;

/* The kind (AT__CK_INT, ...) of config field name, or -1 when there is none. */
static int at__ck_kind(const char *name) {
  for (int i = 0; i < AT__CK_NFIELDS; i++)
    if (!strcmp(at__ck_fields[i].name, name)) return at__ck_fields[i].kind;
  return -1;
}

static const char *at__class_name(H5T_class_t c) {
  switch (c) {
  case H5T_INTEGER: return "an integer";
  case H5T_FLOAT: return "a float";
  case H5T_TIME: return "a time";
  case H5T_STRING: return "a string";
  case H5T_BITFIELD: return "a bitfield";
  case H5T_OPAQUE: return "opaque";
  case H5T_COMPOUND: return "a compound";
  case H5T_REFERENCE: return "a reference";
  case H5T_ENUM: return "an enum";
  case H5T_VLEN: return "a variable-length sequence";
  case H5T_ARRAY: return "an array";
  default: return "of no known HDF5 class";
  }
}

/* A bool as h5py writes one: an enum over an integer with exactly the two
 * members FALSE and TRUE (any case). *v = 1 for TRUE, 0 for FALSE. Anything
 * else fails naming the attribute. */
static at_status at__attr_read_bool_enum(hid_t a, hid_t ft, int *v, const char *file, const char *where) {
  at_status s = AT_OK;
  hid_t mt = H5Tget_native_type(ft, H5T_DIR_ASCEND), sp = H5Aget_space(a);
  unsigned char buf[16];
  char name[16];
  int n = H5Tget_nmembers(ft), has_false = 0, has_true = 0;
  for (int i = 0; i < n && n == 2; i++) {
    char *m = H5Tget_member_name(ft, (unsigned)i);
    if (m && !strcasecmp(m, "FALSE")) has_false = 1;
    if (m && !strcasecmp(m, "TRUE")) has_true = 1;
    if (m) H5free_memory(m);
  }
  if (n != 2 || !has_false || !has_true)
    s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s is an enum that is not a boolean (members FALSE and TRUE)", file,
                where);
  else if (mt < 0 || sp < 0 || H5Sget_simple_extent_npoints(sp) != 1 || H5Tget_size(mt) > sizeof buf)
    s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s is not a single boolean", file, where);
  else if (H5Aread(a, mt, buf) < 0)
    s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading attribute", where);
  else if (H5Tenum_nameof(mt, buf, name, sizeof name) < 0) {
    at__h5_reason();
    s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s: boolean enum value is neither FALSE nor TRUE", file, where);
  } else
    *v = !strcasecmp(name, "TRUE");
  at__close(mt);
  at__close(sp);
  return s;
}

/* One /config attribute as text for at_model_config_set, for a field of the
 * given kind. Accepted: strings (any field), integers of any size (int, bool
 * and float fields), floats (float fields, and int or bool fields when the
 * value is integral), h5py's FALSE/TRUE enum (bool fields). Everything else
 * (compound, array, opaque, other enums, ...) fails naming the attribute. */
static at_status at__config_attr_text(hid_t g, const char *name, int kind, char *text, size_t size, const char *file,
                                      const char *where, int vlen_ok) {
  hid_t a = H5Aopen(g, name, H5P_DEFAULT);
  if (a < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening attribute", where);
  hid_t ft = H5Aget_type(a);
  H5T_class_t cls = ft < 0 ? H5T_NO_CLASS : H5Tget_class(ft);
  at_status s = AT_OK;
  char *str = NULL;
  at__num v;
  int b = 0;
  if (cls == H5T_STRING) {
    s = at__attr_read_str(g, name, &str, file, where, vlen_ok);
    if (s == AT_OK) snprintf(text, size, "%s", str);
    at_free(str);
  } else if (cls == H5T_ENUM && kind == AT__CK_BOOL) {
    s = at__attr_read_bool_enum(a, ft, &b, file, where);
    if (s == AT_OK) snprintf(text, size, "%s", b ? "true" : "false");
  } else if ((cls == H5T_INTEGER && kind != AT__CK_ENUM) || (cls == H5T_FLOAT && kind != AT__CK_ENUM)) {
    s = at__attr_read_num(a, &v, file, where);
    if (s != AT_OK) {
    } else if (cls == H5T_INTEGER && v.is_signed) {
      snprintf(text, size, "%lld", (long long)v.i);
    } else if (cls == H5T_INTEGER) {
      snprintf(text, size, "%llu", (unsigned long long)v.u);
    } else if (kind == AT__CK_FLOAT) {
      snprintf(text, size, "%.17g", v.f);
    } else if (!(v.f == v.f && v.f >= INT_MIN && v.f <= INT_MAX && v.f == (double)(long long)v.f)) {
      s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s is the float %.17g, expected an integer", file, where, v.f);
    } else {
      snprintf(text, size, "%lld", (long long)v.f);
    }
  } else {
    static const char *const want[] = {"an integer", "a float", "a boolean", "a string"};
    s = at_fail(AT_ERR_CHECKPOINT, "%s: attribute %s is %s, expected %s", file, where, at__class_name(cls),
                want[kind]);
  }
  at__close(ft);
  H5Aclose(a);
  return s;
}

/* One /config attribute -> text -> at_model_config_set. */
static herr_t at__config_attr_cb(hid_t g, const char *name, const H5A_info_t *info, void *data) {
  (void)info;
  at__cfg_ctx *c = data;
  char where[160], text[64];
  snprintf(where, sizeof where, "/config/%s", name);
  if (!strcmp(name, "run_config")) {
    c->s = at__attr_read_str(g, name, &c->ck->run_config, c->file, where, c->ck->format_version == 1);
    return c->s == AT_OK ? 0 : -1;
  }
  int kind = at__ck_kind(name);
  if (kind < 0) {
    c->s = at_fail(AT_ERR_CHECKPOINT, "%s: %s: unknown model config field (written by a newer attend?)", c->file, where);
    return -1;
  }
  c->s = at__config_attr_text(g, name, kind, text, sizeof text, c->file, where, c->ck->format_version == 1);
  if (c->s != AT_OK) return -1;
  at_status s = at_model_config_set(&c->ck->config, name, text);
  if (s != AT_OK) c->s = at_fail_context(AT_ERR_CHECKPOINT, "%s: %s", c->file, where);
  return c->s == AT_OK ? 0 : -1;
}

/* Iterates attributes in creation order when the object tracks it, else by name. */
static herr_t at__attr_iterate(hid_t obj, H5A_operator2_t cb, void *data) {
  hsize_t idx = 0;
  hid_t gcpl = H5Gget_create_plist(obj);
  unsigned flags = 0;
  if (gcpl >= 0) {
    if (H5Pget_attr_creation_order(gcpl, &flags) < 0) flags = 0;
    H5Pclose(gcpl);
  }
  H5_index_t by = (flags & H5P_CRT_ORDER_INDEXED) ? H5_INDEX_CRT_ORDER : H5_INDEX_NAME;
  return H5Aiterate2(obj, by, H5_ITER_INC, &idx, cb, data);
}

static at_status at__read_config(hid_t f, at_checkpoint *ck, const char *file) {
  hid_t g = H5Gopen2(f, "config", H5P_DEFAULT);
  if (g < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening group", "/config");
  at__cfg_ctx c = {ck, file, AT_OK};
  herr_t r = at__attr_iterate(g, at__config_attr_cb, &c);
  H5Gclose(g);
  if (c.s != AT_OK) return c.s;
  if (r < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "reading attributes of", "/config");
  /* a config no model can be built from (out of range, bad combination) is a bad file */
  if (at_model_config_validate(&ck->config) != AT_OK) return at_fail_context(AT_ERR_CHECKPOINT, "%s: /config", file);
  return AT_OK;
}

/* ---- reading /tokenizer and /train_state -------------------------------------- */

/* Most bytes a tokenizer blob may declare: SentencePiece (protobuf) reads at
 * most 2 GiB, real models are a few MB. */
#define AT__BLOB_MAX ((hssize_t)1 << 30)

/* Bytes of dataset d the file holds: a dataset without filters (compression)
 * holds all of its n bytes; fewer (unwritten chunks, a corrupt size) is
 * refused before allocating for them (before the fix a 40 KB file declaring a
 * 12 GB tokenizer made the loader allocate 12 GB; found by fuzz_checkpoint). */
static int at__blob_stored(hid_t d, hssize_t n) {
  hid_t dcpl = H5Dget_create_plist(d);
  int nf = dcpl < 0 ? -1 : H5Pget_nfilters(dcpl);
  at__close(dcpl);
  if (nf < 0) return 0;
  return nf > 0 || H5Dget_storage_size(d) >= (hsize_t)n;
}

/* uint8 dataset g/name into a malloc'd buffer; absent -> NULL, 0. */
static at_status at__read_blob(hid_t g, const char *name, void **out, size_t *n, const char *file) {
  char where[64];
  snprintf(where, sizeof where, "/tokenizer/%s", name);
  *out = NULL;
  *n = 0;
  if (H5Lexists(g, name, H5P_DEFAULT) <= 0) return AT_OK;
  hid_t d = H5Dopen2(g, name, H5P_DEFAULT);
  if (d < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening dataset", where);
  hid_t ft = H5Dget_type(d), sp = H5Dget_space(d);
  at_status s = AT_OK;
  hssize_t cnt = sp < 0 ? -1 : H5Sget_simple_extent_npoints(sp);
  if (ft < 0 || cnt < 0 || H5Tget_class(ft) != H5T_INTEGER || H5Tget_size(ft) != 1 || H5Sget_simple_extent_ndims(sp) != 1) {
    s = at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s: expected a 1-D uint8 array", file, where);
  } else if (cnt > AT__BLOB_MAX || !at__blob_stored(d, cnt)) {
    H5Eclear2(H5E_DEFAULT);
    s = at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s: %lld bytes, %s", file, where, (long long)cnt,
                cnt > AT__BLOB_MAX ? "more than a tokenizer can have (1 GiB)" : "more than the file holds");
  } else if (!(*out = at_malloc((size_t)cnt + 1))) {
    s = at_fail(AT_ERR_NOMEM, "%s: %s: %lld bytes", file, where, (long long)cnt);
  } else if (cnt > 0 && H5Dread(d, H5T_NATIVE_UCHAR, H5S_ALL, H5S_ALL, H5P_DEFAULT, *out) < 0) {
    s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading dataset", where);
  } else {
    *n = (size_t)cnt;
  }
  if (s != AT_OK) at_free(*out), *out = NULL;
  at__close(ft);
  at__close(sp);
  H5Dclose(d);
  return s;
}

static at_status at__read_tokenizers(hid_t f, at_checkpoint *ck, const char *file) {
  if (H5Lexists(f, "tokenizer", H5P_DEFAULT) <= 0) return AT_OK;
  hid_t g = H5Gopen2(f, "tokenizer", H5P_DEFAULT);
  if (g < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening group", "/tokenizer");
  at_status s = at__read_blob(g, "src", &ck->spm_src, &ck->spm_src_size, file);
  if (s == AT_OK) s = at__read_blob(g, "tgt", &ck->spm_tgt, &ck->spm_tgt_size, file);
  H5Gclose(g);
  return s;
}

typedef struct {
  at_checkpoint *ck;
  const char *file;
  at_status s;
} at__state_ctx;

static herr_t at__state_attr_cb(hid_t g, const char *name, const H5A_info_t *info, void *data) {
  (void)info;
  at__state_ctx *c = data;
  char where[128];
  snprintf(where, sizeof where, "/train_state/%s", name);
  hid_t a = H5Aopen(g, name, H5P_DEFAULT);
  if (a < 0) return c->s = at__h5_fail(AT_ERR_CHECKPOINT, c->file, "opening attribute", where), -1;
  at__num v;
  c->s = at__attr_read_num(a, &v, c->file, where);
  H5Aclose(a);
  if (c->s != AT_OK) return -1;
  if (v.cls == H5T_INTEGER && v.is_signed) c->s = at_checkpoint_set_i64(c->ck, name, v.i);
  else if (v.cls == H5T_INTEGER) c->s = at_checkpoint_set_u64(c->ck, name, v.u);
  else if (v.cls == H5T_FLOAT) c->s = at_checkpoint_set_f64(c->ck, name, v.f);
  else c->s = at_fail(AT_ERR_CHECKPOINT, "%s: %s: expected an integer or a float", c->file, where);
  if (c->s != AT_OK) c->s = at_fail_context(AT_ERR_CHECKPOINT, "%s", c->file);
  return c->s == AT_OK ? 0 : -1;
}

static at_status at__read_state(hid_t f, at_checkpoint *ck, const char *file) {
  if (H5Lexists(f, "train_state", H5P_DEFAULT) <= 0) return AT_OK;
  hid_t g = H5Gopen2(f, "train_state", H5P_DEFAULT);
  if (g < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening group", "/train_state");
  at__state_ctx c = {ck, file, AT_OK};
  herr_t r = at__attr_iterate(g, at__state_attr_cb, &c);
  H5Gclose(g);
  if (c.s != AT_OK) return c.s;
  return r < 0 ? at__h5_fail(AT_ERR_CHECKPOINT, file, "reading attributes of", "/train_state") : AT_OK;
}

/* ---- listing and reading arrays ------------------------------------------------ */

/* One dataset found under an array group. */
typedef struct {
  char name[96];
  int rank;
  hsize_t dims[2];
  int is_f32, is_i8;
  int used;
} at__dset;

typedef struct {
  at__dset *d; /* (n) */
  int n, cap;
  const char *file, *base;
  at_status s;
} at__dset_list;

static herr_t at__list_cb(hid_t g, const char *name, const H5L_info_t *info, void *data) {
  at__dset_list *L = data;
  if (info->type != H5L_TYPE_HARD)
    return L->s = at_fail(AT_ERR_CHECKPOINT, "%s: %s/%s is a soft or external link", L->file, L->base, name), -1;
  hid_t o = H5Oopen(g, name, H5P_DEFAULT);
  if (o < 0) return L->s = at__h5_fail(AT_ERR_CHECKPOINT, L->file, "opening", name), -1;
  H5I_type_t t = H5Iget_type(o);
  if (t == H5I_GROUP) return H5Oclose(o), 0;
  if (t != H5I_DATASET || strlen(name) >= sizeof L->d[0].name) {
    H5Oclose(o);
    return L->s = at_fail(AT_ERR_CHECKPOINT, "%s: %s/%s: unexpected object or name too long", L->file, L->base, name), -1;
  }
  if (L->n == L->cap) {
    if (L->cap > INT_MAX / 2) return H5Oclose(o), L->s = at_fail(AT_ERR_CHECKPOINT, "%s: too many datasets", L->file), -1;
    int cap = L->cap ? 2 * L->cap : 64;
    at__dset *d = at_realloc(L->d, (size_t)cap * sizeof *d);
    if (!d) return H5Oclose(o), L->s = at_fail(AT_ERR_NOMEM, "%s: dataset list", L->file), -1;
    L->d = d, L->cap = cap;
  }
  at__dset *e = &L->d[L->n++];
  memset(e, 0, sizeof *e);
  strcpy(e->name, name);
  hid_t ft = H5Dget_type(o), sp = H5Dget_space(o);
  e->rank = sp < 0 ? -1 : H5Sget_simple_extent_ndims(sp);
  if (e->rank >= 1 && e->rank <= 2) H5Sget_simple_extent_dims(sp, e->dims, NULL);
  e->is_f32 = ft >= 0 && H5Tget_class(ft) == H5T_FLOAT && H5Tget_size(ft) == 4;
  e->is_i8 = ft >= 0 && H5Tget_class(ft) == H5T_INTEGER && H5Tget_size(ft) == 1 && H5Tget_sign(ft) == H5T_SGN_2;
  at__close(ft);
  at__close(sp);
  H5Oclose(o);
  return 0;
}

/* All datasets below group `base` of f (names relative to it), in creation order when tracked. */
static at_status at__list(hid_t f, const char *base, at__dset_list *L, const char *file) {
  memset(L, 0, sizeof *L);
  L->file = file;
  L->base = base;
  hid_t g = H5Gopen2(f, base, H5P_DEFAULT);
  if (g < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening group", base);
  herr_t r = H5Lvisit(g, H5_INDEX_CRT_ORDER, H5_ITER_INC, at__list_cb, L);
  if (r < 0 && L->s == AT_OK) {
    H5Eclear2(H5E_DEFAULT);
    L->n = 0;
    r = H5Lvisit(g, H5_INDEX_NAME, H5_ITER_INC, at__list_cb, L);
  }
  H5Gclose(g);
  if (L->s != AT_OK) return L->s;
  return r < 0 ? at__h5_fail(AT_ERR_CHECKPOINT, file, "listing group", base) : AT_OK;
}

static at__dset *at__list_find(at__dset_list *L, const char *name) {
  for (int i = 0; i < L->n; i++)
    if (!strcmp(L->d[i].name, name)) return &L->d[i];
  return NULL;
}

/* Checks that L holds exactly p's parameters with p's shapes, as float32
 * (or, int8_ok, a matrix as int8). */
static at_status at__match(at__dset_list *L, const at_params *p, int int8_ok) {
  char a[64], b[64];
  for (int i = 0; i < p->count; i++) {
    const at_param_info *pi = &p->info[i];
    hsize_t want[2];
    at__param_dims(pi, want);
    at__dset *e = at__list_find(L, pi->name);
    if (!e)
      return at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s/%s is missing (model expects shape %s)", L->file, L->base,
                     pi->name, at__shape_str(a, sizeof a, pi->ndim, want));
    e->used = 1;
    if (e->rank != pi->ndim || e->dims[0] != want[0] || (pi->ndim == 2 && e->dims[1] != want[1]))
      return at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s/%s has shape %s, model expects %s", L->file, L->base, pi->name,
                     at__shape_str(a, sizeof a, e->rank, e->dims), at__shape_str(b, sizeof b, pi->ndim, want));
    if (!e->is_f32 && !(int8_ok && e->is_i8 && pi->ndim == 2))
      return at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s/%s is not float32%s", L->file, L->base, pi->name,
                     e->is_i8 ? " (int8 parameters need format_version 3 and a matrix)" : "");
  }
  for (int i = 0; i < L->n; i++)
    if (!L->d[i].used)
      return at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s/%s (shape %s) is not a parameter of the model", L->file,
                     L->base, L->d[i].name, at__shape_str(a, sizeof a, L->d[i].rank, L->d[i].dims));
  return AT_OK;
}

/* The int8 parameter pi from the open dataset d (shape checked by the
 * listing) and its row scales /params_scale/<name>: dequantised into dst;
 * *q and *scale (when q is not NULL) receive the values (at_malloc'ed). */
static at_status at__read_int8(hid_t f, hid_t d, const at_param_info *pi, float *dst, int8_t **q, float **scale,
                               const char *file) {
  const int rows = pi->shape[0], cols = pi->shape[1];
  char where[160];
  snprintf(where, sizeof where, "/params_scale/%s", pi->name);
  int8_t *v = at_malloc(pi->size);
  float *sc = at_malloc((size_t)rows * sizeof(float));
  at_status s = v && sc ? AT_OK : at_fail(AT_ERR_NOMEM, "%s: int8 parameter /params/%s", file, pi->name);
  if (s == AT_OK && H5Dread(d, H5T_NATIVE_INT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, v) < 0)
    s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading dataset /params", pi->name);
  for (size_t k = 0; s == AT_OK && k < pi->size; k++)
    if (v[k] < -127)
      s = at_fail(AT_ERR_CHECKPOINT, "%s: dataset /params/%s: value -128 at %zu (int8 weights are -127..127)", file,
                  pi->name, k);
  hid_t ds = -1, sp = -1, ft = -1;
  if (s == AT_OK && (H5Lexists(f, where, H5P_DEFAULT) <= 0 || (ds = H5Dopen2(f, where, H5P_DEFAULT)) < 0)) {
    H5Eclear2(H5E_DEFAULT);
    s = at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s (the row scales of int8 /params/%s) is missing", file, where,
                pi->name);
  }
  if (s == AT_OK) {
    sp = H5Dget_space(ds);
    ft = H5Dget_type(ds);
    hsize_t n[2] = {0, 0};
    int rank = sp < 0 ? -1 : H5Sget_simple_extent_ndims(sp);
    if (rank == 1) H5Sget_simple_extent_dims(sp, n, NULL);
    if (rank != 1 || n[0] != (hsize_t)rows || ft < 0 || H5Tget_class(ft) != H5T_FLOAT || H5Tget_size(ft) != 4)
      s = at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s: expected float32 (%d) row scales", file, where, rows);
    else if (H5Dread(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, sc) < 0)
      s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading dataset", where);
  }
  for (int r = 0; s == AT_OK && r < rows; r++)
    if (!(sc[r] >= 0.0f && sc[r] <= 3.0e38f))
      s = at_fail(AT_ERR_CHECKPOINT, "%s: dataset %s: row %d's scale %g is negative or not finite", file, where, r,
                  (double)sc[r]);
  at__close(ft);
  at__close(sp);
  at__close(ds);
  if (s == AT_OK)
    for (int r = 0; r < rows; r++)
      for (int k = 0; k < cols; k++) dst[(size_t)r * cols + k] = sc[r] * (float)v[(size_t)r * cols + k];
  if (s == AT_OK && q) {
    *q = v;
    *scale = sc;
  } else {
    at_free(v);
    at_free(sc);
  }
  return s;
}

/* Reads every parameter of p from group base into dst (p->total); int8 ones
 * (only where at__match allowed them) dequantised, their values into q when
 * q is not NULL (q->q and q->scale allocated here, q->count = p->count). */
static at_status at__read_arrays_q(hid_t f, const char *base, const at_params *p, float *dst, at_qparams *q,
                                   const char *file) {
  hid_t g = H5Gopen2(f, base, H5P_DEFAULT);
  if (g < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening group", base);
  at_status s = AT_OK;
  if (q) {
    memset(q, 0, sizeof *q);
    q->q = at_calloc((size_t)(p->count ? p->count : 1), sizeof *q->q);
    q->scale = at_calloc((size_t)(p->count ? p->count : 1), sizeof *q->scale);
    q->count = p->count;
    if (!q->q || !q->scale) s = at_fail(AT_ERR_NOMEM, "%s: int8 tables", file);
  }
  char where[256];
  int any = 0;
  for (int i = 0; i < p->count && s == AT_OK; i++) {
    snprintf(where, sizeof where, "%s/%s", base, p->info[i].name);
    hid_t d = H5Dopen2(g, p->info[i].name, H5P_DEFAULT);
    hid_t ft = d < 0 ? -1 : H5Dget_type(d);
    int i8 = ft >= 0 && H5Tget_class(ft) == H5T_INTEGER;
    at__close(ft);
    if (d >= 0 && i8) {
      s = at__read_int8(f, d, &p->info[i], dst + p->info[i].offset, q ? &q->q[i] : NULL, q ? &q->scale[i] : NULL,
                        file);
      any = 1;
    } else if (d < 0 || H5Dread(d, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, dst + p->info[i].offset) < 0)
      s = at__h5_fail(AT_ERR_CHECKPOINT, file, "reading dataset", where);
    at__close(d);
  }
  H5Gclose(g);
  if (q && (s != AT_OK || !any)) at_qparams_free(q);
  return s;
}

static at_status at__read_arrays(hid_t f, const char *base, const at_params *p, float *dst, const char *file) {
  return at__read_arrays_q(f, base, p, dst, NULL, file);
}

/* Lists base, matches it against p, reads into dst (int8_ok: base may hold
 * int8 matrices, dequantised; their values into q when not NULL). */
static at_status at__load_arrays_q(hid_t f, const char *base, const at_params *p, float *dst, int int8_ok,
                                   at_qparams *q, const char *file) {
  at__dset_list L;
  at_status s = at__list(f, base, &L, file);
  if (s == AT_OK) s = at__match(&L, p, int8_ok);
  at_free(L.d);
  return s == AT_OK ? at__read_arrays_q(f, base, p, dst, q, file) : s;
}

static at_status at__load_arrays(hid_t f, const char *base, const at_params *p, float *dst, const char *file) {
  return at__load_arrays_q(f, base, p, dst, 0, NULL, file);
}

/* n floats (at most AT_PARAMS_MAX_TOTAL), 64-byte aligned, uninitialised;
 * NULL when out of memory or n is over the limit. */
static float *at__floats_alloc(size_t n) {
  if (n > AT_PARAMS_MAX_TOTAL || n > (SIZE_MAX - 63) / sizeof(float)) return NULL;
  size_t bytes = (n * sizeof(float) + 63) / 64 * 64;
  return at_aligned_alloc(64, bytes ? bytes : 64);
}

/* Builds ck->params from the datasets under /params and reads them. */
static at_status at__read_params_new(hid_t f, at_checkpoint *ck, const char *file) {
  at__dset_list L;
  at_status s = at__list(f, "/params", &L, file);
  at_params *p = at_calloc(1, sizeof *p);
  if (!p && s == AT_OK) s = at_fail(AT_ERR_NOMEM, "%s: parameter table", file);
  if (p) at_params_init(p);
  ck->params = p;
  for (int i = 0; i < L.n && s == AT_OK; i++) {
    at__dset *e = &L.d[i];
    char a[64];
    hsize_t cols = e->rank == 2 ? e->dims[1] : 1;
    const int int8_here = e->is_i8 && e->rank == 2 && ck->format_version >= AT_CHECKPOINT_VERSION_INT8;
    if ((!e->is_f32 && !int8_here) || e->rank < 1 || e->rank > 2 || e->dims[0] == 0 || e->dims[0] > INT_MAX || cols == 0 ||
        cols > INT_MAX) {
      s = at_fail(AT_ERR_CHECKPOINT, "%s: dataset /params/%s (shape %s): expected a non-empty 1-D or 2-D float32 array%s",
                  file, e->name, at__shape_str(a, sizeof a, e->rank, e->dims),
                  e->is_i8 ? " (int8 matrices only in format_version 3 files)" : "");
    } else if (e->dims[0] > AT_PARAMS_MAX_TOTAL / cols || e->dims[0] * cols > AT_PARAMS_MAX_TOTAL - p->total) {
      /* both factors are below 2^31, so the hsize_t product cannot wrap */
      s = at_fail(AT_ERR_CHECKPOINT,
                  "%s: dataset /params/%s (shape %s): %llu floats after %zu would exceed the limit of %zu parameters",
                  file, e->name, at__shape_str(a, sizeof a, e->rank, e->dims),
                  (unsigned long long)(e->dims[0] * cols), p->total, (size_t)AT_PARAMS_MAX_TOTAL);
    } else {
      s = at_params_add(p, e->name, e->rank, (int)e->dims[0], (int)cols, NULL);
      if (s != AT_OK) /* out of memory stays AT_ERR_NOMEM: the file is not at fault */
        s = at_fail_context(s == AT_ERR_NOMEM ? s : AT_ERR_CHECKPOINT, "%s: dataset /params/%s (shape %s)", file, e->name,
                            at__shape_str(a, sizeof a, e->rank, e->dims));
    }
  }
  at_free(L.d);
  if (s != AT_OK) return s;
  p->data = at__floats_alloc(p->total);
  if (!p->data) return at_fail(AT_ERR_NOMEM, "%s: %zu parameters", file, p->total);
  if (ck->format_version < AT_CHECKPOINT_VERSION_INT8) return at__read_arrays(f, "/params", p, p->data, file);
  ck->quant = at_calloc(1, sizeof *ck->quant);
  if (!ck->quant) return at_fail(AT_ERR_NOMEM, "%s: int8 table", file);
  s = at__read_arrays_q(f, "/params", p, p->data, ck->quant, file);
  if (s == AT_OK && !ck->quant->count) at_free(ck->quant), ck->quant = NULL;
  return s;
}

typedef struct {
  at_checkpoint *ck;
  const char *file;
  at_status s;
} at__slot_ctx;

static herr_t at__slot_cb(hid_t g, const char *name, const H5L_info_t *info, void *data) {
  (void)g, (void)info;
  at__slot_ctx *c = data;
  if (c->ck->n_slots == AT_CKPT_MAX_SLOTS || !at__name_ok(name, sizeof c->ck->slot_names[0]))
    return c->s = at_fail(AT_ERR_CHECKPOINT, "%s: /optimizer/%s: too many slots or bad name", c->file, name), -1;
  strcpy(c->ck->slot_names[c->ck->n_slots++], name);
  return 0;
}

/* Names of /optimizer's slots, in creation order when tracked. */
static at_status at__read_slot_names(hid_t f, at_checkpoint *ck, const char *file) {
  if (H5Lexists(f, "optimizer", H5P_DEFAULT) <= 0) return AT_OK;
  hid_t g = H5Gopen2(f, "optimizer", H5P_DEFAULT);
  if (g < 0) return at__h5_fail(AT_ERR_CHECKPOINT, file, "opening group", "/optimizer");
  at__slot_ctx c = {ck, file, AT_OK};
  hsize_t idx = 0;
  herr_t r = H5Literate(g, H5_INDEX_CRT_ORDER, H5_ITER_INC, &idx, at__slot_cb, &c);
  if (r < 0 && c.s == AT_OK) {
    H5Eclear2(H5E_DEFAULT);
    ck->n_slots = 0, idx = 0;
    r = H5Literate(g, H5_INDEX_NAME, H5_ITER_INC, &idx, at__slot_cb, &c);
  }
  H5Gclose(g);
  if (c.s != AT_OK) return c.s;
  return r < 0 ? at__h5_fail(AT_ERR_CHECKPOINT, file, "listing group", "/optimizer") : AT_OK;
}

static at_status at__read_slots(hid_t f, at_checkpoint *ck, const char *file) {
  at_status s = AT_OK;
  char base[64];
  for (int k = 0; k < ck->n_slots && s == AT_OK; k++) {
    snprintf(base, sizeof base, "/optimizer/%s", ck->slot_names[k]);
    ck->slots[k] = at__floats_alloc(ck->params->total);
    if (!ck->slots[k]) return at_fail(AT_ERR_NOMEM, "%s: %s", file, base);
    s = at__load_arrays(f, base, ck->params, ck->slots[k], file);
  }
  return s;
}

/* ---- public loading -------------------------------------------------------------- */

/* Reads the open file f (named path in messages) into out and closes f. */
static at_status at__load_file(hid_t f, const char *path, at_checkpoint *out, int arrays) {
  at_status s = at__read_root(f, out, path);
  if (s == AT_OK) s = at__read_config(f, out, path);
  if (s == AT_OK) s = at__read_tokenizers(f, out, path);
  if (s == AT_OK) s = at__read_state(f, out, path);
  if (s == AT_OK) s = at__read_slot_names(f, out, path);
  if (s == AT_OK && arrays) s = at__read_params_new(f, out, path);
  if (s == AT_OK && arrays) s = at__read_slots(f, out, path);
  H5Fclose(f);
  if (s != AT_OK) at_checkpoint_free(out);
  return s;
}

static at_status at__load(const char *path, at_checkpoint *out, int arrays) {
  if (!out) return at_fail(AT_ERR_INVALID_ARG, "%s: no output checkpoint", path ? path : "(null)");
  at_checkpoint_init(out);
  hid_t f = -1;
  at_status s = at__open(path, &f);
  if (s != AT_OK) return s;
  return at__load_file(f, path, out, arrays);
}

static at_status at__load_image(const void *buf, size_t n, const char *name, at_checkpoint *out, int arrays) {
  if (!name) name = "(file image)";
  if (!out) return at_fail(AT_ERR_INVALID_ARG, "%s: no output checkpoint", name);
  at_checkpoint_init(out);
  hid_t f = -1;
  at_status s = at__open_image(buf, n, name, &f);
  if (s != AT_OK) return s;
  return at__load_file(f, name, out, arrays);
}

at_status at_checkpoint_load(const char *path, at_checkpoint *out) { return at__load(path, out, 1); }

at_status at_checkpoint_load_header(const char *path, at_checkpoint *out) { return at__load(path, out, 0); }

at_status at_checkpoint_load_image(const void *buf, size_t n, const char *name, at_checkpoint *out) {
  return at__load_image(buf, n, name, out, 1);
}

at_status at_checkpoint_load_header_image(const void *buf, size_t n, const char *name, at_checkpoint *out) {
  return at__load_image(buf, n, name, out, 0);
}

/* Opens path, checks format, loads group base into dst laid out like p. */
static at_status at__load_into(const char *path, const char *base, const at_params *p, float *dst, at_qparams *q) {
  if (!p || !dst) return at_fail(AT_ERR_INVALID_ARG, "%s: no parameter layout or destination", path ? path : "(null)");
  hid_t f = -1;
  at_status s = at__open(path, &f);
  if (s != AT_OK) return s;
  at_checkpoint tmp;
  memset(&tmp, 0, sizeof tmp);
  s = at__read_root(f, &tmp, path);
  if (s == AT_OK && H5Lexists(f, base, H5P_DEFAULT) <= 0) {
    H5Eclear2(H5E_DEFAULT);
    s = at_fail(AT_ERR_CHECKPOINT, "%s: group %s is missing", path, base);
  }
  const int int8_ok = !strcmp(base, "/params") && tmp.format_version >= AT_CHECKPOINT_VERSION_INT8;
  if (s == AT_OK) s = at__load_arrays_q(f, base, p, dst, int8_ok, q, path);
  H5Fclose(f);
  return s;
}

at_status at_checkpoint_load_params(const char *path, at_params *p) {
  if (p && !p->data) {
    at_status s = at_params_alloc(p);
    if (s != AT_OK) return s;
  }
  return at__load_into(path, "/params", p, p ? p->data : NULL, NULL);
}

at_status at_checkpoint_load_params_q(const char *path, at_params *p, at_qparams *q) {
  if (q) memset(q, 0, sizeof *q);
  if (p && !p->data) {
    at_status s = at_params_alloc(p);
    if (s != AT_OK) return s;
  }
  return at__load_into(path, "/params", p, p ? p->data : NULL, q);
}

at_status at_checkpoint_load_slot(const char *path, const char *slot, const at_params *layout, float *dst) {
  char base[64];
  if (!at__name_ok(slot, 32)) return at_fail(AT_ERR_INVALID_ARG, "%s: bad optimizer slot name", path);
  snprintf(base, sizeof base, "/optimizer/%s", slot);
  return at__load_into(path, base, layout, dst, NULL);
}

/* ---- the struct -------------------------------------------------------------------- */

void at_checkpoint_init(at_checkpoint *ck) {
  memset(ck, 0, sizeof *ck);
  at_model_config_default(&ck->config);
}

void at_checkpoint_free(at_checkpoint *ck) {
  if (!ck) return;
  at_free(ck->run_config);
  at_free(ck->spm_src);
  at_free(ck->spm_tgt);
  if (ck->params) at_params_free(ck->params);
  at_free(ck->params);
  for (int k = 0; k < AT_CKPT_MAX_SLOTS; k++) at_free(ck->slots[k]);
  at_qparams_free(ck->quant);
  at_free(ck->quant);
  memset(ck, 0, sizeof *ck);
}

/* The entry called name, creating it (type t) when absent; NULL on failure. */
static at_ckpt_value *at__state_slot(at_checkpoint *ck, const char *name, at_ckpt_type t) {
  if (!at__name_ok(name, AT_CKPT_NAME_MAX)) {
    at_fail(AT_ERR_INVALID_ARG, "training state name '%s': empty, too long or contains '/'", name ? name : "");
    return NULL;
  }
  at_ckpt_value *v = (at_ckpt_value *)at_checkpoint_get(ck, name);
  if (!v) {
    if (ck->n_state == AT_CKPT_MAX_STATE) {
      at_fail(AT_ERR_INVALID_ARG, "training state '%s': table full (%d values)", name, AT_CKPT_MAX_STATE);
      return NULL;
    }
    v = &ck->state[ck->n_state++];
    memset(v, 0, sizeof *v);
    strcpy(v->name, name);
  }
  v->type = t;
  return v;
}

at_status at_checkpoint_set_i64(at_checkpoint *ck, const char *name, int64_t x) {
  at_ckpt_value *v = at__state_slot(ck, name, AT_CKPT_I64);
  if (!v) return AT_ERR_INVALID_ARG;
  v->v.i = x;
  return AT_OK;
}

at_status at_checkpoint_set_u64(at_checkpoint *ck, const char *name, uint64_t x) {
  at_ckpt_value *v = at__state_slot(ck, name, AT_CKPT_U64);
  if (!v) return AT_ERR_INVALID_ARG;
  v->v.u = x;
  return AT_OK;
}

at_status at_checkpoint_set_f64(at_checkpoint *ck, const char *name, double x) {
  at_ckpt_value *v = at__state_slot(ck, name, AT_CKPT_F64);
  if (!v) return AT_ERR_INVALID_ARG;
  v->v.f = x;
  return AT_OK;
}

const at_ckpt_value *at_checkpoint_get(const at_checkpoint *ck, const char *name) {
  if (!ck || !name) return NULL;
  for (int i = 0; i < ck->n_state; i++)
    if (!strcmp(ck->state[i].name, name)) return &ck->state[i];
  return NULL;
}

static at_status at__get(const at_checkpoint *ck, const char *name, const at_ckpt_value **v) {
  *v = at_checkpoint_get(ck, name);
  return *v ? AT_OK : at_fail(AT_ERR_NOT_FOUND, "training state '%s' not in checkpoint", name ? name : "");
}

at_status at_checkpoint_get_i64(const at_checkpoint *ck, const char *name, int64_t *out) {
  const at_ckpt_value *v;
  at_status s = at__get(ck, name, &v);
  if (s != AT_OK) return s;
  if (v->type == AT_CKPT_I64) return *out = v->v.i, AT_OK;
  if (v->type == AT_CKPT_U64 && v->v.u <= (uint64_t)INT64_MAX) return *out = (int64_t)v->v.u, AT_OK;
  return at_fail(AT_ERR_CHECKPOINT, "training state '%s' is not a signed integer", name);
}

at_status at_checkpoint_get_u64(const at_checkpoint *ck, const char *name, uint64_t *out) {
  const at_ckpt_value *v;
  at_status s = at__get(ck, name, &v);
  if (s != AT_OK) return s;
  if (v->type == AT_CKPT_U64) return *out = v->v.u, AT_OK;
  if (v->type == AT_CKPT_I64 && v->v.i >= 0) return *out = (uint64_t)v->v.i, AT_OK;
  return at_fail(AT_ERR_CHECKPOINT, "training state '%s' is not an unsigned integer", name);
}

at_status at_checkpoint_get_f64(const at_checkpoint *ck, const char *name, double *out) {
  const at_ckpt_value *v;
  at_status s = at__get(ck, name, &v);
  if (s != AT_OK) return s;
  if (v->type == AT_CKPT_F64) return *out = v->v.f, AT_OK;
  return at_fail(AT_ERR_CHECKPOINT, "training state '%s' is not a float", name);
}
