// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/thispcpage.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

namespace sc::ui {

namespace {
    QString bytesText(qint64 bytes)
    {
        if (bytes < 0)
            return ThisPcPage::tr("unknown");
        return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    }

    void clearForm(QFormLayout* form)
    {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }

    QLabel* value(const QString& text)
    {
        auto* l = new QLabel(text);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    }
} // namespace

ThisPcPage::ThisPcPage(QString dataDir, QWidget* parent)
    : QWidget(parent)
    , m_dataDir(std::move(dataDir))
{
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    auto* hw = new QGroupBox(tr("Your computer"), inner);
    m_form = new QFormLayout(hw);
    m_form->addRow(value(tr("Reading…")));
    layout->addWidget(hw);
    auto* speed = new QGroupBox(tr("Speed"), inner);
    auto* speedLayout = new QVBoxLayout(speed);
    m_speedNote = new QLabel(speed);
    m_speedNote->setWordWrap(true);
    speedLayout->addWidget(m_speedNote);
    m_speed = new QFormLayout;
    speedLayout->addLayout(m_speed);
    m_measure = new QPushButton(tr("&Measure speed now"), speed);
    m_measure->setAccessibleName(tr("Measure this computer's speed now"));
    speedLayout->addWidget(m_measure, 0, Qt::AlignLeft);
    layout->addWidget(speed);
    layout->addStretch();
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    connect(m_measure, &QPushButton::clicked, this, &ThisPcPage::runBenchmark);
}

ThisPcPage::~ThisPcPage() = default;

void ThisPcPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        load();
}

void ThisPcPage::load()
{
    m_loaded = true;
    const core::MachineProfile p = core::readMachineProfile(m_dataDir);
    setProfile(
        p, core::cachedBenchmark(m_dataDir, p.hardwareFingerprint(), QDateTime::currentSecsSinceEpoch()));
}

void ThisPcPage::setProfile(const core::MachineProfile& p, const std::optional<core::BenchmarkResult>& bench)
{
    m_loaded = true;
    m_profile = p;
    clearForm(m_form);
    const QLocale locale;
    QString cpu = p.cpuModel.isEmpty() ? tr("Unknown processor") : p.cpuModel;
    if (p.physicalCores > 0 && p.logicalCpus > 0)
        cpu += QStringLiteral("\n")
            + tr("%1 cores, can run %2 tasks at once").arg(p.physicalCores).arg(p.logicalCpus);
    else if (p.logicalCpus > 0)
        cpu += QStringLiteral("\n") + tr("can run %1 tasks at once").arg(p.logicalCpus);
    if (p.maxFrequencyKHz > 0)
        cpu += QStringLiteral("\n")
            + tr("up to %1 GHz").arg(locale.toString(p.maxFrequencyKHz / 1e6, 'f', 1));
    m_form->addRow(tr("Processor:"), value(cpu));
    m_form->addRow(tr("Memory:"),
        value(tr("%1 (%2 free now)").arg(bytesText(p.ramTotalBytes), bytesText(p.ramAvailableBytes))));
    QStringList gpus;
    for (const core::GpuInfo& g : p.gpus) {
        QString line = g.model.isEmpty() ? g.vendor : g.model;
        if (g.memoryBytes > 0)
            line += tr(", %1 memory").arg(bytesText(g.memoryBytes));
        gpus.append(line);
    }
    m_form->addRow(tr("Graphics:"),
        value(gpus.isEmpty() ? tr("No graphics card that tasks can use was found.")
                             : gpus.join(QStringLiteral("\n"))));
    m_form->addRow(
        tr("Free disk space:"), value(tr("%1 in the SpareCycles folder").arg(bytesText(p.diskFreeBytes))));
    QString os = p.os.isEmpty() ? tr("unknown") : p.os;
    if (!p.arch.isEmpty())
        os += QStringLiteral(" (") + p.arch + QStringLiteral(")");
    m_form->addRow(tr("System:"), value(os));
    m_form->addRow(tr("Battery:"),
        value(p.batteryPresent ? tr("Yes. Tasks follow the battery rules in Settings.")
                               : tr("No (this computer runs on mains power).")));
    m_form->addRow(tr("Temperature:"),
        value(p.cpuTemperatureC
                ? tr("%1 °C now (measured by %2)")
                      .arg(locale.toString(*p.cpuTemperatureC, 'f', 0), p.cpuTemperatureSensor)
                : tr("This computer does not report its processor temperature, so SpareCycles "
                     "cannot slow tasks down when it gets hot.")));
    showBenchmark(bench);
}

void ThisPcPage::showBenchmark(const std::optional<core::BenchmarkResult>& bench)
{
    clearForm(m_speed);
    const QLocale locale;
    if (!bench) {
        m_speedNote->setText(
            tr("The speed of this computer has not been measured yet. It takes a few seconds "
               "and runs at low priority."));
        return;
    }
    m_speedNote->setText(
        tr("Measured on %1 using %n threads. Higher numbers are faster.", nullptr, bench->threads)
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(bench->measuredAt), QLocale::ShortFormat)));
    m_speed->addRow(tr("Overall score:"), value(locale.toString(bench->score(), 'f', 0)));
    m_speed->addRow(tr("Whole-number work:"),
        value(tr("%1 million operations per second (one core: %2)")
                  .arg(locale.toString(bench->intMopsAll, 'f', 0),
                      locale.toString(bench->intMopsSingle, 'f', 0))));
    m_speed->addRow(tr("Decimal maths:"),
        value(tr("%1 million operations per second (one core: %2)")
                  .arg(locale.toString(bench->fpMflopsAll, 'f', 0),
                      locale.toString(bench->fpMflopsSingle, 'f', 0))));
    m_speed->addRow(tr("Memory speed:"),
        value(tr("%1 GB per second (one core: %2)")
                  .arg(locale.toString(bench->memGBpsAll, 'f', 1),
                      locale.toString(bench->memGBpsSingle, 'f', 1))));
}

void ThisPcPage::runBenchmark()
{
    if (m_measuring)
        return;
    m_measuring = true;
    m_measure->setEnabled(false);
    m_speedNote->setText(tr("Measuring… (a few seconds)"));
    const QString dataDir = m_dataDir;
    const QString fingerprint = m_profile.hardwareFingerprint();
    auto result = std::make_shared<core::BenchmarkResult>();
    QThread* thread = QThread::create([result, dataDir, fingerprint] {
        *result = *core::runBenchmark(); // no cancel: always a result
        result->fingerprint = fingerprint;
        core::saveBenchmark(dataDir, *result);
    });
    // Delivered on this page's thread; dropped if the page is gone by then.
    connect(thread, &QThread::finished, this, [this, result] {
        m_measuring = false;
        m_measure->setEnabled(true);
        showBenchmark(*result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace sc::ui
