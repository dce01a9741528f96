// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/settingspage.h"

#include "profile/machineprofile.h"
#include "settings/settings.h"
#include "ui/style/appstyle.h"
#include "ui/widgets/schedulegrid.h"
#include "wallet/evmaddress.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sc::ui {

namespace k = core::setting::names;

namespace {
    QString key(const char* name) { return QLatin1String(name); }

    // GB with one decimal in the user's locale ("11.7 GB").
    QString gigabytes(qint64 bytes)
    {
        return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    }
} // namespace

SettingsPage::SettingsPage(core::Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    m_reloading = true; // building the widgets sets their ranges and values: nothing is saved
    m_confirm = [this](const QString& title, const QString& question) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
        QPushButton* go = box.addButton(tr("Move"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // The message bar after a network change, with its Undo.
    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    auto* noticeRow = new QHBoxLayout(m_notice);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo"), m_notice);
    m_undo->setObjectName(QStringLiteral("undo"));
    noticeRow->addWidget(m_noticeText, 1);
    noticeRow->addWidget(m_undo);
    m_notice->hide();
    outer->addWidget(m_notice);
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(30'000);
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QString back = m_undoHub;
        m_notice->hide();
        if (!back.isEmpty() && apply(key(k::hubUrl), back))
            reload();
    });

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(m_scroll);
    m_column = new QVBoxLayout(inner);
    buildWhen();
    buildLimits();
    buildTemperature();
    buildBattery();
    buildNetwork();
    buildNotifications();
    buildApp();
    m_column->addStretch(1);
    m_scroll->setWidget(inner);
    outer->addWidget(m_scroll);
    for (QWidget* w : inner->findChildren<QWidget*>()) {
        if (qobject_cast<QSpinBox*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QSlider*>(w)
            || qobject_cast<QListWidget*>(w))
            track(w);
    }
    m_reloading = false;
    reload();
}

SettingsPage::~SettingsPage() { qDeleteAll(m_groups); }

// ---- building blocks ----

SettingsPage::Group* SettingsPage::addGroup(const QString& title, const QStringList& keys, bool restorable)
{
    auto* g = new Group;
    auto* box = new QGroupBox(title);
    g->box = box;
    g->keys = keys;
    g->body = new QVBoxLayout(box);
    if (restorable) {
        g->restore = new QPushButton(tr("Restore defaults"), box);
        g->restore->setAccessibleName(tr("Restore the defaults of “%1”").arg(title));
        g->restore->setToolTip(tr("Puts every choice in “%1” back as SpareCycles came.").arg(title));
        connect(g->restore, &QPushButton::clicked, this, [this, g] { restoreGroup(*g); });
    }
    m_column->addWidget(box);
    m_groups.append(g);
    return g;
}

void SettingsPage::addRestoreRow(Group* g)
{
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(g->restore);
    g->body->addLayout(row);
}

void SettingsPage::addAdvanced(Group* g, const QString& name, QWidget* content)
{
    // "Advanced ▸": what few need, folded away until asked for.
    auto* advanced = new QToolButton(g->box);
    advanced->setText(tr("Advanced"));
    advanced->setObjectName(name);
    advanced->setCheckable(true);
    advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advanced->setArrowType(Qt::RightArrow);
    advanced->setAutoRaise(true);
    content->hide();
    connect(advanced, &QToolButton::toggled, this, [advanced, content](bool open) {
        advanced->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        content->setVisible(open);
    });
    g->body->addWidget(advanced, 0, Qt::AlignLeft);
    g->body->addWidget(content);
}

QLabel* SettingsPage::note(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QLabel* SettingsPage::errorLabel(const QString& k, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error_") + k);
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, errorTextColour(palette()));
    l->setPalette(p);
    l->hide();
    m_errors.insert(k, l);
    return l;
}

void SettingsPage::track(QWidget* w)
{
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(this);
}

QSpinBox* SettingsPage::spin(const QString& k, const QString& suffix, QWidget* parent)
{
    const core::SettingSpec* spec = core::Settings::spec(k);
    auto* s = new QSpinBox(parent);
    s->setObjectName(QStringLiteral("edit_") + k);
    s->setRange(static_cast<int>(spec->min), static_cast<int>(std::min(spec->max, 1e9)));
    s->setSuffix(suffix);
    s->setKeyboardTracking(false); // saved when typing ends, not at each digit
    m_editors.insert(k, s);
    m_loaders.append([this, s, k] { s->setValue(m_settings->value(k).toInt()); });
    connect(s, &QSpinBox::valueChanged, this, [this, k](int v) { apply(k, QString::number(v)); });
    return s;
}

QSlider* SettingsPage::slider(
    const QString& k, QLabel* value, std::function<QString(int)> words, QWidget* parent)
{
    const core::SettingSpec* spec = core::Settings::spec(k);
    auto* s = new QSlider(Qt::Horizontal, parent);
    s->setObjectName(QStringLiteral("edit_") + k);
    s->setRange(static_cast<int>(spec->min), static_cast<int>(spec->max));
    s->setPageStep(10);
    s->setSingleStep(5);
    s->setTracking(true);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(words(s->maximum())) + 12);
    m_editors.insert(k, s);
    auto show = [value, words, s](int v) {
        value->setText(words(v));
        s->setAccessibleDescription(words(v));
    };
    m_loaders.append([this, s, k, show] {
        s->setValue(m_settings->value(k).toInt());
        show(s->value());
    });
    connect(s, &QSlider::valueChanged, this, [show](int v) { show(v); });
    // Saved when the handle is let go, or at once for keys and clicks on the groove.
    connect(s, &QSlider::sliderReleased, this, [this, s, k] { apply(k, QString::number(s->value())); });
    connect(s, &QSlider::valueChanged, this, [this, s, k](int v) {
        if (!s->isSliderDown())
            apply(k, QString::number(v));
    });
    return s;
}

