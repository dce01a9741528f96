// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/outputcheck.h"

#include "matmul/modmat.h"

#include <string_view>

namespace sc::hub {

QString OutputVerdict::text() const
{
    switch (reason) {
    case Reason::NotChecked:
    case Reason::Passed:
        break;
    case Reason::Unparsable:
        return QStringLiteral("unparsable");
    case Reason::WrongProduct:
        return QStringLiteral("freivalds");
    case Reason::BadInput:
        return QStringLiteral("bad_input");
    }
    return {};
}

OutputVerdict OutputCheck::judge(
    const QString& app, const QByteArray& input, const QByteArray& output, quint64 secret)
{
    using Reason = OutputVerdict::Reason;
    if (app != QLatin1String("sc-matmul"))
        return { Reason::NotChecked };
    const auto in = sc::matmul::parseInput(std::string_view(input.constData(), input.size()));
    if (!in)
        return { Reason::BadInput };
    const std::string_view bytes(output.constData(), output.size());
    const std::string header = sc::matmul::header(in->n);
    if (bytes.size() != header.size() + std::size_t(in->n) * in->n * 4
        || bytes.substr(0, header.size()) != header)
        return { Reason::Unparsable };
    // freivaldsOutput also refuses an entry ≥ p; the size and header are known good here.
    if (!sc::matmul::freivaldsOutput(bytes, *in, kMatmulRounds, secret))
        return { Reason::WrongProduct };
    return { Reason::Passed };
}

} // namespace sc::hub
