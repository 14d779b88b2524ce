// libxlsxwriter, opened with dlopen(3) the first time a workbook is made instead of linked: loading
// it and what it needs (minizip, zlib, OpenSSL's libcrypto) cost every folio run about a
// millisecond at start (`folio check` never writes an xlsx). Each function folio calls is defined
// here with the header's own signature and forwards to the library's symbol, resolved once.
// The list is every libxlsxwriter function Sources/FolioXLSX calls; a new call needs its line here.
#include "shim.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

// Not exported from folio (which Swift links with --export-dynamic): libxlsxwriter's calls to its
// own functions stay inside it instead of binding to these forwarders.
#pragma GCC visibility push(hidden)

#define FOLIO_XLSXWRITER_FUNCTIONS(X) \
    X(format_set_align) \
    X(format_set_bg_color) \
    X(format_set_bold) \
    X(format_set_bottom) \
    X(format_set_font_color) \
    X(format_set_font_size) \
    X(format_set_num_format) \
    X(format_set_pattern) \
    X(format_set_rotation) \
    X(format_set_text_wrap) \
    X(format_set_underline) \
    X(lxw_strerror) \
    X(lxw_version) \
    X(lxw_workbook_free) \
    X(workbook_add_format) \
    X(workbook_add_worksheet) \
    X(workbook_close) \
    X(workbook_new) \
    X(workbook_set_properties) \
    X(workbook_validate_sheet_name) \
    X(worksheet_activate) \
    X(worksheet_autofilter) \
    X(worksheet_conditional_format_range) \
    X(worksheet_data_validation_range) \
    X(worksheet_fit_to_pages) \
    X(worksheet_freeze_panes) \
    X(worksheet_merge_range) \
    X(worksheet_repeat_rows) \
    X(worksheet_set_column) \
    X(worksheet_set_landscape) \
    X(worksheet_set_paper) \
    X(worksheet_set_portrait) \
    X(worksheet_set_row) \
    X(worksheet_write_formula_num) \
    X(worksheet_write_number) \
    X(worksheet_write_string) \
    X(worksheet_write_url_opt)

#define FOLIO_DECLARE(name) static __typeof__(&name) real_##name;
FOLIO_XLSXWRITER_FUNCTIONS(FOLIO_DECLARE)

static void *library;
static char failure[1024];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    const char *chosen = getenv("FOLIO_LIBXLSXWRITER");
#ifdef __APPLE__
    const char *candidates[] = {"libxlsxwriter.dylib"};
#else
    // The run-time package's name (libxlsxwriter4), then the development package's link.
    const char *candidates[] = {"libxlsxwriter.so.4", "libxlsxwriter.so"};
#endif
    if (chosen != NULL && chosen[0] != '\0') {
        library = dlopen(chosen, RTLD_NOW | RTLD_LOCAL);
        if (library == NULL) {
            const char *reason = dlerror();
            snprintf(failure, sizeof failure, "%s", reason != NULL ? reason : chosen);
        }
    } else {
        for (size_t index = 0; library == NULL && index < sizeof candidates / sizeof candidates[0]; index++) {
            library = dlopen(candidates[index], RTLD_NOW | RTLD_LOCAL);
            // The first name's reason is the one to show: the others are fallbacks.
            const char *reason = library == NULL ? dlerror() : NULL;
            if (index == 0 && reason != NULL) snprintf(failure, sizeof failure, "%s", reason);
        }
    }
    if (library == NULL) return;
#define FOLIO_RESOLVE(name) \
    real_##name = (__typeof__(real_##name))dlsym(library, #name); \
    if (real_##name == NULL) { \
        snprintf(failure, sizeof failure, "the libxlsxwriter found has no %s (version 1.1 or later is needed)", #name); \
        library = NULL; \
        return; \
    }
    FOLIO_XLSXWRITER_FUNCTIONS(FOLIO_RESOLVE)
}

const char *folio_xlsxwriter_load(void) {
    pthread_once(&once, load);
    return library != NULL ? NULL : failure;
}

/// Every caller loads first (`XLSXLibrary.load()` in Swift); a call without the library is a bug.
static void require_library(void) {
    if (folio_xlsxwriter_load() != NULL) {
        fprintf(stderr, "folio: libxlsxwriter is not loaded: %s\n", failure);
        abort();
    }
}

void format_set_align(lxw_format *format, uint8_t alignment) {
    require_library();
    real_format_set_align(format, alignment);
}

void format_set_bg_color(lxw_format *format, lxw_color_t color) {
    require_library();
    real_format_set_bg_color(format, color);
}

void format_set_bold(lxw_format *format) {
    require_library();
    real_format_set_bold(format);
}

void format_set_bottom(lxw_format *format, uint8_t style) {
    require_library();
    real_format_set_bottom(format, style);
}

void format_set_font_color(lxw_format *format, lxw_color_t color) {
    require_library();
    real_format_set_font_color(format, color);
}

void format_set_font_size(lxw_format *format, double size) {
    require_library();
    real_format_set_font_size(format, size);
}

void format_set_num_format(lxw_format *format, const char *num_format) {
    require_library();
    real_format_set_num_format(format, num_format);
}

