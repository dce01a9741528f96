// SPDX-License-Identifier: GPL-3.0-or-later
// What a home user reads on every page of the dashboard, in the light and the dark palette:
// no setting key or other internal name (snake_case words, Unix times, 32-digit ids,
// "micro-tokens"), no "(s)" plural, and every page laid out at the window's minimum size with
// no two widgets on top of each other and no wrapped text cut off.
#include "engine/engine.h"
#include "fakehttp.h"
#include "ledger/ledger.h"
#include "settings/settings.h"
#include "ui/activitylog.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/style/appstyle.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {
constexpr qint64 kNow = 1'790'000'000; // 2026-09-22

struct Text {
    QString where;
    QString text;
};

QString nameOf(const QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
        + (w->objectName().isEmpty() ? QString() : w->objectName());
}

// Everything a user can read on a widget: its words, tooltips and what a screen reader says.
void collect(const QWidget* w, QList<Text>* out)
{
    auto add = [&](const QString& what, const QString& t) {
        if (!t.trimmed().isEmpty())
            out->append({ nameOf(w) + QLatin1Char('.') + what, t });
    };
    add(QStringLiteral("toolTip"), w->toolTip());
    add(QStringLiteral("accessibleName"), w->accessibleName());
    add(QStringLiteral("accessibleDescription"), w->accessibleDescription());
    add(QStringLiteral("whatsThis"), w->whatsThis());
    if (const auto* l = qobject_cast<const QLabel*>(w))
        add(QStringLiteral("text"), l->text());
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        add(QStringLiteral("text"), b->text());
    if (const auto* g = qobject_cast<const QGroupBox*>(w))
        add(QStringLiteral("title"), g->title());
    if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
        add(QStringLiteral("placeholder"), e->placeholderText());
        if (!qobject_cast<const QAbstractSpinBox*>(w->parentWidget()))
            add(QStringLiteral("text"), e->text());
    }
    if (const auto* s = qobject_cast<const QSpinBox*>(w)) {
        add(QStringLiteral("suffix"), s->suffix());
        add(QStringLiteral("prefix"), s->prefix());
        add(QStringLiteral("special"), s->specialValueText());
    }
    if (const auto* c = qobject_cast<const QComboBox*>(w)) {
        for (int i = 0; i < c->count(); ++i)
            add(QStringLiteral("item"), c->itemText(i));
    }
    if (const auto* v = qobject_cast<const QAbstractItemView*>(w); v && v->model()) {
        const QAbstractItemModel* m = v->model();
        for (int c = 0; c < m->columnCount(); ++c)
            add(QStringLiteral("header"), m->headerData(c, Qt::Horizontal).toString());
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    add(QStringLiteral("cell"), i.data(Qt::DisplayRole).toString());
                    add(QStringLiteral("cellTip"), i.data(Qt::ToolTipRole).toString());
                    if (c == 0)
                        walk(i);
                }
            }
        };
        walk(QModelIndex());
    }
    if (const auto* cv = qobject_cast<const QChartView*>(w); cv && cv->chart()) {
        const QChart* chart = cv->chart();
        add(QStringLiteral("chart.title"), chart->title());
        for (QAbstractAxis* axis : chart->axes()) {
            add(QStringLiteral("axis.title"), axis->titleText());
            if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis))
                add(QStringLiteral("axis.labels"), cat->categories().join(QLatin1Char(' ')));
            if (auto* cat = qobject_cast<QCategoryAxis*>(axis))
                add(QStringLiteral("axis.labels"), cat->categoriesLabels().join(QLatin1Char(' ')));
        }
        for (QLegendMarker* m : chart->legend()->markers())
            add(QStringLiteral("legend"), m->label());
    }
}

