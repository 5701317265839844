#pragma once
// The answer of the last "check here": the status large and coloured, the
// zone and its team, the covering nodes with their spare ports, or the
// nearest node and how far its service area is.

#include <QWidget>
#include <nlohmann/json.hpp>

class QTextBrowser;

namespace coverplan::desktop {

class CheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit CheckPanel(QWidget* parent = nullptr);
    void show_answer(const nlohmann::ordered_json& answer);
    void clear();
    QString text() const;
    /// A check's status ("not_covered") as the panel shows it, in the user's language.
    static QString status_text(const std::string& status);

private:
    QTextBrowser* browser_;
    nlohmann::ordered_json answer_;  ///< shown again in a new language
};

}  // namespace coverplan::desktop
