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
    ports_->setSuffix(tr(" ports"));
    radius_->setRange(50, 50000);
    radius_->setSingleStep(100);
    radius_->setValue(800);
    radius_->setSuffix(" m");
    capacity_->setRange(1, 100000);
    capacity_->setValue(256);
    capacity_->setSuffix(tr(" ports"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* settings = new QGroupBox(tr("What the tools add"), this);
    auto* form = new QFormLayout(settings);
    form->addRow(tr("Add capacity:"), ports_);
    form->addRow(tr("New node reach:"), radius_);
    form->addRow(tr("New node capacity:"), capacity_);
    form->addRow(tr("New node technology:"), technology_);

    auto* undo = new QPushButton(tr("Undo"), this);
    auto* redo = new QPushButton(tr("Redo"), this);
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
    history->setEmptyLabel(tr("The data as it is"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(settings);
    layout->addWidget(new QLabel(tr("Changes (click one to go back to it):"), this));
    layout->addWidget(history, 1);
    layout->addLayout(buttons);
    layout->addWidget(summary_);

    for (QSpinBox* box : {ports_, radius_, capacity_}) connect(box, &QSpinBox::valueChanged, this, &ScenarioPanel::settings_changed);
    connect(technology_, &QComboBox::currentIndexChanged, this, &ScenarioPanel::settings_changed);
    connect(&state_, &ScenarioState::changed, this, &ScenarioPanel::refresh);
    settings_changed();
    refresh();
}

void ScenarioPanel::set_session(std::shared_ptr<const ProjectSession> session) {
    session_ = std::move(session);
    technology_->clear();
    technology_->addItem(tr("any technology"), QString());
    if (session_)
        for (const auto& tech : session_->data.technologies)
            technology_->addItem(QString::fromStdString(tech).toUpper(), QString::fromStdString(tech));
    if (technology_->count() > 1) technology_->setCurrentIndex(1);
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
