// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace sc::core::platform {

// Turns SIGTERM / SIGINT (Unix) into a Qt signal on the event loop, through a socket pair:
// the handler only writes one byte, everything else happens outside signal context.
// Defined once per OS: platform/{linux,dummy}/signalwatcher_<os>.cpp (its own library,
// sparecycles_signalwatcher, for the hub); the dummy never fires.
class SignalWatcher final : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace sc::core::platform
