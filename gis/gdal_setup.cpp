#include "gis/gdal_setup.h"

#include <cpl_error.h>
#include <gdal_priv.h>

#include <mutex>
#include <string>

#include "gis/redact.h"

namespace coverplan::gis {

namespace {

// GDAL's messages may quote a connection string (PG:... password=...): what
// GDAL prints by itself goes through the same redaction as our own messages.
void CPL_STDCALL print_redacted(CPLErr severity, CPLErrorNum number, const char* message) {
    const std::string redacted = redact_secrets(message ? message : "");
    CPLDefaultErrorHandler(severity, number, redacted.c_str());
}

}  // namespace

void register_gdal_drivers() {
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetErrorHandler(print_redacted);
        GDALAllRegister();
    });
}

}  // namespace coverplan::gis
