// glibc's malloc tuning, mallopt(3), which Swift's Glibc module does not export.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
