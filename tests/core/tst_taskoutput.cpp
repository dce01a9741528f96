// SPDX-License-Identifier: GPL-3.0-or-later
// What the Executor reads from a task program's stdout (tasks/taskoutput.h): whole
// "progress x" and "resumed" lines count, however the output is cut into reads; anything
// else, half lines, values outside 0..1 and a flood without newlines do not.
#include "tasks/taskoutput.h"

#include <QTest>

using sc::core::TaskOutputReader;
using Kind = TaskOutputReader::Line::Kind;

class TestTaskOutput final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wholeLinesCountAcrossReads()
    {
        TaskOutputReader r;
        r.append("starting\nprog");
        QVERIFY(!r.next());
        r.append("ress 0.25\r\nresumed from 40%\n");
        const auto first = r.next();
        QVERIFY(first && first->kind == Kind::Progress);
        QCOMPARE(first->progress, 0.25);
        const auto second = r.next();
        QVERIFY(second && second->kind == Kind::Resumed);
        QVERIFY(!r.next());
        QCOMPARE(r.pendingBytes(), 0);
    }

    void progressOutsideZeroToOneOrNotANumberIsIgnored()
    {
        TaskOutputReader r;
        r.append("progress 1.5\nprogress -0.1\nprogress nan\nprogress inf\nprogress x\nprogress\n"
                 "resumed\nprogress 1\n");
        const auto line = r.next();
        QVERIFY(line && line->kind == Kind::Progress);
        QCOMPARE(line->progress, 1.0);
        QVERIFY(!r.next());
    }

    void aFloodWithoutNewlinesIsCutToItsTail()
    {
        TaskOutputReader r;
        r.append(QByteArray(TaskOutputReader::kMaxPendingBytes, 'x'));
        QCOMPARE(r.pendingBytes(), TaskOutputReader::kMaxPendingBytes);
        r.append("\nprogress 0.5");
        QCOMPARE(r.pendingBytes(), TaskOutputReader::kKeepBytes);
        QVERIFY(!r.next());
        r.append("\n");
        const auto line = r.next();
        QVERIFY(line && line->progress == 0.5);
    }
};

QTEST_GUILESS_MAIN(TestTaskOutput)
#include "tst_taskoutput.moc"
