#include "cli/cli.h"

int cmd_spm_train(int argc, char **argv) {
  (void)argc; (void)argv;
  cli_error("spm-train", "not implemented yet");
  return CLI_FAIL;
}
