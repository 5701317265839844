#include "gis/error.h"

#include "gis/redact.h"

namespace coverplan {

std::string Location::describe() const {
    std::string text;
    auto append = [&text](const std::string& part) {
        if (part.empty()) return;
        if (!text.empty()) text += ": ";
        text += part;
    };
    append(line > 0 && !file.empty() ? file + ":" + std::to_string(line) : file);
    append(layer.empty() ? "" : "layer '" + layer + "'");
    append(feature.empty() ? "" : "feature " + feature);
    append(field.empty() ? "" : "field '" + field + "'");
    return text;
}

Error::Error(const std::string& message) : std::runtime_error(gis::redact_secrets(message)) {}

static std::string compose(const Location& where, const std::string& reason) {
    const std::string prefix = where.describe();
    return prefix.empty() ? reason : prefix + ": " + reason;
}

InputError::InputError(const Location& where, const std::string& reason)
    : Error(compose(where, reason)), where_(where) {}

}  // namespace coverplan
