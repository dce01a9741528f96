// SPDX-License-Identifier: GPL-3.0-or-later
// The translations the app ships: every .ts file complete (no unfinished message, every plural
// form), and the sentences the engine builds outside the UI (the reason under the Overview's
// headline) found at run time in German, so no lookup context differs from the one lupdate
// filed them under (a helper named tr once filed the reasons under the namespace: the German
// Overview showed them in English).
#include "policy/throttlepolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sc::core;

class TestTranslations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLanguageIsComplete()
    {
        const QDir dir(QStringLiteral(SC_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({ QStringLiteral("sparecycles_*.ts") }, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            int messages = 0;
            QStringList unfinished;
            QString source;
            bool numerus = false;
            // English is the source language: its file holds only the plural forms.
            const bool english = name.endsWith(QLatin1String("_en.ts"));
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
                    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if ((english && !numerus) || !(open || text.trimmed().isEmpty()))
                        continue;
                    unfinished.append(source.left(60));
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + QStringLiteral(": ") + xml.errorString()));
            QVERIFY2(messages > 0, qPrintable(name));
            QVERIFY2(unfinished.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 unfinished, e.g. %3")
                               .arg(name)
                               .arg(unfinished.size())
                               .arg(unfinished.mid(0, 5).join(QStringLiteral(" | ")))));
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
