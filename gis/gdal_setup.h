#pragma once

namespace coverplan::gis {

/// Registers GDAL's drivers once per process (safe to call from anywhere,
/// any number of times). Every gis entry point that opens data calls it, so
/// callers never have to. Also makes GDAL print its own messages with
/// passwords redacted (gis::redact_secrets).
void register_gdal_drivers();

}  // namespace coverplan::gis
