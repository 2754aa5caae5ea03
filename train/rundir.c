/* The run directory: an exclusive lock held for the whole run, removal of
 * the temporary files a killed run left behind, and atomic file writes (a
 * temporary file in the same directory, fsync, rename, fsync of the
 * directory: the way model/checkpoint.c writes checkpoints). */
#define _DEFAULT_SOURCE /* flock */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "train/train_internal.h"

/* ---- atomic writes -------------------------------------------------------------- */

static at_status at__fsync_path(const char *path, int dir) {
  int fd = open(path, dir ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) return at_fail(AT_ERR_IO, "%s: %s", path, strerror(errno));
  int rc = fsync(fd);
  int e = errno;
  close(fd);
  if (rc != 0 && !(dir && (e == EINVAL || e == EBADF))) return at_fail(AT_ERR_IO, "%s: fsync: %s", path, strerror(e));
  return AT_OK;
}

static at_status at__fsync_dir_of(const char *path) {
  char dir[AT_TRAIN_PATH_MAX + 64];
  const char *slash = strrchr(path, '/');
  if (!slash) return at__fsync_path(".", 1);
  size_t n = slash == path ? 1 : (size_t)(slash - path);
  if (n >= sizeof dir) return at_fail(AT_ERR_INVALID_ARG, "path too long: %s", path);
  memcpy(dir, path, n);
  dir[n] = '\0';
  return at__fsync_path(dir, 1);
}

void at__tmp_name(const char *path, char *buf, size_t size) { snprintf(buf, size, "%s.tmp.%ld", path, (long)getpid()); }

at_status at__commit_file(const char *tmp, const char *path) {
  at_status s = at__fsync_path(tmp, 0);
  if (s == AT_OK && rename(tmp, path) != 0) s = at_fail(AT_ERR_IO, "%s: rename from %s: %s", path, tmp, strerror(errno));
  if (s != AT_OK) {
    unlink(tmp);
    return s;
  }
  return at__fsync_dir_of(path);
}

at_status at__write_atomic(const char *path, const void *data, size_t n) {
  char tmp[AT_TRAIN_PATH_MAX + 64];
  at__tmp_name(path, tmp, sizeof tmp);
  FILE *f = fopen(tmp, "wb");
  if (!f) return at_fail(AT_ERR_IO, "%s: %s", tmp, strerror(errno));
  int ok = (n == 0 || fwrite(data, 1, n, f) == n);
  int e = errno;
  if (fclose(f) != 0 && ok) ok = 0, e = errno;
  if (!ok) {
    unlink(tmp);
    return at_fail(AT_ERR_IO, "%s: %s", tmp, strerror(e));
  }
  return at__commit_file(tmp, path);
}

/* ---- the lock ----------------------------------------------------------------------- */

at_status at__rundir_lock(const char *dir, int *fd_out) {
  char path[AT_TRAIN_PATH_MAX + 16];
  snprintf(path, sizeof path, "%s/.lock", dir);
  *fd_out = -1;
  int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) return at_fail(AT_ERR_IO, "cannot lock the run directory %s: %s: %s", dir, path, strerror(errno));
  /* flock: per open file, so it also keeps out a second run in this process */
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int e = errno;
    if (e != EWOULDBLOCK) {
      close(fd);
      return at_fail(AT_ERR_IO, "cannot lock the run directory %s: %s: %s", dir, path, strerror(e));
    }
    char text[32] = "", by[48] = "";
    ssize_t n = pread(fd, text, sizeof text - 1, 0);
    close(fd);
    long pid = n > 0 ? strtol(text, NULL, 10) : 0;
    if (pid > 0) snprintf(by, sizeof by, " (pid %ld)", pid);
    return at_fail(AT_ERR_IO, "the run directory %s is in use by another attend train%s, which holds %s; "
                   "wait for it to end or choose another --save-dir", dir, by, path);
  }
  /* the holder's pid, for the message above and for people; the lock is what counts */
  char text[32];
  int n = snprintf(text, sizeof text, "%ld\n", (long)getpid());
  if (ftruncate(fd, 0) != 0 || pwrite(fd, text, (size_t)n, 0) != n) { /* informational only */
  }
  *fd_out = fd;
  return AT_OK;
}

void at__rundir_unlock(int fd) {
  if (fd >= 0) close(fd); /* closing releases the lock (as does any exit, kill -9 included) */
}

/* ---- stale temporary files ------------------------------------------------------------ */

/* The pid of a temporary file a run writes here, or 0 when name is not one:
 * X.h5.tmp.PID (checkpoints), metrics.tsv.tmp.PID, config.yaml.tmp.PID,
 * src|tgt.tmp.PID.model|.vocab (tokenizers while they are trained). */
static long at__tmp_pid(const char *name) {
  const char *t = strstr(name, ".tmp.");
  if (!t) return 0;
  size_t base = (size_t)(t - name);
  char *end;
  errno = 0;
  long pid = strtol(t + 5, &end, 10);
  if (end == t + 5 || errno || pid <= 0) return 0;
  int h5 = base >= 3 && !strncmp(t - 3, ".h5", 3);
  int plain = (base == 11 && (!strncmp(name, "metrics.tsv", 11) || !strncmp(name, "config.yaml", 11)));
  int spm = base == 3 && (!strncmp(name, "src", 3) || !strncmp(name, "tgt", 3));
  if ((h5 || plain) && !*end) return pid;
  if (spm && (!strcmp(end, ".model") || !strcmp(end, ".vocab"))) return pid;
  return 0;
}

int at__rundir_clean(at__run *r) {
  const char *dir = r->tc->save_dir;
  DIR *d = opendir(dir);
  if (!d) return 0;
  int removed = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    long pid = at__tmp_pid(e->d_name);
    if (!pid || pid == (long)getpid()) continue;
    /* The lock keeps other runs out; a live pid may still be another tool
     * (attend average -o DIR/x.h5): leave its file alone. */
    if (kill((pid_t)pid, 0) == 0 || errno == EPERM) continue;
    char path[AT_TRAIN_PATH_MAX + 300];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (unlink(path) == 0) {
      removed++;
      at__say(r, "removed %s, left by an interrupted run (pid %ld is gone)", path, pid);
    } else {
      at__say(r, "warning: cannot remove the stale %s: %s", path, strerror(errno));
    }
  }
  closedir(d);
  return removed;
}
