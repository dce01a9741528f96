// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace sc::core {

// How long the user has not touched keyboard or mouse. nullopt means "cannot tell", which the
// policy treats as "someone is here" — never as idle.
class IdleSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~IdleSource() override = default;

    virtual std::optional<double> idleSeconds() = 0;
    virtual QString name() const = 0; // "x11-screensaver", "mutter", "logind", "unknown", …
    // True when the backend signals userActive() by itself (no polling needed to react).
    virtual bool pushesActivity() const { return false; }
    // Asks for userIdle() once the user has been away this long (seconds; < 0: none). Sources
    // that cannot push it ignore this: the caller's own tick notices the threshold then.
    virtual void setIdleAlarm(double seconds) { (void)seconds; }

Q_SIGNALS:
    // The user came back (input seen after an idle period), as soon as the backend knows.
    void userActive();
    // No input for the time given to setIdleAlarm(), as soon as the backend knows.
    void userIdle();
};

// The platform's best source for this session (see docs/sensors.md for the order). Picks by
// the session's own environment (XDG_SESSION_TYPE, DISPLAY, D-Bus), never by probing displays.
// Defined once per OS: platform/{linux,win,mac,dummy}/idle_<os>.cpp.
std::unique_ptr<IdleSource> createPlatformIdleSource(QObject* parent = nullptr);

} // namespace sc::core