QCheckBox* SettingsPage::check(const QString& k, const QString& text, QWidget* parent)
{
    auto* c = new QCheckBox(text, parent);
    c->setObjectName(QStringLiteral("edit_") + k);
    m_editors.insert(k, c);
    m_loaders.append([this, c, k] { c->setChecked(m_settings->value(k) == QLatin1String("true")); });
    connect(c, &QCheckBox::toggled, this,
        [this, k](bool on) { apply(k, on ? QStringLiteral("true") : QStringLiteral("false")); });
    return c;
}

QComboBox* SettingsPage::combo(
    const QString& k, const QList<std::pair<QString, QString>>& choices, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QStringLiteral("edit_") + k);
    for (const auto& [value, words] : choices)
        c->addItem(words, value);
    m_editors.insert(k, c);
    m_loaders.append([this, c, k] { c->setCurrentIndex(std::max(0, c->findData(m_settings->value(k)))); });
    connect(c, &QComboBox::currentIndexChanged, this,
        [this, k, c](int i) { apply(k, c->itemData(i).toString()); });
    return c;
}

// ---- the groups ----

void SettingsPage::buildWhen()
{
    Group* g = addGroup(tr("When to run"),
        { key(k::runAlways), key(k::cpuWhenActive), key(k::idleMinutes), key(k::cpuShareWhenActive),
            key(k::useGpu), key(k::gpuWhenActive), key(k::schedule) });
    QWidget* box = g->box;
    m_runMode = new QButtonGroup(this);
    // One choice: run_always and cpu_when_active together (the minutes and the share beside
    // the choice they belong to).
    m_whenAway = new QRadioButton(tr("Only while I’m away from the computer"), box);
    m_whenAway->setObjectName(QStringLiteral("whenAway"));
    auto* minutesRow = new QHBoxLayout;
    minutesRow->setContentsMargins(24, 0, 0, 0);
    auto* after = new QLabel(tr("Start after I have been away for"), box);
    QSpinBox* minutes = spin(key(k::idleMinutes), tr(" min"), box);
    after->setBuddy(minutes);
    minutes->setAccessibleName(tr("Minutes away before tasks start"));
    minutesRow->addWidget(after);
    minutesRow->addWidget(minutes);
    minutesRow->addStretch();
    m_whenReduced = new QRadioButton(tr("Always, but slowed down while I use the computer"), box);
    m_whenReduced->setObjectName(QStringLiteral("whenReduced"));
    auto* shareRow = new QHBoxLayout;
    shareRow->setContentsMargins(24, 0, 0, 0);
    auto* shareLabel = new QLabel(tr("While I use it, tasks get"), box);
    auto* shareValue = new QLabel(box);
    QSlider* share = slider(
        key(k::cpuShareWhenActive), shareValue, [](int v) { return tr("%1 % of the processor time").arg(v); },
        box);
    share->setAccessibleName(tr("Processor time for tasks while you use the computer"));
    shareLabel->setBuddy(share);
    shareRow->addWidget(shareLabel);
    shareRow->addWidget(share, 1);
    shareRow->addWidget(shareValue);
    m_whenAlways = new QRadioButton(tr("Always, at full speed"), box);
    m_whenAlways->setObjectName(QStringLiteral("whenAlways"));
    m_runMode->addButton(m_whenAway, 0);
    m_runMode->addButton(m_whenReduced, 1);
    m_runMode->addButton(m_whenAlways, 2);
    m_editors.insert(key(k::runAlways), m_whenAlways);
    m_editors.insert(key(k::cpuWhenActive), m_whenReduced);
    connect(m_runMode, &QButtonGroup::idClicked, this, [this] { applyRunMode(); });
    m_loaders.append([this] {
        if (m_settings->get<core::setting::RunAlways>())
            m_whenAlways->setChecked(true);
        else if (m_settings->get<core::setting::CpuWhenActive>() == core::setting::WhenActive::Reduced)
            m_whenReduced->setChecked(true);
        else
            m_whenAway->setChecked(true);
    });
    g->body->addWidget(m_whenAway);
    g->body->addLayout(minutesRow);
    g->body->addWidget(m_whenReduced);
    g->body->addLayout(shareRow);
    g->body->addWidget(m_whenAlways);
    g->body->addWidget(
        note(tr("Tasks always run at the lowest priority, so the programs you use come first."), box));
    QCheckBox* useGpu = check(key(k::useGpu), tr("Let tasks use the graphics card"), box);
    connect(useGpu, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    g->body->addWidget(useGpu);
    QCheckBox* gpuWhenActive
        = check(key(k::gpuWhenActive), tr("Also use the graphics card while I use the computer"), box);
    auto* gpuRow = new QHBoxLayout; // under the card it belongs to
    gpuRow->setContentsMargins(24, 0, 0, 0);
    gpuRow->addWidget(gpuWhenActive);
    gpuRow->addStretch();
    g->body->addLayout(gpuRow);

    auto* hoursTitle = new QLabel(tr("Hours when tasks may run (click or drag to change):"), box);
    hoursTitle->setWordWrap(true);
    g->body->addSpacing(6);
    g->body->addWidget(hoursTitle);
    m_grid = new ScheduleGrid(box);
    m_grid->setObjectName(QStringLiteral("edit_schedule"));
    hoursTitle->setBuddy(m_grid);
    m_editors.insert(key(k::schedule), m_grid);
    g->body->addWidget(m_grid);
    auto* gridRow = new QHBoxLayout;
    m_scheduleWords = new QLabel(box);
    m_scheduleWords->setWordWrap(true);
    auto* anyTime = new QPushButton(tr("Any time"), box);
    anyTime->setObjectName(QStringLiteral("anyTime"));
    anyTime->setToolTip(tr("Allow every hour of the week."));
    gridRow->addWidget(m_scheduleWords, 1);
    gridRow->addWidget(anyTime);
    g->body->addLayout(gridRow);
    g->body->addWidget(errorLabel(key(k::schedule), box));
    connect(m_grid, &ScheduleGrid::edited, this, &SettingsPage::applySchedule);
    connect(anyTime, &QPushButton::clicked, this, [this] {
        ScheduleGrid::Week all;
        all.fill(0xFFFFFF);
        m_grid->setWeek(all);
        applySchedule(all);
    });
    m_loaders.append([this] {
        QString err;
        if (const auto week = core::Settings::parseSchedule(m_settings->get<core::setting::Schedule>(), &err))
            m_grid->setWeek(*week);
        updateScheduleWords();
    });
    addRestoreRow(g);
}

void SettingsPage::buildLimits()
{
    Group* g = addGroup(tr("Limits"),
        { key(k::maxCores), key(k::cpuShare), key(k::maxMemoryActive), key(k::maxMemoryIdle),
            key(k::diskReserve), key(k::maxDisk), key(k::suspendWhenOtherCpu), key(k::otherCpuGrace),
            key(k::otherCpuMinSuspend), key(k::exclusivePrograms), key(k::runWithoutSandbox) });
    QWidget* box = g->box;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Cores as a number of cores; stored as the share of them (max_cores, %).
    auto* coresRow = new QHBoxLayout;
    m_cores = new QSpinBox(box);
    m_cores->setObjectName(QStringLiteral("edit_max_cores"));
    m_cores->setAccessibleName(tr("Processor cores tasks may use"));
    m_cores->setKeyboardTracking(false);
    m_coresOf = new QLabel(box);
    coresRow->addWidget(m_cores);
    coresRow->addWidget(m_coresOf);
    coresRow->addStretch();
    m_editors.insert(key(k::maxCores), m_cores);
    connect(m_cores, &QSpinBox::valueChanged, this, &SettingsPage::applyCores);
    m_loaders.append([this] {
        const int cpus = std::max(1, m_cpus);
        const int percent = m_settings->get<core::setting::MaxCores>();
        m_cores->setRange(1, cpus);
        m_cores->setValue(
            std::max(1, static_cast<int>(std::floor(cpus * std::clamp(percent, 1, 100) / 100.0))));
        m_coresOf->setText(tr("of %n cores", nullptr, cpus));
    });
    form->addRow(tr("Processor cores:"), coresRow);

    auto addSlider = [&](const char* name, const QString& label, const QString& access,
                         std::function<QString(int)> words, QLabel** valueOut = nullptr) {
        auto* row = new QHBoxLayout;
        auto* value = new QLabel(box);
        QSlider* s = slider(key(name), value, std::move(words), box);
        s->setAccessibleName(access);
        row->addWidget(s, 1);
        row->addWidget(value);
        form->addRow(label, row);
        if (valueOut)
            *valueOut = value;
        return s;
    };
    addSlider(k::cpuShare, tr("Processor time:"), tr("Processor time each task may use"),
        [](int v) { return tr("%1 % of each core's time").arg(v); });
    addSlider(
        k::maxMemoryActive, tr("Memory while I use the computer:"),
        tr("Memory tasks may use while you use the computer"),
        [this](int v) {
            return m_ramBytes > 0 ? tr("%1 % (%2)").arg(v).arg(gigabytes(m_ramBytes * v / 100))
                                  : tr("%1 %").arg(v);
        },
        &m_memActiveWords);
    addSlider(
        k::maxMemoryIdle, tr("Memory while I’m away:"), tr("Memory tasks may use while you are away"),
        [this](int v) {
            return m_ramBytes > 0 ? tr("%1 % (%2)").arg(v).arg(gigabytes(m_ramBytes * v / 100))
                                  : tr("%1 %").arg(v);
        },
        &m_memIdleWords);
    QSpinBox* reserve = spin(key(k::diskReserve), tr(" GB"), box);
    reserve->setAccessibleName(tr("Disk space always left free"));
    auto fixedWidth = [](QWidget* w) {
        auto* row = new QHBoxLayout;
        row->addWidget(w);
        row->addStretch();
        return row;
    };
    form->addRow(tr("Always leave free on the disk:"), fixedWidth(reserve));
    QSpinBox* maxDisk = spin(key(k::maxDisk), tr(" GB"), box);
    maxDisk->setAccessibleName(tr("Disk space tasks may use at most"));
    form->addRow(tr("Disk space for tasks, at most:"), fixedWidth(maxDisk));
    g->body->addLayout(form);

    // Making way for other programs: on/off, the threshold, and (under Advanced) its timing.
    m_yield = new QCheckBox(tr("Pause tasks while other programs keep the processor busy"), box);
    m_yield->setObjectName(QStringLiteral("yield"));
    g->body->addWidget(m_yield);
    auto* yieldRow = new QHBoxLayout;
    yieldRow->setContentsMargins(24, 0, 0, 0);
    auto* yieldValue = new QLabel(box);
    QSlider* yieldAt = slider(
        key(k::suspendWhenOtherCpu), yieldValue,
        [](int v) { return v == 0 ? tr("never") : tr("above %1 % of the processor").arg(v); }, box);
    yieldAt->setMinimum(5);
    yieldAt->setAccessibleName(tr("How busy other programs must keep the processor"));
    yieldRow->addWidget(new QLabel(tr("When they use"), box));
    yieldRow->addWidget(yieldAt, 1);
    yieldRow->addWidget(yieldValue);
    g->body->addLayout(yieldRow);
    m_editors.insert(QStringLiteral("yield"), m_yield);
    m_loaders.append([this, yieldAt] {
        const int v = m_settings->get<core::setting::SuspendWhenOtherCpu>();
        m_yield->setChecked(v > 0);
        yieldAt->setEnabled(v > 0);
    });
    connect(m_yield, &QCheckBox::toggled, this, [this, yieldAt](bool on) {
        yieldAt->setEnabled(on);
        if (m_reloading)
            return;
        const core::SettingSpec* spec = core::Settings::spec(key(k::suspendWhenOtherCpu));
        apply(key(k::suspendWhenOtherCpu), on ? spec->defaultText : QStringLiteral("0"));
        if (on)
            yieldAt->setValue(spec->defaultText.toInt());
    });
    auto* more = new QWidget(box);
    auto* moreForm = new QFormLayout(more);
    moreForm->setContentsMargins(24, 0, 0, 0);
    QSpinBox* grace = spin(key(k::otherCpuGrace), tr(" s"), more);
    grace->setAccessibleName(tr("Seconds other programs must be busy before tasks pause"));
    moreForm->addRow(tr("Pause once they have been busy for:"), grace);
    QSpinBox* hold = spin(key(k::otherCpuMinSuspend), tr(" s"), more);
    hold->setAccessibleName(tr("Seconds tasks stay paused at least"));
    moreForm->addRow(tr("Then stay paused for at least:"), hold);
    addAdvanced(g, QStringLiteral("limitsAdvanced"), more);

    // Programs that pause every task while they run (a game).
    g->body->addWidget(new QLabel(tr("Pause while one of these programs runs (a game, for example):"), box));
    auto* listRow = new QHBoxLayout;
    m_programs = new QListWidget(box);
    m_programs->setObjectName(QStringLiteral("edit_exclusive_programs"));
    m_programs->setAccessibleName(tr("Programs that pause tasks while they run"));
    m_programs->setMaximumHeight(m_programs->fontMetrics().height() * 5);
    m_editors.insert(key(k::exclusivePrograms), m_programs);
    auto* listButtons = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add…"), box);
    add->setObjectName(QStringLiteral("addProgram"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeProgram"));
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listButtons->addStretch();
    listRow->addWidget(m_programs, 1);
    listRow->addLayout(listButtons);
    g->body->addLayout(listRow);
    g->body->addWidget(errorLabel(key(k::exclusivePrograms), box));
    m_loaders.append([this, remove] {
        m_programs->clear();
        m_programs->addItems(m_settings->get<core::setting::ExclusivePrograms>());
        remove->setEnabled(m_programs->count() > 0);
    });
    auto storePrograms = [this] {
        QStringList names;
        for (int i = 0; i < m_programs->count(); ++i)
            names.append(m_programs->item(i)->text());
        if (apply(key(k::exclusivePrograms), names.join(QLatin1Char(','))))
            reload();
    };
    connect(add, &QPushButton::clicked, this, [this, storePrograms] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Pause for a program"),
            tr("The program’s name as the system lists it (for example steam or blender):"),
            QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return;
        m_programs->addItem(name);
        storePrograms();
    });
    connect(remove, &QPushButton::clicked, this, [this, storePrograms] {
        QListWidgetItem* item = m_programs->currentItem() ? m_programs->currentItem()
                                                          : m_programs->item(m_programs->count() - 1);
        delete item;
        storePrograms();
    });

    g->body->addSpacing(6);
    g->body->addWidget(
        check(key(k::runWithoutSandbox), tr("Run tasks even where they cannot be shut in a sandbox"), box));
    g->body->addWidget(note(tr("Not recommended: without a sandbox a task could read your files. SpareCycles "
                               "uses a sandbox wherever this computer can set one up."),
        box));
    addRestoreRow(g);
}

void SettingsPage::buildTemperature()
{
    Group* g = addGroup(tr("Temperature"), { key(k::cpuTempLimit), key(k::gpuTempLimit) });
    QWidget* box = g->box;
    g->body->addWidget(note(tr("Tasks slow down as the temperature nears the limit and stop above it, so "
                               "the computer never runs hotter than you allow."),
        box));
    auto* form = new QFormLayout;
    auto limitRow = [&](const char* name, const QString& access, QLabel** now) {
        auto* row = new QHBoxLayout;
        QSpinBox* s = spin(key(name), tr(" °C"), box);
        s->setAccessibleName(access);
        *now = new QLabel(box);
        row->addWidget(s);
        row->addWidget(*now);
        row->addStretch();
        return row;
    };
    form->addRow(
        tr("Processor: keep below"), limitRow(k::cpuTempLimit, tr("Processor temperature limit"), &m_cpuNow));
    form->addRow(tr("Graphics card: keep below"),
        limitRow(k::gpuTempLimit, tr("Graphics card temperature limit"), &m_gpuNow));
    g->body->addLayout(form);
    setTemperatures(std::nullopt, std::nullopt);
    addRestoreRow(g);
}

void SettingsPage::buildBattery()
{
    Group* g = addGroup(tr("Battery"), { key(k::onBattery), key(k::batteryMinPercent) });
    QWidget* box = g->box;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QComboBox* rule = combo(key(k::onBattery),
        { { QStringLiteral("suspend"), tr("Pause tasks") },
            { QStringLiteral("below"), tr("Run only while the battery is charged enough") },
            { QStringLiteral("run"), tr("Run as on mains power") } },
        box);
    rule->setAccessibleName(tr("What tasks do on battery"));
    form->addRow(tr("On battery:"), rule);
    auto* minRow = new QHBoxLayout;
    auto* minValue = new QLabel(box);
    QSlider* min = slider(
        key(k::batteryMinPercent), minValue, [](int v) { return tr("above %1 %").arg(v); }, box);
    min->setAccessibleName(tr("Battery charge tasks need"));
    minRow->addWidget(min, 1);
    minRow->addWidget(minValue);
    form->addRow(tr("Run while charged:"), minRow);
    g->body->addLayout(form);
    connect(rule, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    g->body->addWidget(note(tr("On a computer without a battery this changes nothing."), box));
    addRestoreRow(g);
}

void SettingsPage::buildNetwork()
{
    Group* g = addGroup(
        tr("Network and payout"), { key(k::hubUrl), key(k::payoutAddress), key(k::chainRpcUrl) }, false);
    QWidget* box = g->box;
    g->body->addWidget(new QLabel(tr("Work for:"), box));
    m_demo = new QRadioButton(tr("The demo network on this computer (its credit has no value)"), box);
    m_demo->setObjectName(QStringLiteral("demoNetwork"));
    m_remote = new QRadioButton(tr("The network at this address:"), box);
    m_remote->setObjectName(QStringLiteral("remoteNetwork"));
    auto* hubRow = new QHBoxLayout;
    hubRow->setContentsMargins(24, 0, 0, 0);
    m_hub = new QLineEdit(box);
    m_hub->setObjectName(QStringLiteral("edit_hub_url"));
    m_hub->setPlaceholderText(tr("https://…"));
    m_hub->setAccessibleName(tr("Address of the network"));
    m_join = new QPushButton(tr("&Join…"), box);
    m_join->setObjectName(QStringLiteral("join"));
    hubRow->addWidget(m_hub, 1);
    hubRow->addWidget(m_join);
    m_editors.insert(key(k::hubUrl), m_hub);
    auto* group = new QButtonGroup(box);
    group->addButton(m_demo);
    group->addButton(m_remote);
    g->body->addWidget(m_demo);
    g->body->addWidget(m_remote);
    g->body->addLayout(hubRow);
    g->body->addWidget(errorLabel(key(k::hubUrl), box));
    m_loaders.append([this] {
        const QString hub = m_settings->get<core::setting::HubUrl>();
        const bool demo = hub == QLatin1String("local");
        (demo ? m_demo : m_remote)->setChecked(true);
        // An address typed but not joined stays in the field for another try.
        if (!demo && !m_hub->hasFocus())
            m_hub->setText(hub);
    });
    connect(m_remote, &QRadioButton::toggled, this, [this](bool on) {
        updateEnabled();
        if (on && !m_reloading)
            m_hub->setFocus();
    });
    connect(m_demo, &QRadioButton::clicked, this, [this] {
        if (m_settings->get<core::setting::HubUrl>() != QLatin1String("local"))
            moveToNetwork(QStringLiteral("local"), tr("the demo network on this computer"));
    });
    connect(m_join, &QPushButton::clicked, this, &SettingsPage::joinNetwork);
    connect(m_hub, &QLineEdit::returnPressed, this, &SettingsPage::joinNetwork);
    connect(m_hub, &QLineEdit::textEdited, this, [this] { showError(key(k::hubUrl), QString()); });

    g->body->addSpacing(6);
    g->body->addWidget(new QLabel(tr("Payout address (where the network sends what you earn):"), box));
    auto* payRow = new QHBoxLayout;
    auto* payout = new QLineEdit(box);
    payout->setObjectName(QStringLiteral("edit_payout_address"));
    payout->setPlaceholderText(tr("0x… (your wallet’s address; you can add it later)"));
    payout->setAccessibleName(tr("Payout address"));
    auto* copy = new QPushButton(tr("&Copy"), box);
    copy->setObjectName(QStringLiteral("copyPayout"));
    copy->setToolTip(tr("Copy the payout address"));
    payRow->addWidget(payout, 1);
    payRow->addWidget(copy);
    g->body->addLayout(payRow);
    g->body->addWidget(errorLabel(key(k::payoutAddress), box));
    m_editors.insert(key(k::payoutAddress), payout);
    m_loaders.append([this, payout, copy] {
        if (!payout->hasFocus())
            payout->setText(m_settings->get<core::setting::PayoutAddress>());
        copy->setEnabled(!m_settings->get<core::setting::PayoutAddress>().isEmpty());
    });
    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_settings->get<core::setting::PayoutAddress>()); });
    connect(payout, &QLineEdit::textEdited, this, [this] { showError(key(k::payoutAddress), QString()); });
    connect(payout, &QLineEdit::editingFinished, this, [this, payout] {
        QString error;
        if (core::EvmAddress::isPlaceholder(payout->text(), &error)) {
            showError(key(k::payoutAddress), error);
            return;
        }
        if (apply(key(k::payoutAddress), payout->text()))
            payout->setText(m_settings->get<core::setting::PayoutAddress>());
    });
    // The app's own wallet, for whoever has none (shown once a context is set).
    m_walletRow = new QWidget(box);
    auto* wrow = new QHBoxLayout(m_walletRow);
    wrow->setContentsMargins(0, 0, 0, 0);
    m_walletSetup = new QPushButton(tr("Create or import a wallet…"), m_walletRow);
    m_walletSetup->setObjectName(QStringLiteral("walletSetup"));
    m_walletSetup->setToolTip(
        tr("No wallet yet? SpareCycles can make one for you, or bring in one you have from "
           "its recovery words or a wallet file."));
    m_walletExport = new QPushButton(tr("Export wallet…"), m_walletRow);
    m_walletExport->setObjectName(QStringLiteral("walletExport"));
    m_walletExport->setToolTip(
        tr("Save a copy of the wallet SpareCycles holds to a file locked with a password."));
    wrow->addWidget(m_walletSetup);
    wrow->addWidget(m_walletExport);
    wrow->addStretch();
    connect(
        m_walletSetup, &QPushButton::clicked, this, [this] { openWalletDialog(WalletDialog::Task::Setup); });
    connect(m_walletExport, &QPushButton::clicked, this,
        [this] { openWalletDialog(WalletDialog::Task::Export); });
    m_walletRow->hide();
    g->body->addWidget(m_walletRow);

    // Where the wallet balance is read from: only for who runs their own node.
    auto* more = new QWidget(box);
    auto* moreLayout = new QVBoxLayout(more);
    moreLayout->setContentsMargins(24, 0, 0, 0);
    moreLayout->addWidget(new QLabel(tr("Blockchain node to read your wallet balance from:"), more));
    auto* rpc = new QLineEdit(more);
    rpc->setObjectName(QStringLiteral("edit_chain_rpc_url"));
    rpc->setPlaceholderText(tr("The one your network suggests"));
    rpc->setAccessibleName(tr("Blockchain node address"));
    rpc->setClearButtonEnabled(true);
    m_editors.insert(key(k::chainRpcUrl), rpc);
    moreLayout->addWidget(rpc);
    moreLayout->addWidget(errorLabel(key(k::chainRpcUrl), more));
    m_loaders.append([this, rpc] {
        if (!rpc->hasFocus())
            rpc->setText(m_settings->get<core::setting::ChainRpcUrl>());
    });
    connect(rpc, &QLineEdit::textEdited, this, [this] { showError(key(k::chainRpcUrl), QString()); });
    connect(rpc, &QLineEdit::editingFinished, this, [this, rpc] { apply(key(k::chainRpcUrl), rpc->text()); });
    addAdvanced(g, QStringLiteral("networkAdvanced"), more);
}