QStringList problemsIn(const QList<Text>& texts)
{
    QStringList keys;
    for (const auto& spec : sc::core::Settings::registry())
        keys.append(spec.key);
    // A word_with_underscores is a name from the code, never a word; a path may hold one.
    static const QRegularExpression snake(QStringLiteral(R"((?<![\w/.-])[a-z]+(?:_[a-z0-9]+)+(?![\w/.-]))"));
    static const QRegularExpression hexId(QStringLiteral(R"(\b[0-9a-f]{24,}\b)"));
    static const QRegularExpression unixTime(QStringLiteral(R"(\b1[6-9]\d{8}\b)"));
    QStringList problems;
    for (const Text& t : texts) {
        QString s = t.text;
        // Links and file paths are allowed to hold names (the data folder, a hub address).
        s.remove(QRegularExpression(QStringLiteral(R"(\S*[/\\]\S*)")));
        auto fail = [&](const QString& why) {
            problems.append(t.where + QStringLiteral(": ") + why + QStringLiteral(" in «") + t.text
                + QStringLiteral("»"));
        };
        for (const QString& key : keys) {
            if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(key)).match(s).hasMatch())
                fail(QStringLiteral("setting key ") + key);
        }
        if (const auto m = snake.match(s); m.hasMatch())
            fail(QStringLiteral("internal name ") + m.captured());
        if (s.contains(QLatin1String("(s)")))
            fail(QStringLiteral("\"(s)\" plural"));
        if (s.contains(QLatin1String("micro"), Qt::CaseInsensitive))
            fail(QStringLiteral("micro-tokens"));
        if (hexId.match(s).hasMatch())
            fail(QStringLiteral("a long id"));
        if (unixTime.match(s).hasMatch() || s.contains(QLatin1String("Unix"), Qt::CaseInsensitive))
            fail(QStringLiteral("a Unix time"));
    }
    return problems;
}

// Children of one parent that a layout placed, overlapping each other; and wrapped labels
// given less height than their text needs.
QStringList layoutProblems(const QWidget* root)
{
    QStringList problems;
    QList<const QWidget*> all { root };
    for (const QWidget* w : root->findChildren<QWidget*>())
        all.append(w);
    for (const QWidget* w : all) {
        if (!w->isVisible() || !w->layout())
            continue;
        QList<const QWidget*> kids;
        for (QObject* o : w->children()) {
            auto* k = qobject_cast<QWidget*>(o);
            if (k && k->isVisible() && !k->isWindow() && w->layout()->indexOf(k) >= 0)
                kids.append(k);
        }
        for (int i = 0; i < kids.size(); ++i) {
            for (int j = i + 1; j < kids.size(); ++j) {
                const QRect a = kids[i]->geometry(), b = kids[j]->geometry();
                if (a.intersects(b) && a.intersected(b).width() > 1 && a.intersected(b).height() > 1)
                    problems.append(QStringLiteral("%1 overlaps %2").arg(nameOf(kids[i]), nameOf(kids[j])));
            }
        }
    }
    // A chart squashed flat says nothing.
    for (const QChartView* v : root->findChildren<QChartView*>()) {
        if (v->isVisible() && v->height() < 150)
            problems.append(
                QStringLiteral("%1 squashed to %2 px").arg(nameOf(v->parentWidget())).arg(v->height()));
    }
    // A label without word wrap that gets less width than its text needs is cut off.
    for (const QLabel* l : root->findChildren<QLabel*>()) {
        if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty() && l->textFormat() != Qt::RichText
            && !l->text().contains(QLatin1Char('<')) && l->width() + 2 < l->sizeHint().width()
            && l->pixmap().isNull())
            problems.append(QStringLiteral("%1 «%2» cut off: %3 px wide, needs %4")
                                .arg(nameOf(l), l->text().left(40))
                                .arg(l->width())
                                .arg(l->sizeHint().width()));
    }
    for (const QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->isVisible() || !l->wordWrap() || l->text().isEmpty() || l->width() < 10)
            continue;
        if (l->height() + 2 < l->heightForWidth(l->width()))
            problems.append(QStringLiteral("%1 «%2» cut off: %3 px high, needs %4")
                                .arg(nameOf(l), l->text().left(40))
                                .arg(l->height())
                                .arg(l->heightForWidth(l->width())));
    }
    return problems;
}
} // namespace

