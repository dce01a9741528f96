// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <openssl/crypto.h>
#include <utility>
#include <vector>

namespace sc::core {

// Secret bytes (a seed, a private key, a derived key) that are wiped with OPENSSL_cleanse when
// they go away. Move-only and never implicitly shared, unlike QByteArray, whose copies would
// outlive a wipe. Never logged: there is no conversion to text.
class SecretBytes final {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size)
        : m_bytes(size)
    {
    }
    explicit SecretBytes(QByteArrayView bytes)
        : m_bytes(bytes.begin(), bytes.end())
    {
    }
    ~SecretBytes() { wipe(); }
    SecretBytes(SecretBytes&& o) noexcept
        : m_bytes(std::exchange(o.m_bytes, {}))
    {
    }
    SecretBytes& operator=(SecretBytes&& o) noexcept
    {
        if (this != &o) {
            wipe();
            m_bytes = std::exchange(o.m_bytes, {});
        }
        return *this;
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const
    {
        return QByteArrayView(m_bytes.data(), static_cast<qsizetype>(m_bytes.size()));
    }
    // A copy that can be compared or printed in a test; callers that keep secrets avoid it.
    QByteArray toByteArray() const { return view().toByteArray(); }

    void wipe()
    {
        if (!m_bytes.empty())
            OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
        m_bytes.clear();
    }

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace sc::core
