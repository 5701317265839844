#pragma once
// The process locale switched to one that writes a decimal comma, for the
// scope of a test: what a Qt application does at start-up
// (setlocale(LC_ALL, "") from a Vietnamese or German environment). The
// locales come from Debian's locales-all (scripts/install-deps.sh).

#include <clocale>
#include <cstdio>
#include <string>

namespace coverplan::test {

class DecimalCommaLocale {
public:
    DecimalCommaLocale() {
        const char* current = std::setlocale(LC_ALL, nullptr);
        previous_ = current ? current : "C";
        for (const char* name : {"vi_VN.UTF-8", "vi_VN.utf8", "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8"})
            if (std::setlocale(LC_ALL, name)) {
                name_ = name;
                break;
            }
    }
    ~DecimalCommaLocale() { std::setlocale(LC_ALL, previous_.c_str()); }
    DecimalCommaLocale(const DecimalCommaLocale&) = delete;
    DecimalCommaLocale& operator=(const DecimalCommaLocale&) = delete;

    /// The locale chosen, empty when none is installed.
    const std::string& name() const { return name_; }
    /// Whether printf now really writes a comma (the test would prove nothing otherwise).
    bool writes_decimal_comma() const {
        char text[16];
        std::snprintf(text, sizeof text, "%.1f", 87.5);
        return std::string(text) == "87,5";
    }

private:
    std::string previous_, name_;
};

}  // namespace coverplan::test
