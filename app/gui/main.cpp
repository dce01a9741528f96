// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles: the tray app. The engine runs in this process; the UI renders its state and
// sends the user's commands. Application builds the services and wires them together.
#include "application.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication qtApp(argc, argv);
    sc::app::Application app(qtApp);
    return app.exec();
}
