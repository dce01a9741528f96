// SPDX-License-Identifier: GPL-3.0-or-later
// The translations the app ships: every .ts file complete (no unfinished message, every plural
// form the language has, the source's placeholders kept), and the sentences the engine builds outside the UI
// (the reason under the Overview's headline) found at run time in German, so no lookup context differs from
// the one lupdate filed them under (a helper named tr once filed the reasons under the namespace: the German
// Overview showed them in English).
#include "policy/throttlepolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>

using namespace sc::core;

class TestTranslations final : public QObject {
    Q_OBJECT

    // The placeholders a text uses (%1, %L2; %n unless leaveOutN), each once, sorted.
    static QStringList placeholders(const QString& text, bool leaveOutN)
    {
        static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QString p = it.next().captured();
            if (!(leaveOutN && p == QLatin1String("%n")) && !found.contains(p))
                found.append(p);
        }
        found.sort();
        return found;
    }

private Q_SLOTS:
    void everyLanguageIsComplete()
    {
        // The plural forms each language has (Qt's rules): a missing or extra form shows the
        // wrong sentence for some numbers.
        const QHash<QString, int> pluralForms { { QStringLiteral("en"), 2 }, { QStringLiteral("de"), 2 },
            { QStringLiteral("fr"), 2 }, { QStringLiteral("es"), 2 }, { QStringLiteral("pt_BR"), 2 },
            { QStringLiteral("ru"), 3 }, { QStringLiteral("ja"), 1 }, { QStringLiteral("zh_CN"), 1 } };
        const QDir dir(QStringLiteral(SC_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({ QStringLiteral("sparecycles_*.ts") }, QDir::Files);
        QCOMPARE(files.size(), pluralForms.size());
        for (const QString& name : files) {
            const QString language = name.mid(12).chopped(3); // sparecycles_LANG.ts
            QVERIFY2(pluralForms.contains(language), qPrintable(name));
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            int messages = 0;
            QStringList unfinished;
            QStringList broken;
            QString source;
            bool numerus = false;
            // English is the source language: its file holds only the plural forms.
            const bool english = language == QLatin1String("en");
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("message")) {
                    ++messages;
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    const bool open
                        = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    if (english && !numerus)
                        continue;
                    QStringList forms;
                    if (numerus) {
                        while (xml.readNextStartElement())
                            forms.append(xml.readElementText());
                    } else {
                        forms.append(xml.readElementText());
                    }
                    const bool empty = std::any_of(
                        forms.cbegin(), forms.cend(), [](const QString& t) { return t.trimmed().isEmpty(); });
                    if (open || empty) {
                        unfinished.append(source.left(60));
                        continue;
                    }
                    if (numerus && forms.size() != pluralForms.value(language))
                        broken.append(
                            QStringLiteral("%1 plural forms: %2").arg(forms.size()).arg(source.left(60)));
                    // Every %1, %L2 … of the source in every form (a plural form may spell
                    // the number out instead of %n).
                    for (const QString& t : std::as_const(forms)) {
                        if (placeholders(t, numerus) != placeholders(source, numerus)) {
                            broken.append(source.left(60) + QStringLiteral(" => ") + t.left(60));
                            break;
                        }
                    }
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + QStringLiteral(": ") + xml.errorString()));
            QVERIFY2(messages > 0, qPrintable(name));
            QVERIFY2(unfinished.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 unfinished, e.g. %3")
                               .arg(name)
                               .arg(unfinished.size())
                               .arg(unfinished.mid(0, 5).join(QStringLiteral(" | ")))));
            QVERIFY2(broken.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 with placeholders or plural forms unlike the source: %3")
                               .arg(name)
                               .arg(broken.size())
                               .arg(broken.mid(0, 5).join(QStringLiteral(" | ")))));
        }
    }

    void theEnginesReasonsAreFoundInGerman()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(SC_QM_DIR "/sparecycles_de.qm")));
        PolicySettings s;
        s.idleMinutes = 3;
        s.pausedUntil = 1'790'000'000;
        QStringList english;
        const PolicyReason reasons[]
            = { PolicyReason::Running, PolicyReason::RunningReduced, PolicyReason::PausedByUser,
                  PolicyReason::OnBattery, PolicyReason::BatteryLow, PolicyReason::OutsideSchedule,
                  PolicyReason::ExclusiveProgram, PolicyReason::UserActive, PolicyReason::IdleUnknown,
                  PolicyReason::OtherProgramsBusy, PolicyReason::MemoryLimit, PolicyReason::DiskLow };
        for (PolicyReason r : reasons) {
            PolicyDecision d;
            d.reason = r;
            d.cpuDuty = r == PolicyReason::Running ? 0.5 : 0.25;
            d.detail = QStringLiteral("42");
            english.append(describeDecision(d, s));
        }
        QCoreApplication::installTranslator(&de);
        for (qsizetype i = 0; i < english.size(); ++i) {
            PolicyDecision d;
            d.reason = reasons[i];
            d.cpuDuty = reasons[i] == PolicyReason::Running ? 0.5 : 0.25;
            d.detail = QStringLiteral("42");
            const QString german = describeDecision(d, s);
            QVERIFY2(german != english.at(i), qPrintable(QStringLiteral("still English: ") + german));
        }
        QCoreApplication::removeTranslator(&de);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
