#include "libraryfixture.h"

#include "library/documentstore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace hashiya::test {

QString corpusText(const QString &fileName)
{
    QFile file(QStringLiteral(HASHIYA_CORPUS) % u'/' % fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool LibraryFixture::setUp(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    m_text = corpusText(u"burkina-faso-russia.ar.txt"_s);
    if (m_text.isEmpty()) {
        *error = u"corpus article missing"_s;
        return false;
    }
    m_library = Library::open(libraryPath(), error);
    if (!m_library)
        return false;
    DocumentRecord record;
    record.title = m_text.section(u'\n', 0, 0);
    record.text = m_text;
    record.language = u"ar"_s;
    record.encoding = u"UTF-8"_s;
    record.sourcePath = QStringLiteral(HASHIYA_CORPUS) % u"/burkina-faso-russia.ar.txt"_s;
    DocumentStore documents(*m_library);
    if (!documents.insert(record)) {
        *error = documents.lastError();
        return false;
    }
    m_documentId = record.id;
    return true;
}

} // namespace hashiya::test
