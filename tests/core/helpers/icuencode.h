#pragma once

#include <QByteArray>
#include <QString>

namespace hashiya::testing {

/// Encodes text into a legacy charset with ICU itself, so decoder tests do not depend on the decoder they
/// check. A character the charset cannot hold stops the test rather than becoming a substitute byte.
QByteArray encodeWithIcu(const QString &text, const char *charset);

} // namespace hashiya::testing
