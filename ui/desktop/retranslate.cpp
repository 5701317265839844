#include "ui/desktop/retranslate.h"

#include <QEvent>

namespace coverplan::desktop {

namespace {

class LanguageWatcher : public QObject {
public:
    LanguageWatcher(QObject* owner, std::function<void()> apply) : QObject(owner), apply_(std::move(apply)) {}

    bool event(QEvent* event) override {
        if (event->type() == QEvent::LanguageChange) apply_();
        return QObject::event(event);
    }

private:
    std::function<void()> apply_;
};

}  // namespace

void keep_translated(QObject* owner, std::function<void()> apply) {
    apply();
    new LanguageWatcher(owner, std::move(apply));
}

}  // namespace coverplan::desktop
