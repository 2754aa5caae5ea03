/* attend command-line program: shared helpers for the subcommands.
 * cli/ is the only code that parses argv, prints usage or calls exit.
 * Exit status: 0 success, 1 runtime failure, 2 usage error. */
#ifndef ATTEND_CLI_H
#define ATTEND_CLI_H

#include "core/core.h"

enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

/* The subcommands: X(name, function, one-line summary). Add a line here and
 * a cli/cmd_<name>.c defining `int function(int argc, char **argv)`. */
#define CLI_COMMANDS(X)                                                                     \
  X("spm-train", cmd_spm_train, "train a SentencePiece tokenizer model on text files")      \
  X("spm-encode", cmd_spm_encode, "tokenize stdin to ids or pieces, one line per line")    \
  X("spm-decode", cmd_spm_decode, "turn ids on stdin back into text, one line per line")    \
  X("score", cmd_score, "BLEU and chrF of a translation, overall or by sentence length") \
  X("translate", cmd_translate, "translate text files with one or more checkpoints")   \
  X("info", cmd_info, "show what a checkpoint holds: config, parameters, training state") \
  X("average", cmd_average, "average the parameters of checkpoints into a new one") \
  X("shortlist", cmd_shortlist, "build a vocabulary shortlist that speeds up translation") \
  X("quantize", cmd_quantize, "write an int8 copy of a checkpoint for faster translation") \
  X("train", cmd_train, "train a translation model on a parallel corpus")

#define CLI__DECLARE(name, fn, summary) int fn(int argc, char **argv);
CLI_COMMANDS(CLI__DECLARE)
#undef CLI__DECLARE

/* Prints "attend <cmd>: <fmt...>\n" to stderr. */
void cli_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Prints "attend <cmd>: <what>: <at_last_error() or status text>" and returns CLI_FAIL. */
int cli_fail_status(const char *cmd, const char *what, at_status s);
/* Prints a usage error plus "Try 'attend <cmd> --help'." and returns CLI_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Strict number parsing for option values; on failure prints a usage error
 * naming the option and returns non-zero. */
int cli_parse_int(const char *cmd, const char *opt, const char *text, long min, long max, long *out);
int cli_parse_float(const char *cmd, const char *opt, const char *text, double min, double max, double *out);
/* The usage error for what getopt_long (optstring starting with ':', opterr 0) returned
 * in c: ':' an option without its value, else an unknown option. Returns CLI_USAGE. */
int cli_getopt_error(const char *cmd, int c, char **argv);

/* cli/cmd_spm_common.c: the line loop of spm-encode and spm-decode. Reads
 * `in` line by line (any length; a final line without '\n' counts; one '\r'
 * before the '\n' is dropped), calls fn on each line and writes exactly one
 * output line per input line. When fn fails, prints "attend <cmd>: line N:
 * <why>", writes an empty line and goes on. Returns CLI_OK, or CLI_FAIL when
 * any line failed or reading/writing failed. fn writes its result to *out. */
typedef at_status (*cli_line_fn)(void *ctx, const char *line, size_t len, char **out, size_t *out_len);
int cli_each_line(const char *cmd, FILE *in, FILE *out, cli_line_fn fn, void *ctx);

#endif
