// The app in Vietnamese and English: the Vietnamese .ts file in the
// repository translates every message (read here with an XML parser, not
// through Qt's translator); the embedded .qm files load; with Vietnamese set
// before the window is made (as --lang vi does) the window, its docks, menus
// and table headers read Vietnamese, and the View > Language entries switch
// to English and back without a restart.

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QTableView>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "sample_window.h"
#include "test_config.h"
#include "ui/desktop/language.h"
#include "ui/desktop/layers_panel.h"
#include "ui/desktop/problems_model.h"
#include "ui/desktop/problems_panel.h"
#include "ui/desktop/scenario_panel.h"
#include "ui/desktop/weights_panel.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/ranking_model.h"
#include "ui/desktop/ranking_panel.h"

using namespace coverplan;
using namespace coverplan::desktop;

namespace {

struct Texts {
    QString rankings_dock, zone_dock, investment_tab, rank_header, team_header, view_menu, language_menu, undo_entry;
    QString layers_box, weights_group, weights_row, problems_header, scenario_summary;
    QString problems_first_layer, coverage_layer;  ///< the problems line's first layer; the coverage layer's name
};

QString dock_title(const MainWindow& window, const char* name) {
    auto* dock = window.findChild<QDockWidget*>(name);
    return dock ? dock->windowTitle() : QString("(no dock %1)").arg(name);
}

/// Qt posts the LanguageChange events to the windows: deliver them.
void choose(QAction* language) {
    language->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QString menu_title(const MainWindow& window, const char* name) {
    auto* menu = window.findChild<QMenu*>(name);
    return menu ? menu->title() : QString("(no menu %1)").arg(name);
}

/// Every label's text, joined by "|".
QString label_texts(const QWidget& panel) {
    QStringList texts;
    for (const QLabel* label : panel.findChildren<QLabel*>()) texts << label->text();
    return texts.join('|');
}

Texts visible_texts(const MainWindow& window) {
    const RankingModel* model = window.investment_panel()->model();
    auto* tabs = window.investment_panel()->parentWidget()->parentWidget();
    auto* tab_widget = qobject_cast<QTabWidget*>(tabs);
    QString undo;
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
        for (QAction* action : menu->actions())
            if (action->shortcut() == QKeySequence(QKeySequence::Undo)) undo = action->text();
    return Texts{dock_title(window, "rankings"), dock_title(window, "zone_detail"),
                 tab_widget ? tab_widget->tabText(0) : QString("(no tabs)"),
                 model->headerData(RankingModel::Rank, Qt::Horizontal).toString(),
                 model->headerData(RankingModel::Team, Qt::Horizontal).toString(),
                 menu_title(window, "view_menu"), menu_title(window, "language_menu"), undo,
                 window.layers_panel()->findChildren<QCheckBox*>().value(0)->text(),
                 window.weights_panel()->findChildren<QGroupBox*>().value(0)->title(),
                 label_texts(*window.weights_panel()),
                 window.problems_panel()->findChild<QTableView*>()->model()->headerData(ProblemsModel::Reason, Qt::Horizontal).toString(),
                 window.scenario_panel()->summary(),
                 label_texts(*window.problems_panel()).section(";  ", 0, 0), ProblemsModel::layer_name("coverage")};
}

void expect_english(const Texts& t) {
    QCOMPARE(t.rankings_dock, QString("Rankings"));
    QCOMPARE(t.zone_dock, QString("Zone"));
    QCOMPARE(t.investment_tab, QString("Investment ranking"));
    QCOMPARE(t.rank_header, QString("Rank"));
    QCOMPARE(t.team_header, QString("Team"));
    QCOMPARE(t.view_menu, QString("&View"));
    QCOMPARE(t.language_menu, QString("&Language"));
    QCOMPARE(t.undo_entry, QString("&Undo"));
    QCOMPARE(t.layers_box, QString("Subscribers"));
    QCOMPARE(t.weights_group, QString("Investment weights"));
    QVERIFY2(t.weights_row.contains("|Unserved demand|"), qPrintable(t.weights_row));
    QCOMPARE(t.problems_header, QString("Reason"));
    QCOMPARE(t.scenario_summary, QString("No change yet: the rankings are those of the data."));
    QCOMPARE(t.problems_first_layer, QString("50 zones read: 50 used, 0 repaired, 0 rejected, 0 flagged"));
    QCOMPARE(t.coverage_layer, QString("coverage"));
}

void expect_vietnamese(const Texts& t) {
    QCOMPARE(t.rankings_dock, QString::fromUtf8("Xếp hạng"));
    QCOMPARE(t.zone_dock, QString::fromUtf8("Vùng"));
    QCOMPARE(t.investment_tab, QString::fromUtf8("Xếp hạng đầu tư"));
    QCOMPARE(t.rank_header, QString::fromUtf8("Hạng"));
    QCOMPARE(t.team_header, QString::fromUtf8("Tổ/Đội"));
    QCOMPARE(t.view_menu, QString::fromUtf8("&Xem"));
    QCOMPARE(t.language_menu, QString::fromUtf8("&Ngôn ngữ"));
    QCOMPARE(t.undo_entry, QString::fromUtf8("&Hoàn tác"));
    QCOMPARE(t.layers_box, QString::fromUtf8("Thuê bao"));
    QCOMPARE(t.weights_group, QString::fromUtf8("Trọng số đầu tư"));
    QVERIFY2(t.weights_row.contains(QString::fromUtf8("|Nhu cầu chưa được phục vụ|")), qPrintable(t.weights_row));
    QCOMPARE(t.problems_header, QString::fromUtf8("Lý do"));
    QCOMPARE(t.scenario_summary, QString::fromUtf8("Chưa có thay đổi: xếp hạng theo dữ liệu hiện trạng."));
    // The layers named in Vietnamese too, not "Đã đọc 50 zones".
    QCOMPARE(t.problems_first_layer, QString::fromUtf8("Đã đọc 50 khu vực: 50 dùng được, 0 đã sửa, 0 bị loại, 0 bị đánh dấu"));
    QCOMPARE(t.coverage_layer, QString::fromUtf8("node mạng"));
}

}  // namespace

class LanguageTest : public QObject {
    Q_OBJECT
private slots:
    void every_vietnamese_message_is_translated() {
        QFile file(QString(test::kSourceDir) + "/ui/desktop/translations/coverplan_vi.ts");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) continue;
            if (xml.name() == u"source") source = xml.readElementText();
            if (xml.name() != u"translation") continue;
            ++messages;
            const QString type = xml.attributes().value("type").toString();
            const QString text = xml.readElementText();
            QVERIFY2(type.isEmpty(), qPrintable(QString("'%1' is %2").arg(source, type)));
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QString("'%1' has no translation").arg(source)));
            QVERIFY2(text == text.normalized(QString::NormalizationForm_C), qPrintable(text + " is not NFC"));
            // The placeholders survive translation.
            for (int n = 1; n <= 9; ++n) {
                const QString mark = "%" + QString::number(n);
                QVERIFY2(source.contains(mark) == text.contains(mark), qPrintable(source + " → " + text));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 100, qPrintable(QString::number(messages)));
    }

    void the_embedded_translations_load() {
        QTranslator vi;
        QVERIFY(vi.load(":/i18n/coverplan_vi.qm"));
        QCOMPARE(vi.translate("coverplan::desktop::MainWindow", "Investment ranking"), QString::fromUtf8("Xếp hạng đầu tư"));
        QTranslator en;
        QVERIFY(en.load(":/i18n/coverplan_en.qm"));
    }

    void the_system_locale_chooses_the_language() {
        const QByteArray all = qgetenv("LC_ALL"), messages = qgetenv("LC_MESSAGES"), lang = qgetenv("LANG");
        qunsetenv("LC_ALL");
        qunsetenv("LC_MESSAGES");
        qputenv("LANG", "vi_VN.UTF-8");
        QCOMPARE(system_language(), QString("vi"));
        qputenv("LC_MESSAGES", "en_US.UTF-8");
        QCOMPARE(system_language(), QString("en"));
        qputenv("LC_ALL", "vi_VN");
        QCOMPARE(system_language(), QString("vi"));
        qputenv("LC_ALL", "de_DE.UTF-8");
        QCOMPARE(system_language(), QString("en"));
        qputenv("LC_ALL", all);
        qputenv("LC_MESSAGES", messages);
        qputenv("LANG", lang);
    }

    void the_menu_switches_the_window_between_vietnamese_and_english() {
        QVERIFY(set_language("vi"));  // what main() does for --lang vi
        auto window = test::open_sample_window();
        QVERIFY(window);
        expect_vietnamese(visible_texts(*window));
        QCOMPARE(QLocale().toString(69.7, 'f', 1), QString("69,7"));

        auto* english = window->findChild<QAction*>("language_en");
        auto* vietnamese = window->findChild<QAction*>("language_vi");
        QVERIFY(english && vietnamese);
        QVERIFY(vietnamese->isChecked());
        QSignalSpy headers(window->investment_panel()->model(), &QAbstractItemModel::headerDataChanged);
        choose(english);
        QCOMPARE(current_language(), QString("en"));
        expect_english(visible_texts(*window));
        QVERIFY(headers.count() >= 1);  // the table view asks for the new headers
        QCOMPARE(QLocale().toString(69.7, 'f', 1), QString("69.7"));

        choose(vietnamese);
        expect_vietnamese(visible_texts(*window));
        choose(english);
        expect_english(visible_texts(*window));
    }
};

QTEST_MAIN(LanguageTest)
#include "language_test.moc"
