#include <xlsxwriter.h>

/// Opens libxlsxwriter (`$FOLIO_LIBXLSXWRITER`, else libxlsxwriter.so.4) and resolves every
/// function folio calls, once. Returns NULL when it is loaded, else why it could not be.
const char *folio_xlsxwriter_load(void);
