// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include "install/layout.h"
#include "logging/categories.h"
#include "platform/systemtheme.h"
#include "ui/style/appstyle.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyle>
#include <QTranslator>

namespace sc::app {

void installTranslations(QApplication& app, const QLocale& locale)
{
    for (auto* old : app.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // A locale without a translation of its own (C/POSIX, or one not translated yet) gets the
    // English file: it holds the source language's plural forms ("1 minute", "3 minutes").
    // share/sparecycles/translations, installed or in the build tree (core/install/layout.h).
    const QString dir = core::layout::dataDir() + QStringLiteral("/translations");
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sparecycles"), QStringLiteral("_"), dir)
        || own->load(QStringLiteral("sparecycles_en"), dir))
        QApplication::installTranslator(own);
    else
        qCWarning(
            lcApp, "No translations found in %s: the app shows its English source texts", qPrintable(dir));
}

void applyAppearance(QObject* context)
{
    const QString forced = qEnvironmentVariable("SC_UI_DARK");
    if (!ui::stylesItself(forced, QApplication::style()->name()))
        return;
    if (forced == QLatin1String("0") || forced == QLatin1String("1")) {
        ui::applyColourScheme(ui::chooseColourScheme(forced, std::nullopt));
        return;
    }
    const auto theme = core::createPlatformSystemTheme();
    ui::applyColourScheme(ui::chooseColourScheme(forced, theme->prefersDark()));
    // The user switches their desktop to dark or light: the app follows at once.
    theme->watchPrefersDark(context,
        [](std::optional<bool> dark) { ui::applyColourScheme(ui::chooseColourScheme(QString(), dark)); });
}

} // namespace sc::app
