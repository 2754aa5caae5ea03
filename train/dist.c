/* Processes of a distributed (data-parallel) run: the only file that includes
 * mpi.h. Built without MPI (ATTEND_MPI=OFF) or started without mpirun, the
 * run is one process: rank 0 of 1, and reductions and broadcasts are no-ops. */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "train/train.h"

#ifdef ATTEND_HAVE_MPI
#include <mpi.h>
#endif

static int at__rank = 0, at__size = 1, at__inited = 0, at__mpi = 0;
static double at__comm_s = 0, at__wait_s = 0;
static long at__comm_n = 0;

int at_dist_built(void) {
#ifdef ATTEND_HAVE_MPI
  return 1;
#else
  return 0;
#endif
}

int at_dist_rank(void) { return at__rank; }
int at_dist_size(void) { return at__size; }
double at_dist_comm_seconds(void) { return at__comm_s; }
double at_dist_wait_seconds(void) { return at__wait_s; }
long at_dist_comm_calls(void) { return at__comm_n; }

#ifdef ATTEND_HAVE_MPI

/* Started by mpirun (Open MPI, PMIx, or another PMI launcher)? */
static int at__launched(void) {
  static const char *const vars[] = {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE", NULL};
  for (int i = 0; vars[i]; i++)
    if (getenv(vars[i])) return 1;
  return 0;
}

static void at__finalize(void) {
  int fin = 0;
  MPI_Finalized(&fin);
  if (!fin) MPI_Finalize();
}

static at_status at__mpi_fail(int rc, const char *what) {
  char msg[MPI_MAX_ERROR_STRING];
  int len = 0;
  if (MPI_Error_string(rc, msg, &len) != MPI_SUCCESS) len = 0;
  msg[len] = '\0';
  return at_fail(AT_ERR_INTERNAL, "MPI %s failed (rank %d of %d): %s", what, at__rank, at__size, msg);
}

at_status at_dist_init(void) {
  if (at__inited) return AT_OK;
  at__inited = 1;
  if (!at__launched()) return AT_OK;
  /* FUNNELED: OpenMP threads exist, but only the main thread calls MPI */
  int provided = MPI_THREAD_SINGLE;
  int rc = MPI_Init_thread(NULL, NULL, MPI_THREAD_FUNNELED, &provided);
  if (rc != MPI_SUCCESS) return at__mpi_fail(rc, "MPI_Init_thread");
  at__mpi = 1;
  atexit(at__finalize);
  /* errors come back as codes (turned into messages and MPI_Abort by the caller) */
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
  MPI_Comm_rank(MPI_COMM_WORLD, &at__rank);
  MPI_Comm_size(MPI_COMM_WORLD, &at__size);
  return AT_OK;
}

enum { AT__CHUNK = 1 << 28 }; /* elements per call: counts are ints */

static at_status at__allreduce(void *buf, size_t n, size_t esize, MPI_Datatype t, MPI_Op op) {
  if (at__size == 1 || !n) return AT_OK;
  double t0 = MPI_Wtime();
  for (size_t off = 0; off < n; off += AT__CHUNK) {
    int cnt = (int)(n - off < AT__CHUNK ? n - off : AT__CHUNK);
    int rc = MPI_Allreduce(MPI_IN_PLACE, (char *)buf + off * esize, cnt, t, op, MPI_COMM_WORLD);
    if (rc != MPI_SUCCESS) return at__mpi_fail(rc, "MPI_Allreduce");
  }
  at__comm_s += MPI_Wtime() - t0;
  at__comm_n++;
  return AT_OK;
}

/* The gradient sum: a barrier first, so that the time spent waiting for the
 * slowest process (at__wait_s) is told apart from the sum itself. */
at_status at_dist_allreduce_f32(float *buf, size_t n) {
  if (at__size > 1 && n) {
    double t0 = MPI_Wtime();
    int rc = MPI_Barrier(MPI_COMM_WORLD);
    if (rc != MPI_SUCCESS) return at__mpi_fail(rc, "MPI_Barrier");
    double w = MPI_Wtime() - t0;
    at__wait_s += w;
    at__comm_s += w;
  }
  return at__allreduce(buf, n, sizeof *buf, MPI_FLOAT, MPI_SUM);
}
at_status at_dist_allreduce_f64(double *buf, size_t n, at_dist_op op) {
  return at__allreduce(buf, n, sizeof *buf, MPI_DOUBLE, op == AT_DIST_MAX ? MPI_MAX : MPI_SUM);
}
at_status at_dist_allreduce_i64(int64_t *buf, size_t n, at_dist_op op) {
  return at__allreduce(buf, n, sizeof *buf, MPI_INT64_T, op == AT_DIST_MAX ? MPI_MAX : MPI_SUM);
}

at_status at_dist_bcast(void *buf, size_t bytes, int root) {
  if (at__size == 1 || !bytes) return AT_OK;
  double t0 = MPI_Wtime();
  for (size_t off = 0; off < bytes; off += AT__CHUNK) {
    int cnt = (int)(bytes - off < AT__CHUNK ? bytes - off : AT__CHUNK);
    int rc = MPI_Bcast((char *)buf + off, cnt, MPI_BYTE, root, MPI_COMM_WORLD);
    if (rc != MPI_SUCCESS) return at__mpi_fail(rc, "MPI_Bcast");
  }
  at__comm_s += MPI_Wtime() - t0;
  at__comm_n++;
  return AT_OK;
}

/* Point-to-point bytes in pieces of at most AT__CHUNK (counts are ints). */
static at_status at__send(const void *buf, size_t n, int to) {
  for (size_t off = 0; off < n; off += AT__CHUNK) {
    int cnt = (int)(n - off < AT__CHUNK ? n - off : AT__CHUNK);
    int rc = MPI_Send((const char *)buf + off, cnt, MPI_BYTE, to, 7, MPI_COMM_WORLD);
    if (rc != MPI_SUCCESS) return at__mpi_fail(rc, "MPI_Send");
  }
  return AT_OK;
}

static at_status at__recv(void *buf, size_t n, int from) {
  for (size_t off = 0; off < n; off += AT__CHUNK) {
    int cnt = (int)(n - off < AT__CHUNK ? n - off : AT__CHUNK);
    int rc = MPI_Recv((char *)buf + off, cnt, MPI_BYTE, from, 7, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (rc != MPI_SUCCESS) return at__mpi_fail(rc, "MPI_Recv");
  }
  return AT_OK;
}

/* A malloc'd copy of n bytes (NULL when n is 0); 1 when out of memory. */
static int at__copy(const void *src, size_t n, void **out) {
  *out = NULL;
  if (!n) return 0;
  if (!(*out = at_malloc(n))) return 1;
  if (src) memcpy(*out, src, n);
  return 0;
}

/* One message with its size first; at__recv_sized allocates *out for it. */
static at_status at__send_sized(const void *buf, size_t len, int to) {
  uint64_t n = len;
  at_status s = at__send(&n, sizeof n, to);
  return s == AT_OK ? at__send(buf, len, to) : s;
}

static at_status at__recv_sized(void **out, size_t *len, int from, const char *what) {
  uint64_t n = 0;
  at_status s = at__recv(&n, sizeof n, from);
  if (s == AT_OK && at__copy(NULL, (size_t)n, out)) s = at_fail(AT_ERR_NOMEM, "%s: %llu bytes", what, (unsigned long long)n);
  if (s == AT_OK) s = at__recv(*out, (size_t)n, from);
  if (s == AT_OK) *len = (size_t)n;
  return s;
}

at_status at_dist_scatter_bytes(const void *const *bufs, const size_t *lens, void **out, size_t *out_len, int root) {
  *out = NULL;
  *out_len = 0;
  if (at__rank == root) {
    if (at__copy(bufs[root], lens[root], out)) return at_fail(AT_ERR_NOMEM, "scatter: %zu bytes", lens[root]);
    *out_len = lens[root];
  }
  if (at__size == 1) return AT_OK;
  double t0 = MPI_Wtime();
  at_status s = AT_OK;
  if (at__rank == root) {
    for (int r = 0; r < at__size && s == AT_OK; r++)
      if (r != root) s = at__send_sized(bufs[r], lens[r], r);
  } else {
    s = at__recv_sized(out, out_len, root, "scatter");
  }
  at__comm_s += MPI_Wtime() - t0;
  at__comm_n++;
  return s;
}

at_status at_dist_gather_bytes(const void *buf, size_t len, void **bufs, size_t *lens, int root) {
  if (at__rank == root) {
    for (int r = 0; r < at__size; r++) bufs[r] = NULL, lens[r] = 0;
    if (at__copy(buf, len, &bufs[root])) return at_fail(AT_ERR_NOMEM, "gather: %zu bytes", len);
    lens[root] = len;
  }
  if (at__size == 1) return AT_OK;
  double t0 = MPI_Wtime();
  at_status s = AT_OK;
  if (at__rank == root) {
    for (int r = 0; r < at__size && s == AT_OK; r++)
      if (r != root) s = at__recv_sized(&bufs[r], &lens[r], r, "gather");
  } else {
    s = at__send_sized(buf, len, root);
  }
  at__comm_s += MPI_Wtime() - t0;
  at__comm_n++;
  return s;
}

void at_dist_abort(int code) {
  fflush(stdout);
  fflush(stderr);
  if (at__mpi) MPI_Abort(MPI_COMM_WORLD, code);
  exit(code);
}

#else /* serial */

at_status at_dist_init(void) {
  at__inited = 1;
  (void)at__mpi;
  (void)at__wait_s;
  /* started by mpirun -np N > 1: N independent runs would train the same thing */
  static const char *const vars[] = {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", NULL};
  for (int i = 0; vars[i]; i++) {
    const char *v = getenv(vars[i]);
    if (v && atoi(v) > 1)
      return at_fail(AT_ERR_CONFIG, "started by mpirun with %s processes (%s), but this attend was built without MPI "
                     "(ATTEND_MPI=OFF or no libopenmpi-dev): run it alone, or rebuild with MPI", v, vars[i]);
  }
  return AT_OK;
}
at_status at_dist_allreduce_f32(float *buf, size_t n) {
  (void)buf, (void)n;
  return AT_OK;
}
at_status at_dist_allreduce_f64(double *buf, size_t n, at_dist_op op) {
  (void)buf, (void)n, (void)op;
  return AT_OK;
}
at_status at_dist_allreduce_i64(int64_t *buf, size_t n, at_dist_op op) {
  (void)buf, (void)n, (void)op;
  return AT_OK;
}
at_status at_dist_bcast(void *buf, size_t bytes, int root) {
  (void)buf, (void)bytes, (void)root;
  return AT_OK;
}
at_status at_dist_scatter_bytes(const void *const *bufs, const size_t *lens, void **out, size_t *out_len, int root) {
  *out = NULL;
  *out_len = 0;
  if (lens[root] && !(*out = at_malloc(lens[root]))) return at_fail(AT_ERR_NOMEM, "scatter: %zu bytes", lens[root]);
  if (lens[root]) memcpy(*out, bufs[root], lens[root]);
  *out_len = lens[root];
  return AT_OK;
}
at_status at_dist_gather_bytes(const void *buf, size_t len, void **bufs, size_t *lens, int root) {
  bufs[root] = NULL;
  lens[root] = 0;
  if (len && !(bufs[root] = at_malloc(len))) return at_fail(AT_ERR_NOMEM, "gather: %zu bytes", len);
  if (len) memcpy(bufs[root], buf, len);
  lens[root] = len;
  return AT_OK;
}
void at_dist_abort(int code) {
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

#endif
