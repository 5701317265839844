#pragma once
// Passwords out of anything shown to a person or written to a file.
// A GDAL source may be a connection string that carries a password
// (PG:... password=..., postgresql://user:pass@host/db, MYSQL:db,password=...,
// ODBC ...;PWD=...;); messages, logs, layers and reports name the source by
// what it opens (host, port, database, table), never by its secret.

#include <string>
#include <string_view>

namespace coverplan::gis {

/// What replaces a password.
inline constexpr std::string_view kRedacted = "***";

/// `source` with every password replaced by `***`, the rest unchanged:
///   `password=secret`, `PWD='a b'`, `Password = "x"`, `pwd={x;y}` (any case,
///     also `passwd`, `pass`, `sslpassword`; the key kept as written),
///   `scheme://user:secret@host/...` (any scheme, anywhere in the text:
///     `PG:postgresql://`, `postgres://`, `/vsicurl/https://`),
///   `ODBC:user/secret@dsn` and `OCI:user/secret@instance`.
/// Works on any text that may quote a source (a GDAL error message, say), so
/// a plain path or a message without a secret passes unchanged. An unquoted
/// value ends at white space, or at `,` `;` `&` when another `key=` follows;
/// whatever it cannot delimit it rather hides too much than too little.
std::string redact_secrets(std::string_view source);

}  // namespace coverplan::gis
