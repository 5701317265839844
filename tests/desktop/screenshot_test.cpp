// coverplan-gui --screenshot, run as a program: a PNG of the requested size
// whose map area is drawn in colour, exit 0; a project that cannot be used
// exits 2 with the very line `coverplan validate` prints; bad options exit 2.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "test_config.h"

namespace {

struct Run {
    int exit_code = -1;
    QString out, err;
};

Run run(const QString& program, const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// The lines of stderr that are Coverplan's (Qt's own notices left out).
QStringList coverplan_lines(const QString& err) {
    QStringList lines;
    for (const QString& line : err.split('\n', Qt::SkipEmptyParts))
        if (line.startsWith("error:") || line.startsWith("coverplan")) lines << line;
    return lines;
}

}  // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT
private slots:
    void writesTheWindowAtTheRequestedSize() {
        QTemporaryDir dir;
        const QString png = dir.filePath("main.png");
        const Run result = run(coverplan::test::kCoverplanGuiExe,
                               {coverplan::test::kSampleProject, "--screenshot", png, "--size", "1280x800"});
        QVERIFY2(result.exit_code == 0, qPrintable(result.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // The middle of the window is the map: many colours (the zones'
        // classes, labels, outlines), not a blank or half-drawn canvas.
        std::set<QRgb> colours;
        const QRect middle(image.width() * 45 / 100, image.height() / 5, image.width() / 5, image.height() / 3);
        for (int y = middle.top(); y < middle.bottom(); y += 3)
            for (int x = middle.left(); x < middle.right(); x += 3) colours.insert(image.pixel(x, y) & 0xf8f8f8);
        QVERIFY2(colours.size() >= 6, qPrintable(QString::number(colours.size())));
        // Reds of the investment ramp are there (its top classes).
        bool red = false;
        for (QRgb c : colours) red |= qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90;
        QVERIFY(red);
    }

    void aMissingProjectExits2WithTheCommandLinesMessage() {
        QTemporaryDir dir;
        const QString missing = dir.filePath("missing/project.toml");
        const Run gui = run(coverplan::test::kCoverplanGuiExe, {missing, "--screenshot", dir.filePath("x.png")});
        const Run cli = run(coverplan::test::kCoverplanExe, {"validate", missing});
        QCOMPARE(gui.exit_code, 2);
        QCOMPARE(cli.exit_code, 2);
        QCOMPARE(coverplan_lines(gui.err).size(), 1);
        // Word for word, and nothing else on stderr (no notice from Qt).
        QCOMPARE(gui.err, cli.err);
        QVERIFY(!QFile::exists(dir.filePath("x.png")));
    }

    void aProjectWithoutUsableZonesExits2LikeTheCommandLine() {
        // Its only zone has no geometry: read 1, rejected 1, nothing to plan on.
        QTemporaryDir dir;
        QFile zones(dir.filePath("zones.geojson"));
        QVERIFY(zones.open(QIODevice::WriteOnly));
        zones.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"Z1","name":"Một"},"geometry":null}]})");
        zones.close();
        const QString sample = QString(coverplan::test::kSourceDir) + "/datasets/sample/";
        QFile project(dir.filePath("project.toml"));
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write(QString("[project]\nname = \"broken\"\ncrs = \"EPSG:32648\"\n"
                              "[layers.zones]\nsource = \"zones.geojson\"\nid = \"id\"\nname = \"name\"\n"
                              "[layers.coverage]\nsource = \"%1province.gpkg\"\nlayer = \"coverage\"\nid = \"node_id\"\n"
                              "technology = \"tech\"\ncapacity = \"ports\"\nused = \"ports_used\"\nstatus = \"status\"\n"
                              "[layers.subscribers]\nsource = \"%1subscribers.csv\"\nx = \"lon\"\ny = \"lat\"\n"
                              "crs = \"EPSG:4326\"\nid = \"id\"\ntechnology = \"service\"\nactivated = \"activated\"\n")
                          .arg(sample)
                          .toUtf8());
        project.close();
        const Run gui = run(coverplan::test::kCoverplanGuiExe, {project.fileName(), "--screenshot", dir.filePath("x.png")});
        const Run cli = run(coverplan::test::kCoverplanExe, {"rank", project.fileName()});
        QCOMPARE(gui.exit_code, 2);
        QCOMPARE(cli.exit_code, 2);
        QCOMPARE(gui.err, cli.err);
        QCOMPARE(coverplan_lines(gui.err).size(), 1);
        QVERIFY2(gui.err.contains("no usable zones (read 1, rejected 1); nothing can be computed without them"),
                 qPrintable(gui.err));
    }

    void badOptionsExit2() {
        for (const QStringList& args : {QStringList{"--size", "big"}, QStringList{"--lang", "fr"},
                                        QStringList{coverplan::test::kSampleProject, "--screenshot", "x.jpg"},
                                        QStringList{"--screenshot", "x.png"}, QStringList{"--frobnicate"}}) {
            const Run result = run(coverplan::test::kCoverplanGuiExe, args);
            QCOMPARE(result.exit_code, 2);
            QVERIFY2(result.err.startsWith("coverplan-gui: "), qPrintable(result.err));
        }
        const Run help = run(coverplan::test::kCoverplanGuiExe, {"--help"});
        QCOMPARE(help.exit_code, 0);
        QVERIFY(help.out.contains("--screenshot FILE.png"));
    }
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
