#include "cli/cli.h"

int cmd_spm_decode(int argc, char **argv) {
  (void)argc; (void)argv;
  cli_error("spm-decode", "not implemented yet");
  return CLI_FAIL;
}