void SettingsPage::buildNotifications()
{
    Group* g = addGroup(tr("Notifications"),
        { key(k::notifyHubUnreachable), key(k::notifyTaskFailed), key(k::notifyThermal),
            key(k::notifyPayout) });
    QWidget* box = g->box;
    g->body->addWidget(new QLabel(tr("Tell me when:"), box));
    g->body->addWidget(check(key(k::notifyPayout), tr("a payout arrives"), box));
    g->body->addWidget(check(key(k::notifyThermal), tr("tasks stop because the computer got too hot"), box));
    g->body->addWidget(check(key(k::notifyTaskFailed), tr("a task fails again and again"), box));
    g->body->addWidget(
        check(key(k::notifyHubUnreachable), tr("the network has been out of reach for half an hour"), box));
    addRestoreRow(g);
}

void SettingsPage::buildApp()
{
    Group* g = addGroup(tr("App"), { key(k::language), key(k::startAtLogin), key(k::panelTheme) });
    QWidget* box = g->box;
    auto* form = new QFormLayout;
    // Each language in its own words, so whoever reads it can find theirs.
    QComboBox* language = combo(key(k::language),
        { { QStringLiteral("system"), tr("As the system") },
            { QStringLiteral("en"), QStringLiteral("English") },
            { QStringLiteral("de"), QStringLiteral("Deutsch") },
            { QStringLiteral("fr"), QStringLiteral("Français") },
            { QStringLiteral("es"), QStringLiteral("Español") },
            { QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)") },
            { QStringLiteral("ru"), QStringLiteral("Русский") },
            { QStringLiteral("ja"), QStringLiteral("日本語") },
            { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } },
        box);
    language->setAccessibleName(tr("Language"));
    form->addRow(tr("Language:"), language);
    QComboBox* panel = combo(key(k::panelTheme),
        { { QStringLiteral("auto"), tr("Automatic") },
            { QStringLiteral("light"), tr("Dark icon, for a light panel") },
            { QStringLiteral("dark"), tr("Light icon, for a dark panel") } },
        box);
    panel->setAccessibleName(tr("Tray icon colour"));
    form->addRow(tr("Tray icon:"), panel);
    g->body->addLayout(form);
    g->body->addWidget(check(key(k::startAtLogin), tr("Start SpareCycles when I log in"), box));
    addRestoreRow(g);
}

