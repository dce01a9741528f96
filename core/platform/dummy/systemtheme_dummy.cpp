// SPDX-License-Identifier: GPL-3.0-or-later
// No desktop facts on this platform: the app's palette decides the tray icon's look.
#include "platform/systemtheme.h"

namespace sc::core {

namespace {
    class NoSystemTheme final : public SystemTheme {
    public:
        std::optional<bool> panelIsDark() const override { return std::nullopt; }
    };
} // namespace

std::unique_ptr<SystemTheme> createPlatformSystemTheme() { return std::make_unique<NoSystemTheme>(); }

} // namespace sc::core
