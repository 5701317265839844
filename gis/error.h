#pragma once
// One base exception for Coverplan, with a subclass for bad input.
// Errors carry their context (file, layer, feature, field) so the message a
// user sees always says where the problem is.

#include <stdexcept>
#include <string>

namespace coverplan {

/// Where a problem was found. Empty members are left out of messages.
struct Location {
    std::string file;
    std::string layer;
    std::string feature;  ///< feature id as the user knows it
    std::string field;
    int line = 0;         ///< line in a text file (project file), 0 = unknown

    /// "file:line: layer 'x': feature 7: field 'y'" (only the known parts).
    std::string describe() const;
};

/// Base of every Coverplan exception. Its message never holds a password:
/// messages quote sources and GDAL's words, which may carry a connection
/// string, so the constructor passes them through gis::redact_secrets.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message);
};

/// The user's input (project file, data, command line) cannot be used.
/// The CLI maps it to exit code 2.
class InputError : public Error {
public:
    InputError(const Location& where, const std::string& reason);
    explicit InputError(const std::string& message) : Error(message) {}
    const Location& where() const { return where_; }

private:
    Location where_;
};

}  // namespace coverplan
