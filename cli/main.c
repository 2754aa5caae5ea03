#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "cli/cli.h"

typedef struct {
  const char *name;
  int (*fn)(int, char **);
  const char *summary;
} command;

static const command at__commands[] = {
#define CLI__ENTRY(name, fn, summary) {name, fn, summary},
    CLI_COMMANDS(CLI__ENTRY)
#undef CLI__ENTRY
};

void cli_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "attend %s: ", cmd);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

int cli_fail_status(const char *cmd, const char *what, at_status s) {
  const char *why = at_last_error();
  cli_error(cmd, "%s: %s", what, why && *why ? why : at_status_str(s));
  return CLI_FAIL;
}

int cli_usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "attend %s: ", cmd);
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\nTry 'attend %s --help'.\n", cmd);
  va_end(ap);
  return CLI_USAGE;
}

static void at__print_help(FILE *f) {
  fprintf(f,
          "Usage: attend <command> [options]\n"
          "       attend --help | --version\n"
          "\n"
          "attend trains and runs sequence-to-sequence translators (RNN, GRU and LSTM\n"
          "encoder-decoders with or without attention) on CPUs.\n"
          "\n"
          "Commands:\n");
  for (size_t i = 0; i < sizeof at__commands / sizeof at__commands[0]; i++)
    fprintf(f, "  %-12s %s\n", at__commands[i].name, at__commands[i].summary);
  fprintf(f,
          "\n"
          "Run 'attend <command> --help' for the options of a command.\n"
          "Exit status: 0 success, 1 failure, 2 usage error.\n");
}

/* OpenMP threads that busy-wait at barriers (libgomp's default spins for
 * about 300,000 iterations) cost 2-4x when another process shares the cores,
 * which on a 2-core machine is the common case: 40 training steps, load 6 on
 * 2 cores: 5.7-7.4 s passive, 7.3-18 s default; 20 steps, load 4: 1310
 * target tok/s passive, 401 active. On an idle machine spinning is faster:
 * 2946 and 2976 tok/s passive, 3219 and 3401 active, 3411 with the default
 * spin (scripts/bench-wait-policy.sh, docs/performance.md). So unless the
 * user chose (OMP_WAIT_POLICY, GOMP_SPINCOUNT), train and translate look at
 * how busy the CPUs are for 100 ms: below a fifth busy they keep libgomp's
 * default, else (and for the other commands) they wait passively. libgomp
 * reads its settings when it is loaded, before main, so passive waiting
 * means setting it and running ourselves again. ATTEND_OMP_TUNED records the
 * choice ("spin" or "passive") and keeps the second run from choosing again. */
static void at__tune_openmp_waiting(int argc, char **argv) {
#ifdef _OPENMP
  if (getenv("OMP_WAIT_POLICY") || getenv("GOMP_SPINCOUNT") || getenv("ATTEND_OMP_TUNED")) return;
  int long_running = argc > 1 && (!strcmp(argv[1], "train") || !strcmp(argv[1], "translate"));
  if (long_running) {
    double busy = at_cpu_busy_fraction(100);
    if (busy >= 0.0 && busy < 0.2) {
      setenv("ATTEND_OMP_TUNED", "spin", 1);
      return;
    }
  }
  if (setenv("OMP_WAIT_POLICY", "PASSIVE", 1) || setenv("ATTEND_OMP_TUNED", "passive", 1)) return;
  execv("/proc/self/exe", argv); /* returns only on failure: then keep the defaults */
  unsetenv("OMP_WAIT_POLICY");
#else
  (void)argc;
  (void)argv;
#endif
}

/* Whatever a command wrote to standard output must have arrived: a full disk
 * or a closed pipe (attend score > /dev/full) is an error, not exit 0. */
static int at__finish_stdout(const char *cmd, int rc) {
  errno = 0;
  if (fflush(stdout) == 0 && !ferror(stdout)) return rc;
  fprintf(stderr, "attend %s: writing standard output failed: %s\n", cmd, errno ? strerror(errno) : "I/O error");
  return rc ? rc : CLI_FAIL;
}

int main(int argc, char **argv) {
  at__tune_openmp_waiting(argc, argv);
  /* over a file size limit (ulimit -f) a write fails with EFBIG, which the
   * writers report, instead of the process being killed */
  signal(SIGXFSZ, SIG_IGN);
  if (argc < 2) {
    at__print_help(stderr);
    return CLI_USAGE;
  }
  const char *name = argv[1];
  if (!strcmp(name, "--help") || !strcmp(name, "-h") || !strcmp(name, "help")) {
    at__print_help(stdout);
    return at__finish_stdout("--help", CLI_OK);
  }
  if (!strcmp(name, "--version") || !strcmp(name, "-V")) {
    printf("attend %s\n", at_version());
    return at__finish_stdout("--version", CLI_OK);
  }
  for (size_t i = 0; i < sizeof at__commands / sizeof at__commands[0]; i++)
    if (!strcmp(name, at__commands[i].name)) return at__finish_stdout(name, at__commands[i].fn(argc - 1, argv + 1));
  fprintf(stderr, "attend: unknown command '%s'\nTry 'attend --help'.\n", name);
  return CLI_USAGE;
}
