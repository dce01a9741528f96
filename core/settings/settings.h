// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/throttlepolicy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <array>
#include <optional>

namespace sc::core {

// One typed registry of every user setting: key, type, default, range, one-line help. The
// Settings page, `sparecycles-cli config` and the engine all go through it, so a value is
// validated the same way everywhere. Stored as an INI file in the data folder (no secrets:
// keys live elsewhere).
struct SettingSpec {
    enum class Type { Bool, Int, Double, Choice, Text, List, Schedule };
    QString key;
    Type type = Type::Int;
    QString defaultText; // canonical text form
    double min = 0;
    double max = 0;
    QStringList choices;
    const char* help = ""; // translatable (QT_TRANSLATE_NOOP context "Settings")
};

class Settings final {
public:
    static const QList<SettingSpec>& registry();
    static const SettingSpec* spec(const QString& key);

    // Checks text for key; returns the canonical form, or nullopt with *error for the user.
    static std::optional<QString> validate(const QString& key, const QString& text, QString* error);

    explicit Settings(QString iniPath);

    QString value(const QString& key) const; // canonical text, default when unset or damaged
    bool set(const QString& key, const QString& text, QString* error);
    bool isDefault(const QString& key) const;

    // Re-reads the file if another process changed it; true when something changed.
    bool reloadIfChanged();

    PolicySettings policy() const;

    // Schedule text ("always", or "mon-fri 9-17, sat 10-12") <-> weekly hour masks.
    static std::optional<std::array<quint32, 7>> parseSchedule(const QString& text, QString* error);

private:
    QString m_path;
    QHash<QString, QString> m_values;
    QDateTime m_loadedMtime;
    qint64 m_loadedSize = -1;
    void load();
};

} // namespace sc::core
