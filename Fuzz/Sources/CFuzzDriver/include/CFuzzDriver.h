// libFuzzer's driver, called from the harness's own `main` (SwiftPM links an executable target
// through `<module>_main`, so libFuzzer's `main` cannot be the program's).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
