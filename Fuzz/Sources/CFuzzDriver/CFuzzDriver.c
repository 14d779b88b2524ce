// The declaration in include/CFuzzDriver.h is all: libFuzzer (-sanitize=fuzzer) defines it.
#include "CFuzzDriver.h"
