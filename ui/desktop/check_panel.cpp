#include "ui/desktop/check_panel.h"
#include "ui/desktop/retranslate.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace coverplan::desktop {

namespace {

QString text_of(const nlohmann::ordered_json& value) {
    if (value.is_string()) return QString::fromStdString(value.get<std::string>()).toHtmlEscaped();
    if (value.is_number()) return QLocale().toString(value.get<double>(), 'f', 0);
    return QString();
}

QString status_colour(const std::string& status) {
    if (status == "available") return "#1a7f37";
    if (status == "full") return "#b35900";
    if (status == "planned") return "#0a58ca";
    return "#b42318";
}

}  // namespace

QString CheckPanel::status_text(const std::string& status) {
    // The field page's words (ui/server/web/app.js), so sales and planners say the same.
    if (status == "available") return tr("available");
    if (status == "full") return tr("full");
    if (status == "planned") return tr("planned");
    if (status == "not_covered") return tr("not covered");
    return QString::fromStdString(status);
}

CheckPanel::CheckPanel(QWidget* parent) : QWidget(parent), browser_(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(browser_);
    keep_translated(this, [this] {
        if (answer_.is_null())
            clear();
        else
            show_answer(nlohmann::ordered_json(answer_));
    });
}

void CheckPanel::clear() {
    answer_ = nullptr;
    browser_->setHtml("<p style='color:#666'>" + tr("Choose “Check here” in the toolbar and click the map.") + "</p>");
}

QString CheckPanel::text() const { return browser_->toPlainText(); }

void CheckPanel::show_answer(const nlohmann::ordered_json& answer) {
    answer_ = answer;
    const std::string status = answer.value("status", "");
    QString html = "<h2 style='color:" + status_colour(status) + "'>" + status_text(status) + "</h2>";
    if (answer.contains("address") && answer["address"].is_object()) {
        const auto& address = answer["address"];
        QStringList parts = {text_of(address["text"])};
        for (const char* area : {"ward", "district"})
            if (address[area].is_string()) parts << text_of(address[area]);
        html += "<p><b>" + parts.join(", ") + "</b></p>";
    }
    if (answer.contains("location"))
        html += "<p>" + QLocale().toString(answer["location"].value("lat", 0.0), 'f', 5) + ", " +
                QLocale().toString(answer["location"].value("lon", 0.0), 'f', 5) + "</p>";
    if (!answer["zone_id"].is_null())
        html += "<p>" + tr("Zone") + ": <b>" + text_of(answer["zone_name"]) + "</b> (" + text_of(answer["zone_id"]) + ")<br>" +
                tr("Team") + ": " + text_of(answer["team"]) + "</p>";
    else
        html += "<p>" + tr("Outside every zone") + "</p>";
    const auto& nodes = answer["nodes"];
    if (nodes.is_array() && !nodes.empty()) {
        html += "<table cellspacing=0 cellpadding=2><tr><th align=left>" + tr("Node") + "</th><th align=left>" +
                tr("Technology") + "</th><th align=left>" + tr("Status") + "</th><th align=right>" + tr("Spare ports") +
                "</th></tr>";
        for (const auto& node : nodes)
            html += "<tr><td>" + text_of(node["node_id"]) + "</td><td>" + text_of(node["technology"]) + "</td><td>" +
                    text_of(node["status"]) + "</td><td align=right>" + text_of(node["spare"]) + "</td></tr>";
        html += "</table>";
    }
    if (answer.contains("nearest_node") && answer["nearest_node"].is_object())
        html += "<p>" + tr("Nearest node: %1, %2 m away")
                            .arg(text_of(answer["nearest_node"]["node_id"]), text_of(answer["nearest_node"]["distance_m"])) +
                "</p>";
    browser_->setHtml(html);
}

}  // namespace coverplan::desktop
