#include "ui/cli/terminal_output.h"

#include <cstdio>
#include <iostream>

namespace coverplan::cli {

namespace {

std::streambuf* original_stderr = nullptr;

/// Passes bytes on, writing control characters as escapes. UTF-8's C1
/// controls are two bytes (C2 80-9F), so a C2 waits for the byte after it.
class EscapingBuffer : public std::streambuf {
public:
    explicit EscapingBuffer(std::streambuf* target) : target_(target) {}
    ~EscapingBuffer() override { release_lead(); }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        put(static_cast<unsigned char>(traits_type::to_char_type(c)));
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        for (std::streamsize i = 0; i < n; ++i) put(static_cast<unsigned char>(s[i]));
        return n;
    }
    int sync() override { return target_->pubsync(); }

private:
    void put(unsigned char c) {
        if (lead_) {
            lead_ = false;
            if (c >= 0x80 && c <= 0x9f) {
                escape("\\u%04x", c);
                return;
            }
            target_->sputc(char(0xc2));
        }
        if (c == 0xc2) {
            lead_ = true;
        } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
            escape("\\x%02x", c);
        } else {
            target_->sputc(char(c));
        }
    }
    void escape(const char* format, unsigned c) {
        char text[8];
        const int n = std::snprintf(text, sizeof text, format, c);
        target_->sputn(text, n);
    }
    void release_lead() {
        if (lead_) target_->sputc(char(0xc2));
        lead_ = false;
    }

    std::streambuf* target_;
    bool lead_ = false;
};

}  // namespace

TerminalOutputGuard::TerminalOutputGuard()
    : out_(std::make_unique<EscapingBuffer>(std::cout.rdbuf())),
      err_(std::make_unique<EscapingBuffer>(std::cerr.rdbuf())),
      original_out_(std::cout.rdbuf()),
      original_err_(std::cerr.rdbuf()) {
    original_stderr = original_err_;
    std::cout.rdbuf(out_.get());
    std::cerr.rdbuf(err_.get());
}

TerminalOutputGuard::~TerminalOutputGuard() {
    std::cout.flush();
    std::cerr.flush();
    std::cout.rdbuf(original_out_);
    std::cerr.rdbuf(original_err_);
    original_stderr = nullptr;
}

std::string one_line(std::string text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' || text[i] == '\t') {
            text.replace(i, 1, text[i] == '\n' ? "\\n" : "\\t");
            ++i;
        }
    return text;
}

std::ostream& unescaped_stderr() {
    static std::ostream stream(nullptr);
    stream.rdbuf(original_stderr ? original_stderr : std::cerr.rdbuf());
    return stream;
}

}  // namespace coverplan::cli