// ---- behaviour ----

void SettingsPage::reload()
{
    if (!m_settings)
        return;
    m_reloading = true;
    for (const auto& load : m_loaders)
        load();
    m_reloading = false;
    updateEnabled();
    updateMemoryWords();
    updateWalletButtons();
}

bool SettingsPage::apply(const QString& k, const QString& text)
{
    if (m_reloading || !m_settings)
        return false;
    QString error;
    const auto canonical = core::Settings::validate(k, text, &error);
    if (!canonical) {
        showError(k, error);
        return false;
    }
    showError(k, QString());
    if (*canonical == m_settings->value(k))
        return true;
    if (!m_settings->set(k, *canonical, &error)) {
        showError(k, error);
        return false;
    }
    Q_EMIT settingChanged(k, m_settings->value(k));
    return true;
}

void SettingsPage::applyRunMode()
{
    const int mode = m_runMode->checkedId();
    apply(key(k::runAlways), mode == 2 ? QStringLiteral("true") : QStringLiteral("false"));
    if (mode != 2)
        apply(key(k::cpuWhenActive), mode == 1 ? QStringLiteral("reduced") : QStringLiteral("suspend"));
    updateEnabled();
}

void SettingsPage::applySchedule(const std::array<quint32, 7>& week)
{
    const QString text = core::Settings::formatSchedule(week);
    if (text.isEmpty()) {
        showError(key(k::schedule), tr("Choose at least one hour, or tasks could never run."));
        updateScheduleWords();
        return;
    }
    apply(key(k::schedule), text);
    updateScheduleWords();
}

