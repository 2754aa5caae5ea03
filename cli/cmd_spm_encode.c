#include "cli/cli.h"

int cmd_spm_encode(int argc, char **argv) {
  (void)argc; (void)argv;
  cli_error("spm-encode", "not implemented yet");
  return CLI_FAIL;
}
