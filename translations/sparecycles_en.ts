<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Engine</name>
    <message numerus="yes">
        <source>%n task(s) will resume from their checkpoints.</source>
        <translation>
            <numerusform>%n task will resume from its checkpoint.</numerusform>
            <numerusform>%n tasks will resume from their checkpoints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) from an earlier run wait to be reported.</source>
        <translation>
            <numerusform>%n result from an earlier run waits to be reported.</numerusform>
            <numerusform>%n results from an earlier run wait to be reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the hub at %1: %2 Retrying in %n second(s).</source>
        <translation>
            <numerusform>Cannot reach the hub at %1: %2 Retrying in %n second.</numerusform>
            <numerusform>Cannot reach the hub at %1: %2 Retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n task(s) from the hub.</source>
        <translation>
            <numerusform>Received %n task from the hub.</numerusform>
            <numerusform>Received %n tasks from the hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1 failed %n time(s); reporting the failure to the hub.</source>
        <translation>
            <numerusform>Task %1 failed once; reporting the failure to the hub.</numerusform>
            <numerusform>Task %1 failed %n times; reporting the failure to the hub.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n task(s)</source>
        <translation>
            <numerusform>Running %n task</numerusform>
            <numerusform>Running %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>In this period: %1 of processor time, %n task(s) finished.</source>
        <translation>
            <numerusform>In this period: %1 of processor time, %n task finished.</numerusform>
            <numerusform>In this period: %1 of processor time, %n tasks finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>SpareCycles has not reached its hub for %n minute(s). Finished work is kept and sent when it is back. %1</source>
        <translation>
            <numerusform>SpareCycles has not reached its hub for %n minute. Finished work is kept and sent when it is back. %1</numerusform>
            <numerusform>SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is back. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message numerus="yes">
        <source>Waiting until the computer has been idle for %n minute(s)</source>
        <translation>
            <numerusform>Waiting until the computer has been idle for %n minute</numerusform>
            <numerusform>Waiting until the computer has been idle for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisPcPage</name>
    <message numerus="yes">
        <source>Measured on %1 using %n thread(s). Higher numbers are faster.</source>
        <translation>
            <numerusform>Measured on %1 using %n thread. Higher numbers are faster.</numerusform>
            <numerusform>Measured on %1 using %n threads. Higher numbers are faster.</numerusform>
        </translation>
    </message>
</context>
</TS>
