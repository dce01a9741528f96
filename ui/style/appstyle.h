// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProxyStyle>
#include <optional>

class QPalette;

namespace sc::ui {

enum class ColourScheme { Light, Dark };

// The two palettes the app draws with where it styles itself (Fusion: Linux desktops without a
// Qt theme of their own). Every text role meets kTextContrast on its background, in both.
QPalette lightPalette();
QPalette darkPalette();
// Red for an error sentence that meets kTextContrast on the palette's window colour.
QColor errorTextColour(const QPalette& palette);

// Fusion, with the borders of line edits, spin boxes, combo boxes, check boxes, radio buttons,
// push buttons and frames drawn in borderColour() (Fusion derives them from the window colour, which leaves
// them at 1.2:1 in a dark palette and 2:1 in a light one), and disabled text drawn flat (no
// etched "ghost" copy).
class ContrastStyle final : public QProxyStyle {
    Q_OBJECT
public:
    ContrastStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption* option = nullptr, const QWidget* widget = nullptr,
        QStyleHintReturn* returnData = nullptr) const override;

private:
    QColor border(const QPalette& palette) const;
    mutable QHash<qint64, QColor> m_borders; // by palette cache key
};

// SC_UI_DARK=1 or 0 forces a scheme (for screenshots and tests); otherwise the desktop's
// preference; without one, light.
ColourScheme chooseColourScheme(const QString& forced, std::optional<bool> desktopPrefersDark);
// Whether the app styles itself: always when forced; otherwise only where Qt fell back to
// Fusion (a desktop with its own Qt style, KDE's Breeze, Windows or macOS, keeps it).
bool stylesItself(const QString& forced, const QString& currentStyleName);
// Installs ContrastStyle and the scheme's palette on the application.
void applyColourScheme(ColourScheme scheme);

} // namespace sc::ui
