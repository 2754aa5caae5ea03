/* HDF5 readers shared by the golden-tensor tests (test_golden*.c): the
 * fixtures written by scripts/make-golden*.py. Each prints what is missing
 * or mis-sized on stderr and returns a failure the caller CHECKs. */
#ifndef ATTEND_TESTS_GOLDEN_H5_H
#define ATTEND_TESTS_GOLDEN_H5_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hdf5.h>

/* Dimensions of dataset `path` into dims (at most 3); returns the rank, -1 if missing. */
static inline int ds_dims(hid_t g, const char *path, int *dims) {
  dims[0] = dims[1] = dims[2] = 0;
  hid_t d = H5Dopen2(g, path, H5P_DEFAULT);
  if (d < 0) return fprintf(stderr, "missing dataset %s\n", path), -1;
  hid_t s = H5Dget_space(d);
  hsize_t hd[3] = {0, 0, 0};
  int nd = H5Sget_simple_extent_ndims(s);
  if (nd >= 0 && nd <= 3) H5Sget_simple_extent_dims(s, hd, NULL);
  for (int k = 0; k < 3; k++) dims[k] = (int)hd[k];
  H5Sclose(s);
  H5Dclose(d);
  return nd;
}

/* Reads dataset `path` (n elements of mem_type) into buf; returns 1 on success. */
static inline int read_ds(hid_t g, const char *path, hid_t mem_type, void *buf, size_t n) {
  hid_t d = H5Dopen2(g, path, H5P_DEFAULT);
  if (d < 0) return fprintf(stderr, "missing dataset %s\n", path), 0;
  hid_t s = H5Dget_space(d);
  hssize_t np = H5Sget_simple_extent_npoints(s);
  int ok = np == (hssize_t)n && H5Dread(d, mem_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf) >= 0;
  if (np != (hssize_t)n) fprintf(stderr, "%s: %lld elements, expected %zu\n", path, (long long)np, n);
  H5Sclose(s);
  H5Dclose(d);
  return ok;
}

/* A fixed-length string attribute into buf; returns 1 on success. */
static inline int read_str_attr(hid_t g, const char *name, char *buf, size_t size) {
  memset(buf, 0, size);
  hid_t a = H5Aopen(g, name, H5P_DEFAULT), t = a >= 0 ? H5Aget_type(a) : -1;
  int ok = t >= 0 && H5Tget_class(t) == H5T_STRING && !H5Tis_variable_str(t) && H5Tget_size(t) < size &&
           H5Aread(a, t, buf) >= 0;
  if (t >= 0) H5Tclose(t);
  if (a >= 0) H5Aclose(a);
  return ok;
}

static inline int read_int_attr(hid_t g, const char *name, int *v) {
  hid_t a = H5Aopen(g, name, H5P_DEFAULT);
  int ok = a >= 0 && H5Aread(a, H5T_NATIVE_INT, v) >= 0;
  if (a >= 0) H5Aclose(a);
  return ok;
}

/* Compares got (float32) with the float64 reference `path` of n elements:
 * prints and CHECKs the largest difference relative to the largest |ref|
 * (which must be well away from 0, so that the comparison means something)
 * against tol. Returns the relative difference. Needs check.h. */
static inline double golden_compare(hid_t g, double tol, const char *cname, const char *what, const char *path,
                                    const float *got, size_t n) {
  double *ref = malloc(n * sizeof(double)), md = 0, mx = 0;
  int ok = ref && read_ds(g, path, H5T_NATIVE_DOUBLE, ref, n);
  CHECK_MSG(ok, "%s: %s", cname, path);
  if (!ok) {
    free(ref);
    return INFINITY;
  }
  for (size_t k = 0; k < n; k++) {
    md = fmax(md, fabs((double)got[k] - ref[k]));
    mx = fmax(mx, fabs(ref[k]));
  }
  if (isnan(md) || n == 0) md = INFINITY;
  for (size_t k = 0; k < n; k++)
    if (!isfinite(got[k])) md = INFINITY;
  double rel = md / fmax(mx, 1e-30);
  printf("  %-18s (%3zu) max |ref| %.3e  max diff %.2e  rel %.2e\n", what, n, mx, md, rel);
  CHECK_MSG(mx > 0.1, "%s %s: reference max |.| %g: too small to test anything", cname, what, mx);
  CHECK_MSG(rel <= tol, "%s %s: differs from torch by %g (relative %g > %g)", cname, what, md, rel, tol);
  free(ref);
  return rel;
}

#endif