void format_set_pattern(lxw_format *format, uint8_t index) {
    require_library();
    real_format_set_pattern(format, index);
}

void format_set_rotation(lxw_format *format, int16_t angle) {
    require_library();
    real_format_set_rotation(format, angle);
}

void format_set_text_wrap(lxw_format *format) {
    require_library();
    real_format_set_text_wrap(format);
}

void format_set_underline(lxw_format *format, uint8_t style) {
    require_library();
    real_format_set_underline(format, style);
}

char *lxw_strerror(lxw_error error_num) {
    // Safe without the library: an error message may be asked for whatever went wrong.
    static char unloaded[] = "libxlsxwriter is not loaded";
    if (folio_xlsxwriter_load() != NULL) return unloaded;
    return real_lxw_strerror(error_num);
}

const char *lxw_version(void) {
    require_library();
    return real_lxw_version();
}

void lxw_workbook_free(lxw_workbook *workbook) {
    require_library();
    real_lxw_workbook_free(workbook);
}

lxw_format *workbook_add_format(lxw_workbook *workbook) {
    require_library();
    return real_workbook_add_format(workbook);
}

lxw_worksheet *workbook_add_worksheet(lxw_workbook *workbook, const char *sheetname) {
    require_library();
    return real_workbook_add_worksheet(workbook, sheetname);
}

lxw_error workbook_close(lxw_workbook *workbook) {
    require_library();
    return real_workbook_close(workbook);
}

lxw_workbook *workbook_new(const char *filename) {
    require_library();
    return real_workbook_new(filename);
}

lxw_error workbook_set_properties(lxw_workbook *workbook, lxw_doc_properties *properties) {
    require_library();
    return real_workbook_set_properties(workbook, properties);
}

lxw_error workbook_validate_sheet_name(lxw_workbook *workbook, const char *sheetname) {
    require_library();
    return real_workbook_validate_sheet_name(workbook, sheetname);
}

void worksheet_activate(lxw_worksheet *worksheet) {
    require_library();
    real_worksheet_activate(worksheet);
}

lxw_error worksheet_autofilter(lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col) {
    require_library();
    return real_worksheet_autofilter(worksheet, first_row, first_col, last_row, last_col);
}

lxw_error worksheet_conditional_format_range(lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col, lxw_conditional_format *conditional_format) {
    require_library();
    return real_worksheet_conditional_format_range(worksheet, first_row, first_col, last_row, last_col, conditional_format);
}

lxw_error worksheet_data_validation_range(lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col, lxw_data_validation *validation) {
    require_library();
    return real_worksheet_data_validation_range(worksheet, first_row, first_col, last_row, last_col, validation);
}

void worksheet_fit_to_pages(lxw_worksheet *worksheet, uint16_t width, uint16_t height) {
    require_library();
    real_worksheet_fit_to_pages(worksheet, width, height);
}

void worksheet_freeze_panes(lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col) {
    require_library();
    real_worksheet_freeze_panes(worksheet, row, col);
}

lxw_error worksheet_merge_range(lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col, const char *string, lxw_format *format) {
    require_library();
    return real_worksheet_merge_range(worksheet, first_row, first_col, last_row, last_col, string, format);
}

lxw_error worksheet_repeat_rows(lxw_worksheet *worksheet, lxw_row_t first_row, lxw_row_t last_row) {
    require_library();
    return real_worksheet_repeat_rows(worksheet, first_row, last_row);
}

lxw_error worksheet_set_column(lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format) {
    require_library();
    return real_worksheet_set_column(worksheet, first_col, last_col, width, format);
}

void worksheet_set_landscape(lxw_worksheet *worksheet) {
    require_library();
    real_worksheet_set_landscape(worksheet);
}

void worksheet_set_paper(lxw_worksheet *worksheet, uint8_t paper_type) {
    require_library();
    real_worksheet_set_paper(worksheet, paper_type);
}

void worksheet_set_portrait(lxw_worksheet *worksheet) {
    require_library();
    real_worksheet_set_portrait(worksheet);
}

lxw_error worksheet_set_row(lxw_worksheet *worksheet, lxw_row_t row, double height, lxw_format *format) {
    require_library();
    return real_worksheet_set_row(worksheet, row, height, format);
}

lxw_error worksheet_write_formula_num(lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *formula, lxw_format *format, double result) {
    require_library();
    return real_worksheet_write_formula_num(worksheet, row, col, formula, format, result);
}

lxw_error worksheet_write_number(lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format) {
    require_library();
    return real_worksheet_write_number(worksheet, row, col, number, format);
}

lxw_error worksheet_write_string(lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format) {
    require_library();
    return real_worksheet_write_string(worksheet, row, col, string, format);
}

lxw_error worksheet_write_url_opt(lxw_worksheet *worksheet, lxw_row_t row_num, lxw_col_t col_num, const char *url, lxw_format *format, const char *string, const char *tooltip) {
    require_library();
    return real_worksheet_write_url_opt(worksheet, row_num, col_num, url, format, string, tooltip);
}

#pragma GCC visibility pop