void SettingsPage::applyCores(int cores)
{
    if (m_reloading)
        return;
    const int cpus = std::max(1, m_cpus);
    // The smallest share that gives exactly this many cores (the engine rounds down).
    const int percent = std::clamp(static_cast<int>(std::ceil(cores * 100.0 / cpus)), 1, 100);
    apply(key(k::maxCores), QString::number(percent));
}

void SettingsPage::joinNetwork()
{
    QString error;
    const QString text = m_hub->text().trimmed();
    const auto canonical
        = text.isEmpty() ? std::nullopt : core::Settings::validate(key(k::hubUrl), text, &error);
    if (!canonical || *canonical == QLatin1String("local")) {
        showError(key(k::hubUrl),
            text.isEmpty() ? tr("Type the network’s address, such as https://hub.example.org.")
                           : tr("A network’s address starts with https:// or http://, such as "
                                "https://hub.example.org."));
        return;
    }
    if (*canonical == m_settings->get<core::setting::HubUrl>())
        return;
    moveToNetwork(*canonical, QUrl(*canonical).host());
}

void SettingsPage::moveToNetwork(const QString& target, const QString& words)
{
    const QString before = m_settings->get<core::setting::HubUrl>();
    if (!m_confirm(tr("Move to another network?"),
            tr("Move to %1?\n\nTasks of the network you work for now that have not finished are dropped, and "
               "this computer starts on tasks from the new one. The credit you earned stays in your history.")
                .arg(words))) {
        reload();
        return;
    }
    if (!apply(key(k::hubUrl), target)) {
        reload();
        return;
    }
    m_undoHub = before;
    m_noticeText->setText(tr("SpareCycles now works for %1.").arg(words));
    m_undo->setAccessibleDescription(tr("Go back to %1").arg(networkWords(before)));
    m_notice->show();
    m_noticeTimer.start();
    reload();
}

