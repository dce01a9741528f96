// SPDX-License-Identifier: GPL-3.0-or-later
// Settings values (core/settings): the text a user types in the Settings page or gives to
// `sparecycles-cli config set`, and the settings file itself, which may be hand-edited.
// Input: a selector byte; then either a key number and the text (validated for that key), or
// the whole settings.ini (opened with Settings, every value read, the policy built).
// Checked: the canonical form validate() returns validates again to itself (it is what the
// file stores and reads back), and a file yields only values that validate.
#include "fuzzhelpers.h"
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using sc::core::Settings;

namespace {

void value(sc::fuzz::Input& in)
{
    const auto& registry = Settings::registry();
    const auto& spec = registry.at(in.byte() % registry.size());
    const QString text = QString::fromUtf8(in.rest());
    QString error;
    const auto canonical = Settings::validate(spec.key, text, &error);
    if (!canonical) {
        SC_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    QString again;
    const auto twice = Settings::validate(spec.key, *canonical, &again);
    SC_FUZZ_CHECK(twice.has_value());
    SC_FUZZ_CHECK(*twice == *canonical);
    if (spec.type == sc::core::SettingSpec::Type::Schedule)
        SC_FUZZ_CHECK(Settings::parseSchedule(*canonical, &again).has_value());
}

void file(const QByteArray& ini)
{
    static QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("sc-fuzz-settings-XXXXXX")));
    SC_FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QFile f(path);
    SC_FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(ini);
    f.close();
    Settings settings(path);
    for (const auto& spec : Settings::registry()) {
        const QString v = settings.value(spec.key);
        QString error;
        const auto checked = Settings::validate(spec.key, v, &error);
        SC_FUZZ_CHECK(checked.has_value());
        SC_FUZZ_CHECK(*checked == v);
    }
    settings.policy();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    sc::fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sc::fuzz::Input in(data, size);
    if (in.byte() % 2)
        file(in.rest());
    else
        value(in);
    return 0;
}
