#pragma once

#include <QByteArray>
#include <QString>

namespace hashiya {

/**
 * Reads the charset an HTML page declares for itself, in `<meta charset="…">` or in
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`, within the first 4 KB as browsers do.
 */
class HtmlCharset final
{
public:
    /** The label as written in the page ("Windows-1256", "iso-8859-6"); empty when there is none. */
    static QString declaredLabel(const QByteArray &bytes);

    /** The declared charset by ICU's standard name, with the WHATWG rule that a page labelled ISO-8859-1 or
     *  US-ASCII is read as windows-1252; empty when none is declared or ICU does not know the label. */
    static QString declared(const QByteArray &bytes);
};

} // namespace hashiya