QString SettingsPage::networkWords(const QString& hub) const
{
    return hub == QLatin1String("local") ? tr("the demo network on this computer") : QUrl(hub).host();
}

void SettingsPage::restoreGroup(const Group& group)
{
    QString error;
    for (const QString& k : group.keys) {
        const core::SettingSpec* spec = core::Settings::spec(k);
        if (spec && m_settings->value(k) != spec->defaultText
            && m_settings->set(k, spec->defaultText, &error))
            Q_EMIT settingChanged(k, spec->defaultText);
        showError(k, QString());
    }
    reload();
}

void SettingsPage::updateEnabled()
{
    const bool away = m_whenAway && m_whenAway->isChecked();
    const bool reduced = m_whenReduced && m_whenReduced->isChecked();
    if (QWidget* w = m_editors.value(key(k::idleMinutes)))
        w->setEnabled(away);
    if (QWidget* w = m_editors.value(key(k::cpuShareWhenActive)))
        w->setEnabled(reduced);
    const auto* useGpu = qobject_cast<QCheckBox*>(m_editors.value(key(k::useGpu)));
    if (QWidget* w = m_editors.value(key(k::gpuWhenActive)))
        w->setEnabled(!(m_whenAlways && m_whenAlways->isChecked()) && (!useGpu || useGpu->isChecked()));
    if (auto* rule = qobject_cast<QComboBox*>(m_editors.value(key(k::onBattery)))) {
        if (QWidget* w = m_editors.value(key(k::batteryMinPercent)))
            w->setEnabled(rule->currentData().toString() == QLatin1String("below"));
    }
    if (m_remote) {
        m_hub->setEnabled(m_remote->isChecked());
        m_join->setEnabled(m_remote->isChecked());
    }
}

