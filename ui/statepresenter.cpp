// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statepresenter.h"

#include "platform/systemtheme.h"

#include <QPalette>

namespace sc::ui {

using State = core::Engine::State;

StatePresenter::Look StatePresenter::lookFor(State state, core::PolicyReason reason)
{
    if (state == State::Suspended && reason == core::PolicyReason::OtherProgramsBusy)
        return Look::Yielding;
    switch (state) {
    case State::Running:
        return Look::Running;
    case State::Throttled:
        return Look::Throttled;
    case State::Starting:
    case State::NoWork:
    case State::WaitingForIdle:
        return Look::Waiting;
    case State::Suspended:
    case State::Stopping:
    case State::Stopped:
        return Look::Suspended;
    case State::Paused:
        return Look::Paused;
    case State::Offline:
    case State::Error:
        return Look::Offline;
    }
    return Look::Offline;
}

QString StatePresenter::lookName(Look look)
{
    switch (look) {
    case Look::Running:
        return QStringLiteral("running");
    case Look::Waiting:
        return QStringLiteral("waiting");
    case Look::Yielding:
        return QStringLiteral("yielding");
    case Look::Throttled:
        return QStringLiteral("throttled");
    case Look::Suspended:
        return QStringLiteral("suspended");
    case Look::Paused:
        return QStringLiteral("paused");
    case Look::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("offline");
}

QString StatePresenter::title(State state)
{
    switch (state) {
    case State::Starting:
        return tr("Starting");
    case State::Running:
        return tr("Running");
    case State::Throttled:
        return tr("Running slower");
    case State::NoWork:
        return tr("Waiting for work");
    case State::WaitingForIdle:
        return tr("Waiting until you are away");
    case State::Suspended:
        return tr("Suspended");
    case State::Paused:
        return tr("Paused by you");
    case State::Offline:
        return tr("Offline");
    case State::Error:
        return tr("Stopped by an error");
    case State::Stopping:
        return tr("Stopping");
    case State::Stopped:
        return tr("Stopped");
    }
    return QString();
}

QString StatePresenter::title(State state, core::PolicyReason reason)
{
    if (state == State::Suspended && reason == core::PolicyReason::OtherProgramsBusy)
        return tr("Waiting for other programs");
    return title(state);
}

QString StatePresenter::iconPath(Look look, bool darkPanel)
{
    return QStringLiteral(":/icons/tray-%1-%2.svg")
        .arg(lookName(look), darkPanel ? QStringLiteral("dark") : QStringLiteral("light"));
}

QIcon StatePresenter::icon(Look look, bool darkPanel) { return QIcon(iconPath(look, darkPanel)); }

bool StatePresenter::panelIsDark(
    const QString& panelTheme, const QPalette& palette, const core::SystemTheme& system)
{
    if (panelTheme == QLatin1String("dark"))
        return true;
    if (panelTheme == QLatin1String("light"))
        return false;
    if (const auto dark = system.panelIsDark())
        return *dark;
    return isDark(palette);
}

bool StatePresenter::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace sc::ui
