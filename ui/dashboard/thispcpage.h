// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/benchmark.h"
#include "profile/machineprofile.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace sc::ui {

// This computer in plain words, and how fast it is (the benchmark, cached in the data folder).
class ThisPcPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThisPcPage)
public:
    explicit ThisPcPage(QString dataDir, QWidget* parent = nullptr);
    ~ThisPcPage() override;

    void setProfile(const core::MachineProfile& profile, const std::optional<core::BenchmarkResult>& bench);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void runBenchmark();
    void showBenchmark(const std::optional<core::BenchmarkResult>& bench);

    QString m_dataDir;
    bool m_loaded = false;
    bool m_measuring = false;
    core::MachineProfile m_profile;
    QFormLayout* m_form = nullptr;
    QFormLayout* m_speed = nullptr;
    QLabel* m_speedNote = nullptr;
    QPushButton* m_measure = nullptr;
};

} // namespace sc::ui