void SettingsPage::updateScheduleWords()
{
    const int hours = m_grid->hoursSelected();
    if (hours == 7 * 24)
        m_scheduleWords->setText(tr("Tasks may run at any hour."));
    else
        m_scheduleWords->setText(tr("Tasks may run %n of the 168 hours of a week.", nullptr, hours));
}

void SettingsPage::updateMemoryWords()
{
    // Re-shows the memory sliders' words once the size of the memory is known.
    for (const char* name : { k::maxMemoryActive, k::maxMemoryIdle }) {
        if (auto* s = qobject_cast<QSlider*>(m_editors.value(key(name))))
            Q_EMIT s->valueChanged(s->value());
    }
}

void SettingsPage::setTemperatures(std::optional<double> cpuC, std::optional<double> gpuC)
{
    auto words = [](std::optional<double> t, const QString& none) {
        return t ? tr("Now %1 °C").arg(std::lround(*t)) : none;
    };
    if (m_cpuNow)
        m_cpuNow->setText(words(cpuC, tr("This computer does not report it")));
    if (m_gpuNow)
        m_gpuNow->setText(words(gpuC, tr("No graphics card reports it")));
}

void SettingsPage::setMachine(int logicalCpus, qint64 ramBytes)
{
    m_cpus = std::max(1, logicalCpus);
    m_ramBytes = std::max<qint64>(0, ramBytes);
    const bool was = m_reloading;
    m_reloading = true;
    if (m_cores) {
        const int percent = m_settings ? m_settings->get<core::setting::MaxCores>() : 100;
        m_cores->setRange(1, m_cpus);
        m_cores->setValue(
            std::max(1, static_cast<int>(std::floor(m_cpus * std::clamp(percent, 1, 100) / 100.0))));
        m_coresOf->setText(tr("of %n cores", nullptr, m_cpus));
    }
    m_reloading = was;
    updateMemoryWords();
}

