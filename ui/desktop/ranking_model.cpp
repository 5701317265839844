#include "ui/desktop/ranking_model.h"

#include <QLocale>

#include "ui/i18n/reason_words.h"
#include "ui/desktop/component_text.h"

namespace coverplan::desktop {

RankingModel::RankingModel(planner::RankingKind kind, QObject* parent) : QAbstractTableModel(parent), kind_(kind) {}

void RankingModel::set_session(std::shared_ptr<const ProjectSession> session) {
    beginResetModel();
    session_ = std::move(session);
    endResetModel();
}

void RankingModel::retranslate() {
    // The headers (and the numbers, in the new locale) read the new language.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    reset();
}

void RankingModel::reset() {
    // Rows stay (one per zone); every score, rank and reason may change.
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RankingModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !session_) return 0;
    return int(session_->shown_plan().scores(kind_).size());
}

int RankingModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RankingModel::data(const QModelIndex& index, int role) const {
    if (!session_ || !index.isValid() || index.row() >= rowCount()) return {};
    const std::size_t z = std::size_t(index.row());
    const auto& zones = session_->data.zones;
    const planner::ZoneScore& score = session_->shown_plan().scores(kind_)[z];
    // With a scenario, rank and score read "before → after".
    const planner::ZoneScore* before = session_->scenario ? &session_->plan.scores(kind_)[z] : nullptr;
    if (role == ZoneRole) return int(z);
    if (role == TeamRole) return QString::fromStdString(zones.teams[z]);
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Rank || column == Score || (column >= Component1 && column <= Component4);
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && column == Reasons) return QString::fromStdString(i18n::reader_reasons(kind_, score.reasons));
    if (role != Qt::DisplayRole && role != SortRole) return {};
    const bool sort = role == SortRole;
    switch (column) {
        case Rank:
            if (sort || !before || before->rank == score.rank) return score.rank;
            return QString("%1 → %2").arg(before->rank).arg(score.rank);
        case ZoneId: return QString::fromStdString(zones.ids[z]);
        case Name: return QString::fromStdString(zones.names[z]);
        case Team: return QString::fromStdString(zones.teams[z]);
        case Kind: return zones.kind_of(z).empty() ? tr("(no kind)") : QString::fromStdString(zones.kind_of(z));
        case Score: {
            if (sort) return score.score;
            const QString after = QLocale().toString(score.score * 100, 'f', 1);
            const QString was = before ? QLocale().toString(before->score * 100, 'f', 1) : after;
            return was == after ? after : was + " → " + after;
        }
        case Reasons: return QString::fromStdString(i18n::reader_reasons(kind_, score.reasons));
        default: {
            const std::size_t c = std::size_t(column - Component1);
            return sort ? QVariant(score.raw[c]) : QVariant(component_value(kind_, c, score.raw[c]));
        }
    }
}

std::optional<bool> RankingModel::less(int a, int b, int column) const {
    if (!session_ || a < 0 || b < 0 || a >= rowCount() || b >= rowCount()) return std::nullopt;
    const auto& scores = session_->shown_plan().scores(kind_);
    const planner::ZoneScore& left = scores[std::size_t(a)];
    const planner::ZoneScore& right = scores[std::size_t(b)];
    switch (column) {
        case Rank: return left.rank < right.rank;
        case Score: return left.score < right.score;
        case Component1:
        case Component2:
        case Component3:
        case Component4: {
            const std::size_t c = std::size_t(column - Component1);
            return left.raw[c] < right.raw[c];
        }
        default: return std::nullopt;
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Rank: return tr("Rank");
        case ZoneId: return tr("Zone");
        case Name: return tr("Name");
        case Team: return tr("Team");
        case Kind: return tr("Kind");
        case Score: return tr("Score");
        case Reasons: return tr("Why");
        default:
            if (section >= Component1 && section <= Component4)
                return component_label(kind_, std::size_t(section - Component1));
            return {};
    }
}

}  // namespace coverplan::desktop
