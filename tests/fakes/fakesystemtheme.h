// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/systemtheme.h"

namespace sc::core {

// A desktop whose panel darkness the test sets (nullopt: the desktop says nothing).
class FakeSystemTheme final : public SystemTheme {
public:
    explicit FakeSystemTheme(std::optional<bool> dark = std::nullopt)
        : panelDark(dark)
    {
    }
    std::optional<bool> panelDark;
    std::optional<bool> panelIsDark() const override { return panelDark; }
};

} // namespace sc::core