void SettingsPage::setWalletContext(WalletContext context)
{
    m_wallet = std::move(context);
    updateWalletButtons();
}

void SettingsPage::updateWalletButtons()
{
    if (!m_walletRow)
        return;
    m_walletRow->setVisible(m_wallet.isValid());
    if (!m_wallet.isValid())
        return;
    const bool holds = WalletDialog::holdsWallet(*m_wallet.settings, m_wallet.dataDir);
    m_walletSetup->setVisible(!holds);
    m_walletExport->setVisible(holds);
}

void SettingsPage::openWalletDialog(WalletDialog::Task task)
{
    if (!m_wallet.isValid())
        return;
    WalletDialog dialog(m_wallet, task, this);
    connect(&dialog, &WalletDialog::walletSaved, this, [this](const QString& address) {
        reload();
        Q_EMIT settingChanged(key(k::payoutAddress), address);
    });
    dialog.exec();
    updateWalletButtons();
}

QString SettingsPage::errorText(const QString& k) const { return m_errorTexts.value(k); }

QString SettingsPage::noticeText() const { return m_notice->isHidden() ? QString() : m_noticeText->text(); }

QPushButton* SettingsPage::restoreButton(const QString& k) const
{
    for (const Group* g : m_groups) {
        if (g->keys.contains(k))
            return g->restore;
    }
    return nullptr;
}

void SettingsPage::showError(const QString& k, const QString& error)
{
    if (error.isEmpty())
        m_errorTexts.remove(k);
    else
        m_errorTexts.insert(k, error);
    if (QLabel* l = m_errors.value(k)) {
        l->setText(error);
        l->setVisible(!error.isEmpty());
    }
    if (QWidget* e = m_editors.value(k))
        e->setAccessibleDescription(error);
}

bool SettingsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto* w = qobject_cast<QWidget*>(watched); w && !w->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event); // the page scrolls
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The cores and memory there are, read once when the page is first shown (not while the
    // dashboard is built), unless the owner said already.
    if (m_ramBytes == 0) {
        const core::MachineProfile profile = core::readMachineProfile(QString());
        setMachine(profile.logicalCpus, profile.ramTotalBytes);
    }
    if (m_settings)
        m_settings->reloadIfChanged();
    reload();
}

} // namespace sc::ui
