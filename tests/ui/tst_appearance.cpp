// SPDX-License-Identifier: GPL-3.0-or-later
// Both palettes the app draws with meet WCAG 2.1 AA: every text role 4.5:1 on its background,
// and the borders of fields, lists and boxes 3:1, measured on the pixels Qt draws; disabled
// text flat. Fusion alone leaves the field borders at 1.2:1 (dark) and 2:1 (light).
#include "ui/style/appstyle.h"
#include "ui/style/contrast.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <functional>
#include <memory>

using namespace sc::ui;

namespace {
// The first pixel from the left edge, at mid height, that is not the window colour: a
// field's border (or the edge of its indicator).
QColor firstEdgePixel(QWidget& w, const QColor& window)
{
    w.resize(w.sizeHint().expandedTo(QSize(60, 20)));
    QImage img(w.size(), QImage::Format_RGB32);
    img.fill(window);
    w.render(&img, QPoint(), QRegion(), QWidget::DrawChildren | QWidget::DrawWindowBackground);
    const int y = img.height() / 2;
    for (int x = 0; x < img.width(); ++x) {
        if (img.pixelColor(x, y) != window)
            return img.pixelColor(x, y);
    }
    return window;
}
} // namespace

class TestAppearance final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTextRoleMeetsTheTextMinimum_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void everyTextRoleMeetsTheTextMinimum()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? darkPalette() : lightPalette();
        const struct {
            QPalette::ColorRole text, background;
        } pairs[] = {
            { QPalette::WindowText, QPalette::Window },
            { QPalette::Text, QPalette::Base },
            { QPalette::Text, QPalette::AlternateBase },
            { QPalette::ButtonText, QPalette::Button },
            { QPalette::PlaceholderText, QPalette::Window },
            { QPalette::PlaceholderText, QPalette::Base },
            { QPalette::HighlightedText, QPalette::Highlight },
            { QPalette::ToolTipText, QPalette::ToolTipBase },
            { QPalette::Link, QPalette::Window },
            { QPalette::Link, QPalette::Base },
        };
        for (const auto& pair : pairs) {
            const double ratio = contrastRatio(p.color(pair.text), p.color(pair.background));
            QVERIFY2(ratio >= kTextContrast,
                qPrintable(
                    QStringLiteral("roles %1 on %2: %3:1").arg(pair.text).arg(pair.background).arg(ratio)));
        }
        const double error = contrastRatio(errorTextColour(p), p.color(QPalette::Window));
        QVERIFY2(error >= kTextContrast, qPrintable(QString::number(error)));
    }

    void fieldBordersAsDrawnMeetTheBorderMinimum_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void fieldBordersAsDrawnMeetTheBorderMinimum()
    {
        QFETCH(bool, dark);
        applyColourScheme(dark ? ColourScheme::Dark : ColourScheme::Light);
        const QPalette p = QApplication::palette();
        const QColor window = p.color(QPalette::Window);
        const QColor base = p.color(QPalette::Base);
        const QList<std::pair<const char*, std::function<std::unique_ptr<QWidget>()>>> fields {
            { "line edit", [] { return std::make_unique<QLineEdit>(); } },
            { "spin box", [] { return std::make_unique<QSpinBox>(); } },
            { "combo box",
                [] {
                    auto c = std::make_unique<QComboBox>();
                    c->addItem(QStringLiteral("Suspend tasks"));
                    return c;
                } },
            { "check box", [] { return std::make_unique<QCheckBox>(QStringLiteral("On")); } },
            { "radio button", [] { return std::make_unique<QRadioButton>(QStringLiteral("On")); } },
            { "text area", [] { return std::make_unique<QPlainTextEdit>(); } },
            { "push button",
                [] { return std::make_unique<QPushButton>(QStringLiteral("Measure speed now")); } },
        };
        for (const auto& [name, make] : fields) {
            const auto w = make();
            const QColor edge = firstEdgePixel(*w, window);
            const double onWindow = contrastRatio(edge, window);
            const double onBase = contrastRatio(edge, base);
            QVERIFY2(onWindow >= kBorderContrast && onBase >= kBorderContrast,
                qPrintable(QStringLiteral("%1: edge %2 is %3:1 on the window, %4:1 on the field")
                               .arg(QLatin1String(name), edge.name())
                               .arg(onWindow, 0, 'f', 2)
                               .arg(onBase, 0, 'f', 2)));
        }
    }

    void disabledTextIsDrawnFlat()
    {
        applyColourScheme(ColourScheme::Dark);
        QVERIFY(!QApplication::style()->styleHint(QStyle::SH_EtchDisabledText));
        const QPalette p = QApplication::palette();
        // Were it etched, the copy in Light would show beside the text; it is the window itself.
        QCOMPARE(p.color(QPalette::Disabled, QPalette::Light), p.color(QPalette::Window));
    }

    void theSchemeFollowsTheDesktopUnlessForced()
    {
        QCOMPARE(chooseColourScheme(QString(), true), ColourScheme::Dark);
        QCOMPARE(chooseColourScheme(QString(), false), ColourScheme::Light);
        QCOMPARE(chooseColourScheme(QString(), std::nullopt), ColourScheme::Light);
        QCOMPARE(chooseColourScheme(QStringLiteral("1"), false), ColourScheme::Dark);
        QCOMPARE(chooseColourScheme(QStringLiteral("0"), true), ColourScheme::Light);
        QVERIFY(stylesItself(QString(), QStringLiteral("Fusion")));
        QVERIFY(!stylesItself(QString(), QStringLiteral("Breeze")));
        QVERIFY(stylesItself(QStringLiteral("1"), QStringLiteral("Breeze")));
    }

    void theBorderColourStandsOutFromBothBackgrounds()
    {
        for (const QPalette& p : { lightPalette(), darkPalette() }) {
            const QColor b = borderColour(p);
            QVERIFY(contrastRatio(b, p.color(QPalette::Window)) >= kBorderContrast);
            QVERIFY(contrastRatio(b, p.color(QPalette::Base)) >= kBorderContrast);
        }
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
