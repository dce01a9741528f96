// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/appstyle.h"

#include "ui/style/contrast.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QStyleOption>

namespace sc::ui {

namespace {
    void setAll(QPalette& p, QPalette::ColorRole role, const QColor& c)
    {
        p.setColor(QPalette::Active, role, c);
        p.setColor(QPalette::Inactive, role, c);
    }

    // Fusion's outline is the window colour darker(140) (radio buttons: darker(150), check
    // boxes: that outline lighter(110)); handing it a window colour from which that comes out
    // as `border` draws every field's edge in it and nothing else changes.
    QColor windowGiving(const QColor& border, int darkerFactor, int lighterFactor = 100)
    {
        return border.darker(lighterFactor).lighter(darkerFactor);
    }

    template <typename Option, typename Draw>
    void withWindow(const QStyleOption* option, const QColor& window, Draw&& draw)
    {
        if (const auto* typed = qstyleoption_cast<const Option*>(option)) {
            Option copy(*typed);
            copy.palette.setColor(QPalette::Window, window);
            draw(&copy);
            return;
        }
        draw(option);
    }
} // namespace

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    setAll(p, QPalette::Window, QColor(0xef, 0xef, 0xef));
    setAll(p, QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setAll(p, QPalette::Base, Qt::white);
    setAll(p, QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    setAll(p, QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    setAll(p, QPalette::Button, QColor(0xef, 0xef, 0xef));
    setAll(p, QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    setAll(p, QPalette::BrightText, Qt::white);
    setAll(p, QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    setAll(p, QPalette::HighlightedText, Qt::white);
    setAll(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    setAll(p, QPalette::ToolTipText, Qt::black);
    setAll(p, QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    setAll(p, QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    setAll(p, QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Light, QColor(0xef, 0xef, 0xef)); // no etched copy
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    setAll(p, QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    setAll(p, QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    setAll(p, QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    setAll(p, QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    setAll(p, QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    setAll(p, QPalette::Button, QColor(0x35, 0x35, 0x35));
    setAll(p, QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    setAll(p, QPalette::BrightText, Qt::white);
    setAll(p, QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    setAll(p, QPalette::HighlightedText, Qt::white);
    setAll(p, QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    setAll(p, QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    setAll(p, QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    setAll(p, QPalette::Link, QColor(0x5a, 0xa9, 0xff));
    setAll(p, QPalette::LinkVisited, QColor(0xc0, 0x8c, 0xff));
    setAll(p, QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    setAll(p, QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    setAll(p, QPalette::Mid, QColor(0x50, 0x50, 0x50));
    setAll(p, QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    setAll(p, QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Light, QColor(0x2b, 0x2b, 0x2b)); // no etched copy
    return p;
}

QColor errorTextColour(const QPalette& palette)
{
    const bool dark = relativeLuminance(palette.color(QPalette::Window)) < 0.2;
    return dark ? QColor(0xff, 0x7b, 0x6e) : QColor(0xb3, 0x26, 0x1e);
}

ContrastStyle::ContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QColor ContrastStyle::border(const QPalette& palette) const
{
    const qint64 key = palette.cacheKey();
    if (const auto it = m_borders.constFind(key); it != m_borders.cend())
        return *it;
    if (m_borders.size() > 64)
        m_borders.clear();
    const QColor c = borderColour(palette);
    m_borders.insert(key, c);
    return c;
}

void ContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    auto base = [&](const QStyleOption* o) { QProxyStyle::drawPrimitive(element, o, painter, widget); };
    if (option) {
        const QColor edge = border(option->palette);
        switch (element) {
        case PE_FrameLineEdit:
            return withWindow<QStyleOptionFrame>(option, windowGiving(edge, 140), base);
        case PE_Frame: // lists, text areas, scroll areas: Fusion's outline lighter(108)
            return withWindow<QStyleOptionFrame>(option, windowGiving(edge, 140, 108), base);
        case PE_FrameGroupBox:
            return withWindow<QStyleOptionFrame>(option, windowGiving(edge, 140), base);
        case PE_PanelButtonCommand:
            return withWindow<QStyleOptionButton>(option, windowGiving(edge, 140), base);
        case PE_IndicatorRadioButton:
            // A circle's antialiased edge reads lighter than its pen: a stronger grey for it.
            return withWindow<QStyleOptionButton>(
                option, windowGiving(borderColour(option->palette, kBorderContrast + 1.2), 150), base);
        case PE_IndicatorCheckBox:
            return withWindow<QStyleOptionButton>(option, windowGiving(edge, 140, 110), base);
        default:
            break;
        }
    }
    base(option);
}

void ContrastStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex* option, QPainter* painter, const QWidget* widget) const
{
    auto base = [&](const QStyleOption* o) {
        QProxyStyle::drawComplexControl(
            control, qstyleoption_cast<const QStyleOptionComplex*>(o), painter, widget);
    };
    if (option) {
        const QColor window = windowGiving(border(option->palette), 140);
        if (control == CC_SpinBox)
            return withWindow<QStyleOptionSpinBox>(option, window, base);
        if (control == CC_ComboBox)
            return withWindow<QStyleOptionComboBox>(option, window, base);
    }
    base(option);
}

int ContrastStyle::styleHint(
    StyleHint hint, const QStyleOption* option, const QWidget* widget, QStyleHintReturn* returnData) const
{
    if (hint == SH_EtchDisabledText || hint == SH_DitherDisabledText)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

ColourScheme chooseColourScheme(const QString& forced, std::optional<bool> desktopPrefersDark)
{
    if (forced == QLatin1String("1"))
        return ColourScheme::Dark;
    if (forced == QLatin1String("0"))
        return ColourScheme::Light;
    return desktopPrefersDark.value_or(false) ? ColourScheme::Dark : ColourScheme::Light;
}

bool stylesItself(const QString& forced, const QString& currentStyleName)
{
    if (forced == QLatin1String("1") || forced == QLatin1String("0"))
        return true;
    return currentStyleName.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

void applyColourScheme(ColourScheme scheme)
{
    QApplication::setStyle(new ContrastStyle);
    QApplication::setPalette(scheme == ColourScheme::Dark ? darkPalette() : lightPalette());
}

} // namespace sc::ui
