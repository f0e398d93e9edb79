/* fuzz.h: the libFuzzer entry point every harness defines. Built two ways:
 * with clang and -fsanitize=fuzzer by scripts/fuzz, and with the normal
 * compiler plus replay_main.c, so CTest replays the corpus in every build. */
#ifndef RAPPORT_FUZZ_H
#define RAPPORT_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Runs one input. Returns 0; a finding is an abort (or a sanitizer report). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
