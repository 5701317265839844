#include "ui/desktop/scenario_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include "ui/desktop/scenario_state.h"
#include "ui/desktop/scenario_tools.h"
#include "ui/desktop/retranslate.h"

namespace coverplan::desktop {

ScenarioPanel::ScenarioPanel(ScenarioState& state, AddCapacityTool& add_capacity, PlaceNodeTool& place_node, QWidget* parent)
    : QWidget(parent),
      state_(state),
      add_capacity_(add_capacity),
      place_node_(place_node),
      ports_(new QSpinBox(this)),
      radius_(new QSpinBox(this)),
      capacity_(new QSpinBox(this)),
      technology_(new QComboBox(this)),
      summary_(new QLabel(this)) {
    ports_->setRange(1, 100000);
    ports_->setValue(64);
    radius_->setRange(50, 50000);
    radius_->setSingleStep(100);
    radius_->setValue(800);
    radius_->setSuffix(" m");
    capacity_->setRange(1, 100000);
    capacity_->setValue(256);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* settings = new QGroupBox(this);
    auto* form = new QFormLayout(settings);
    form->addRow(new QLabel(settings), ports_);
    form->addRow(new QLabel(settings), radius_);
    form->addRow(new QLabel(settings), capacity_);
    form->addRow(new QLabel(settings), technology_);

    auto* undo = new QPushButton(this);
    auto* redo = new QPushButton(this);
    connect(undo, &QPushButton::clicked, state_.stack(), &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, state_.stack(), &QUndoStack::redo);
    connect(state_.stack(), &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(state_.stack(), &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(undo);
    buttons->addWidget(redo);

    auto* history = new QUndoView(state_.stack(), this);
    auto* changes = new QLabel(this);
    keep_translated(this, [=, this] {
        ports_->setSuffix(tr(" ports"));
        capacity_->setSuffix(tr(" ports"));
        settings->setTitle(tr("What the tools add"));
        auto label = [form](QWidget* field, const QString& text) {
            if (auto* name = qobject_cast<QLabel*>(form->labelForField(field))) name->setText(text);
        };
        label(ports_, tr("Add capacity:"));
        label(radius_, tr("New node reach:"));
        label(capacity_, tr("New node capacity:"));
        label(technology_, tr("New node technology:"));
        undo->setText(tr("Undo"));
        redo->setText(tr("Redo"));
        history->setEmptyLabel(tr("The data as it is"));
        changes->setText(tr("Changes (click one to go back to it):"));
        if (technology_->count() > 0) technology_->setItemText(0, tr("any technology"));
        refresh();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(settings);
    layout->addWidget(changes);
    layout->addWidget(history, 1);
    layout->addLayout(buttons);
    layout->addWidget(summary_);

    for (QSpinBox* box : {ports_, radius_, capacity_}) connect(box, &QSpinBox::valueChanged, this, &ScenarioPanel::settings_changed);
    connect(technology_, &QComboBox::currentIndexChanged, this, &ScenarioPanel::settings_changed);
    connect(&state_, &ScenarioState::changed, this, &ScenarioPanel::refresh);
    settings_changed();
}

void ScenarioPanel::set_session(std::shared_ptr<const ProjectSession> session) {
    session_ = std::move(session);
    // The technology chosen stays when the new data has it (the same project read again).
    const QVariant chosen = technology_->currentData();
    technology_->clear();
    technology_->addItem(tr("any technology"), QString());
    if (session_)
        for (const auto& tech : session_->data.technologies)
            technology_->addItem(QString::fromStdString(tech).toUpper(), QString::fromStdString(tech));
    if (const int kept = chosen.isValid() ? technology_->findData(chosen) : -1; kept >= 0)
        technology_->setCurrentIndex(kept);
    else if (technology_->count() > 1)
        technology_->setCurrentIndex(1);
    refresh();
}

void ScenarioPanel::settings_changed() {
    add_capacity_.set_ports(ports_->value());
    place_node_.set_node(radius_->value(), capacity_->value(), technology_->currentData().toString().toStdString());
}

QString ScenarioPanel::summary() const { return summary_->text(); }

void ScenarioPanel::refresh() {
    if (!session_ || !session_->scenario) {
        summary_->setText(tr("No change yet: the rankings are those of the data."));
        return;
    }
    const planner::Plan& before = session_->plan;
    const planner::Plan& after = session_->scenario->plan;
    int moved = 0, unserved_before = 0, unserved_after = 0;
    for (std::size_t z = 0; z < after.investment.size(); ++z) {
        moved += after.investment[z].rank != before.investment[z].rank;
        unserved_before += int(before.zones[z].unserved_leads);
        unserved_after += int(after.zones[z].unserved_leads);
    }
    summary_->setText(tr("%1 zones change investment rank; open leads that cannot be served: %2 → %3.")
                          .arg(moved)
                          .arg(unserved_before)
                          .arg(unserved_after));
}

}  // namespace coverplan::desktop
