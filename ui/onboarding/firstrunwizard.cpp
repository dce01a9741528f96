// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/firstrunwizard.h"

#include "network/httpclient.h"
#include "settings/settings.h"
#include "ui/style/appstyle.h"
#include "ui/widgets/schedulegrid.h"
#include "wallet/evmaddress.h"
#include "wallet/keystore.h"
#include "wallet/walletstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace sc::ui {

namespace {
    QLabel* paragraph(const QString& text, QWidget* parent)
    {
        auto* l = new QLabel(text, parent);
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        return l;
    }

    QLabel* errorLabel(QWidget* parent)
    {
        auto* l = new QLabel(parent);
        l->setWordWrap(true);
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, errorTextColour(p));
        l->setPalette(p);
        l->hide();
        return l;
    }
} // namespace

FirstRunWizard::FirstRunWizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Welcome to SpareCycles"));
    setWizardStyle(QWizard::ClassicStyle);
    setMinimumSize(620, 460);
    m_confirmQuit = [this] {
        return QMessageBox::question(this, tr("Quit setup?"),
                   tr("SpareCycles does not start until setup is finished. Quit setup anyway?"),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    auto* intro = new QWizardPage(this);
    intro->setTitle(tr("Lend your computer's spare time"));
    auto* il = new QVBoxLayout(intro);
    il->addWidget(
        paragraph(tr("<p>SpareCycles runs small computing tasks for a network while you are away "
                     "from your computer, and records the credit you earn for them.</p>"
                     "<p><b>What it does:</b></p><ul>"
                     "<li>starts tasks only when you allow it (by default: when you are away);</li>"
                     "<li>stops them within a fraction of a second when you come back;</li>"
                     "<li>slows down when the processor gets hot or you are on battery.</li></ul>"
                     "<p><b>What it never does:</b></p><ul>"
                     "<li>read your files, or let tasks use the network;</li>"
                     "<li>run tasks as you or with administrator rights;</li>"
                     "<li>ask for your wallet's secret words or keys: only a wallet you let it make "
                     "or bring in is kept, on this computer alone.</li></ul>"),
            intro));
    addPage(intro);

    auto* net = new QWizardPage(this);
    net->setTitle(tr("Which network?"));
    auto* nl = new QVBoxLayout(net);
    m_local = new QRadioButton(tr("&Demo network on this computer"), net);
    m_remote = new QRadioButton(tr("A &hub on the internet:"), net);
    m_hubUrl = new QLineEdit(net);
    m_hubUrl->setPlaceholderText(QStringLiteral("https://hub.example.org"));
    m_hubUrl->setAccessibleName(tr("Hub address"));
    m_hubUrl->setEnabled(false);
    m_hubError = errorLabel(net);
    m_local->setChecked(true);
    nl->addWidget(m_local);
    auto* demoNote
        = paragraph(tr("To try SpareCycles out: tasks, credit and payouts are real, but they stay on "
                       "this computer, and its credit has no value."),
            net);
    demoNote->setContentsMargins(24, 0, 0, 6);
    nl->addWidget(demoNote);
    nl->addWidget(m_remote);
    nl->addWidget(m_hubUrl);
    nl->addWidget(m_hubError);
    nl->addStretch();
    connect(m_remote, &QRadioButton::toggled, m_hubUrl, &QLineEdit::setEnabled);
    // An error belongs to the choice it was about: another choice, or new text, clears it.
    connect(m_remote, &QRadioButton::toggled, this, [this] { showError(m_hubError, QString()); });
    connect(m_hubUrl, &QLineEdit::textEdited, this, [this] { showError(m_hubError, QString()); });
    m_networkPage = addPage(net);

    auto* pay = new QWizardPage(this);
    pay->setTitle(tr("Where should payouts go?"));
    auto* pl = new QVBoxLayout(pay);
    pl->addWidget(paragraph(tr("Give the address of your Ethereum-compatible (EVM) wallet: it starts with 0x "
                               "and has 42 characters; copy it from your wallet app. Only the address: never "
                               "your secret words or key. You can leave it empty and add it later."),
        pay));
    m_payout = new QLineEdit(pay);
    m_payout->setObjectName(QStringLiteral("payout"));
    m_payout->setPlaceholderText(tr("0x… (your wallet’s address, optional)"));
    m_payout->setAccessibleName(tr("Payout address"));
    m_payoutError = errorLabel(pay);
    pl->addWidget(m_payout);
    pl->addWidget(m_payoutError);
    m_walletRow = new QWidget(pay);
    auto* wr = new QVBoxLayout(m_walletRow);
    wr->setContentsMargins(0, 12, 0, 0);
    m_walletLead = paragraph(QString(), m_walletRow);
    m_walletLead->setObjectName(QStringLiteral("walletLead"));
    wr->addWidget(m_walletLead);
    auto* makeRow = new QHBoxLayout;
    m_walletButton = new QPushButton(m_walletRow);
    m_walletButton->setObjectName(QStringLiteral("makeWallet"));
    makeRow->addWidget(m_walletButton);
    makeRow->addStretch();
    wr->addLayout(makeRow);
    m_walletNote = paragraph(tr("The payout address above is this wallet's."), m_walletRow);
    m_walletNote->setObjectName(QStringLiteral("walletNote"));
    m_walletNote->hide();
    wr->addWidget(m_walletNote);
    m_walletRow->hide();
    showWalletRow();
    pl->addWidget(m_walletRow);
    pl->addStretch();
    connect(m_walletButton, &QPushButton::clicked, this, &FirstRunWizard::makeWallet);
    connect(m_payout, &QLineEdit::textChanged, this, &FirstRunWizard::showWalletNote);
    connect(m_payout, &QLineEdit::textEdited, this, [this](const QString& t) {
        QString error;
        const bool fine = t.trimmed().isEmpty()
            || (core::EvmAddress::validate(t, &error) && !core::EvmAddress::isPlaceholder(t, &error));
        showError(m_payoutError, fine ? QString() : error);
    });
    m_payoutPage = addPage(pay);

    auto* when = new QWizardPage(this);
    when->setTitle(tr("When may tasks run?"));
    auto* wl = new QVBoxLayout(when);
    m_idle = new QRadioButton(tr("Only when I am &away from the computer (recommended)"), when);
    m_always = new QRadioButton(tr("&Always, at the lowest priority (may make fans louder)"), when);
    m_custom = new QRadioButton(tr("At &these hours (click or drag to change):"), when);
    m_schedule = new ScheduleGrid(when);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    {
        // Weekday nights and evenings, and the weekend: when most people are away.
        ScheduleGrid::Week week {};
        for (int d = 0; d < 5; ++d)
            week[static_cast<size_t>(d)] = 0xFFu | (0x3Fu << 18); // 0–8 and 18–24
        week[5] = week[6] = 0xFFFFFF;
        m_schedule->setWeek(week);
    }
    m_schedule->setEnabled(false);
    m_scheduleError = errorLabel(when);
    m_idle->setChecked(true);
    wl->addWidget(m_idle);
    wl->addWidget(m_always);
    wl->addWidget(m_custom);
    wl->addWidget(m_schedule);
    wl->addWidget(m_scheduleError);
    wl->addWidget(
        paragraph(tr("You can change this any time in Settings, and pause from the tray icon."), when));
    wl->addStretch();
    connect(m_custom, &QRadioButton::toggled, m_schedule, &QWidget::setEnabled);
    for (QRadioButton* b : { m_idle, m_always, m_custom })
        connect(b, &QRadioButton::toggled, this, [this] { showError(m_scheduleError, QString()); });
    connect(m_schedule, &ScheduleGrid::edited, this, [this] { showError(m_scheduleError, QString()); });
    m_whenPage = addPage(when);

    auto* done = new QWizardPage(this);
    done->setTitle(tr("All set"));
    auto* dl = new QVBoxLayout(done);
    m_summary = paragraph(QString(), done);
    dl->addWidget(m_summary);
    dl->addStretch();
    addPage(done);
    connect(this, &QWizard::currentIdChanged, this, [this] { updateSummary(); });
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::setWalletContext(WalletContext context)
{
    m_wallet = std::move(context);
    // A wallet made in a wizard that was then cancelled set the payout address already.
    if (m_wallet.settings && m_payout->text().trimmed().isEmpty())
        m_payout->setText(m_wallet.settings->get<core::setting::PayoutAddress>());
    showWalletRow();
}

bool FirstRunWizard::holdsWallet() const
{
    return m_wallet.isValid() && WalletDialog::holdsWallet(*m_wallet.settings, m_wallet.dataDir);
}

void FirstRunWizard::showWalletRow()
{
    m_walletRow->setVisible(m_wallet.isValid());
    const bool held = holdsWallet();
    if (held && m_walletAddress.isEmpty()) {
        // wallet.json names its address; the keychain's key is the one that set payout_address.
        QFile f(QDir(m_wallet.dataDir).filePath(QLatin1String(core::FileWalletStore::kFileName)));
        m_walletAddress = f.open(QIODevice::ReadOnly)
            ? core::Keystore::addressOf(f.read(core::Keystore::kMaxFileBytes))
            : m_wallet.settings->get<core::setting::PayoutAddress>();
    }
    m_walletLead->setText(held ? tr("SpareCycles keeps a wallet for you on this computer. You can save a "
                                    "copy of it to a file, which MetaMask and most other wallets open.")
                               : tr("No wallet yet? SpareCycles can make one for you and keep it on this "
                                    "computer; you write down 12 recovery words that bring it back."));
    m_walletButton->setText(held ? tr("&Save a copy…") : tr("&Make one for me…"));
    showWalletNote();
}

void FirstRunWizard::showWalletNote()
{
    const bool ours = !m_walletAddress.isEmpty()
        && m_payout->text().trimmed().compare(m_walletAddress, Qt::CaseInsensitive) == 0;
    m_walletNote->setVisible(ours);
}

void FirstRunWizard::makeWallet()
{
    const bool held = holdsWallet(); // then the dialog only saves a copy
    WalletDialog dialog(m_wallet, held ? WalletDialog::Task::Export : WalletDialog::Task::Setup, this);
    dialog.exec();
    if (!dialog.address().isEmpty()) {
        m_walletAddress = dialog.address();
        if (!held) {
            m_payout->setText(dialog.address());
            showError(m_payoutError, QString());
        }
    }
    showWalletRow();
}

void FirstRunWizard::showError(QLabel* label, const QString& error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

bool FirstRunWizard::applyChoices(const Choices& c, core::Settings& settings)
{
    QString error;
    return settings.put<core::setting::RunAlways>(c.runMode == RunMode::AlwaysLowPriority, &error)
        && settings.put<core::setting::Schedule>(
            c.runMode == RunMode::Custom ? c.schedule : QStringLiteral("always"), &error);
}

bool FirstRunWizard::applyChoices(const Choices& c, const QString& settingsPath)
{
    core::Settings settings(settingsPath);
    return applyChoices(c, settings);
}

bool FirstRunWizard::parseHubUrl(const QString& text, QUrl* url, QString* error)
{
    const QUrl u(text.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
        || u.host().isEmpty()) {
        *error = tr("A hub address looks like https://hub.example.org.");
        return false;
    }
    *url = u;
    return true;
}

bool FirstRunWizard::checkHub(const QUrl& url, QString* error)
{
    core::CurlHttpClient http;
    core::HttpRequest req;
    QUrl u = url;
    QString path = u.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path + QStringLiteral("/v1/network"));
    req.url = u;
    req.timeout = std::chrono::seconds(8);
    req.maxResponseBytes = 64 * 1024;
    QEventLoop loop;
    core::HttpResponse response;
    http.send(req, [&](const core::HttpResponse& r) {
        response = r;
        loop.quit();
    });
    loop.exec(); // the wizard stays responsive while it waits (at most the timeout)
    if (response.error != core::HttpResponse::Error::None) {
        *error = tr("Cannot reach %1: %2").arg(url.toDisplayString(), response.errorText);
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    if (!response.ok() || o.value(QLatin1String("protocol")).toInt() != 1
        || o.value(QLatin1String("code_signing_key")).toString().size() != 64) {
        *error = tr("%1 answers, but it is not a SpareCycles hub.").arg(url.toDisplayString());
        return false;
    }
    return true;
}

void FirstRunWizard::reject()
{
    if (!m_confirmQuit())
        return;
    QWizard::reject();
}

bool FirstRunWizard::validateCurrentPage()
{
    QString error;
    if (currentId() == m_networkPage && m_remote->isChecked()) {
        QUrl url;
        bool ok = parseHubUrl(m_hubUrl->text(), &url, &error);
        if (ok) {
            // Ask the hub itself before going on: a typo or a server that is not a hub is
            // caught here, not after the wizard.
            showError(m_hubError, tr("Checking %1…").arg(url.toDisplayString()));
            ok = checkHub(url, &error);
        }
        showError(m_hubError, ok ? QString() : error);
        return ok;
    }
    if (currentId() == m_payoutPage && !m_payout->text().trimmed().isEmpty()) {
        const bool ok = core::EvmAddress::validate(m_payout->text(), &error)
            && !core::EvmAddress::isPlaceholder(m_payout->text(), &error);
        showError(m_payoutError, ok ? QString() : error);
        return ok;
    }
    if (currentId() == m_whenPage && m_custom->isChecked()) {
        const bool ok = m_schedule->hoursSelected() > 0;
        if (!ok)
            error = tr("Choose at least one hour, or tasks could never run.");
        showError(m_scheduleError, ok ? QString() : error);
        return ok;
    }
    return QWizard::validateCurrentPage();
}

FirstRunWizard::Choices FirstRunWizard::choices() const
{
    Choices c;
    c.localNetwork = m_local->isChecked();
    if (!c.localNetwork) {
        QString error;
        parseHubUrl(m_hubUrl->text(), &c.hubUrl, &error);
    }
    const QString payout = m_payout->text().trimmed();
    c.payoutAddress = payout.isEmpty() ? QString() : core::EvmAddress::checksummed(payout);
    c.runMode = m_idle->isChecked() ? RunMode::WhenIdle
        : m_always->isChecked()     ? RunMode::AlwaysLowPriority
                                    : RunMode::Custom;
    c.schedule = core::Settings::formatSchedule(m_schedule->week());
    return c;
}

void FirstRunWizard::updateSummary()
{
    const Choices c = choices();
    QString text = QStringLiteral("<p>")
        + (c.localNetwork ? tr("Network: the demo network on this computer.")
                          : tr("Network: %1").arg(c.hubUrl.toDisplayString().toHtmlEscaped()));
    text += QStringLiteral("</p><p>")
        + (c.payoutAddress.isEmpty() ? tr("Payouts: no address yet.")
                                     : tr("Payouts to: %1").arg(c.payoutAddress));
    text += QStringLiteral("</p><p>");
    switch (c.runMode) {
    case RunMode::WhenIdle:
        text += tr("Tasks run only when you are away.");
        break;
    case RunMode::AlwaysLowPriority:
        text += tr("Tasks run always, at the lowest priority.");
        break;
    case RunMode::Custom:
        text += tr(
            "Tasks run only at the hours you chose (%n hours a week).", nullptr, m_schedule->hoursSelected());
        break;
    }
    text += QStringLiteral("</p><p>")
        + tr("SpareCycles lives in the tray (the icon near the clock). Click it to see what it does "
             "and what you earned.")
        + QStringLiteral("</p>");
    m_summary->setText(text);
}

} // namespace sc::ui
