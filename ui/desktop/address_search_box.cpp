#include "ui/desktop/address_search_box.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

#include "planner/address_index.h"
#include "ui/desktop/project_session.h"
#include "ui/desktop/retranslate.h"

namespace coverplan::desktop {

namespace {

/// Suggestions shown at once: the list stays short enough to read at a glance.
constexpr std::size_t kSuggestions = 10;

QString text_of(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

}  // namespace

AddressSearchBox::AddressSearchBox(QWidget* parent)
    : QLineEdit(parent), model_(new QStringListModel(this)), completer_(new QCompleter(model_, this)) {
    setObjectName("address_search");
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    // The index has already chosen and ordered the matches: the list shows them as they are.
    completer_->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer_->setMaxVisibleItems(int(kSuggestions));
    completer_->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &AddressSearchBox::suggest);
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { pick(index.row()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (completer_->popup()->isVisible()) return;  // the list's own Enter picks what is highlighted
        suggest();
        pick(0);
    });
    keep_translated(this, [this] { retranslate(); });
    set_session(nullptr);
}

void AddressSearchBox::set_session(std::shared_ptr<const ProjectSession> session) {
    session_ = std::move(session);
    shown_.clear();
    model_->setStringList({});
    setEnabled(session_ && session_->data.addresses.index);
    retranslate();
}

void AddressSearchBox::retranslate() {
    if (!session_)
        setPlaceholderText(tr("Find an address"));
    else if (!session_->data.addresses.index)
        setPlaceholderText(tr("No address layer in the project: click the map with “Check here”"));
    else
        setPlaceholderText(tr("Find an address: street, number, ward…"));
    setToolTip(placeholderText());
}

QStringList AddressSearchBox::suggestions() const { return model_->stringList(); }

void AddressSearchBox::suggest() {
    shown_.clear();
    QStringList lines;
    if (session_ && session_->data.addresses.index) {
        const planner::Addresses& addresses = session_->data.addresses;
        for (const planner::AddressHit& hit : addresses.index->search(text().toStdString(), kSuggestions)) {
            QStringList areas;
            for (std::string_view area : {addresses.ward_name(hit.address), addresses.district_name(hit.address)})
                if (!area.empty()) areas << text_of(area);
            const QString street = text_of(addresses.texts[hit.address]);
            lines << (areas.isEmpty() ? street : street + "  —  " + areas.join(" · "));
            shown_.push_back(hit.address);
        }
    }
    model_->setStringList(lines);
    if (!lines.isEmpty() && hasFocus()) completer_->complete();
    else completer_->popup()->hide();
}

void AddressSearchBox::pick(int row) {
    if (!session_ || row < 0 || std::size_t(row) >= shown_.size()) return;
    const planner::Addresses& addresses = session_->data.addresses;
    const std::uint32_t address = shown_[std::size_t(row)];
    QStringList parts = {text_of(addresses.texts[address])};
    for (std::string_view area : {addresses.ward_name(address), addresses.district_name(address)})
        if (!area.empty()) parts << text_of(area);
    const QString text = parts.join(", ");
    setText(text);
    completer_->popup()->hide();
    emit picked(QPointF(addresses.x[address], addresses.y[address]), address, text);
}

}  // namespace coverplan::desktop