class TestUiQuality final : public QObject {
    Q_OBJECT
private:
    void fillLedger(sc::core::Ledger& ledger)
    {
        QList<sc::core::Ledger::Credit> credits;
        const QDate today = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC).date();
        for (int d = 0; d < 40; ++d) {
            if (d % 3 == 1)
                continue; // days without credit
            const qint64 t = kNow - qint64(d) * 86400;
            credits.append({ 0, QStringLiteral("t%1").arg(d, 31, 10, QLatin1Char('0')),
                QStringLiteral("valid"), 1250 + d * 10, t });
            // GPU work on some days: the graphics card's bars, figures and words are walked too.
            ledger.addContribution(today.addDays(-d), 900 + d * 60, 3, d % 2 == 0 ? 600 + d * 30 : 0);
        }
        QVERIFY(ledger.applyCredits(credits, 40));
    }

private Q_SLOTS:
    void everyPageReadsAsWordsAndFitsTheMinimumSize_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void everyPageReadsAsWordsAndFitsTheMinimumSize()
    {
        QFETCH(bool, dark);
        sc::ui::applyColourScheme(dark ? sc::ui::ColourScheme::Dark : sc::ui::ColourScheme::Light);
        QTemporaryDir dir;
        UnreachableHttp http;
        sc::core::Engine::Config config;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        sc::core::Engine engine(config, http, [] { return kNow; });
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        auto ledger = sc::core::Ledger::open(dir.filePath(QStringLiteral("charts.sqlite")), &error);
        QVERIFY2(ledger, qPrintable(error));
        fillLedger(*ledger);
        sc::ui::ActivityLog log;
        sc::ui::DashboardWindow window(engine, ledger.get(), log, config.dataDir, [] { return kNow; });
        window.present();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumWidth() >= 600 && window.minimumHeight() >= 400,
            qPrintable(QStringLiteral("%1×%2").arg(window.minimumWidth()).arg(window.minimumHeight())));
        using Page = sc::ui::DashboardWindow::Page;
        QStringList problems;
        for (const QSize size : { QSize(960, 680), window.minimumSize() }) {
            window.resize(size);
            for (Page page : { Page::Overview, Page::Earnings, Page::History, Page::ThisPc, Page::Settings,
                     Page::Activity }) {
                window.showPage(page);
                QTest::qWait(50); // layouts settle, pages refresh
                QCoreApplication::processEvents();
                window.resize(size);
                QCoreApplication::processEvents();
                // A page whose layout needs more than the window's minimum would make the window
                // larger than asked for (or be cut off by the stack): it must fit.
                const QSize need = window.layout()->totalMinimumSize();
                if (need.width() > size.width() || need.height() > size.height() || window.size() != size)
                    problems.append(QStringLiteral("page %1 needs %2×%3, the window is %4×%5")
                                        .arg(static_cast<int>(page))
                                        .arg(need.width())
                                        .arg(need.height())
                                        .arg(size.width())
                                        .arg(size.height()));
                QList<Text> texts;
                collect(&window, &texts);
                for (const QWidget* w : window.findChildren<QWidget*>()) {
                    if (w->isVisible())
                        collect(w, &texts);
                }
                const QString where = QStringLiteral("page %1 at %2×%3: ")
                                          .arg(static_cast<int>(page))
                                          .arg(size.width())
                                          .arg(size.height());
                for (const QString& p : problemsIn(texts) + layoutProblems(&window))
                    problems.append(where + p);
            }
        }
        problems.removeDuplicates();
        for (const QString& p : problems)
            qWarning("%s", qPrintable(p));
        QVERIFY2(
            problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
        bool done = false;
        engine.stop([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
};

QTEST_MAIN(TestUiQuality)
#include "tst_uiquality.moc"
