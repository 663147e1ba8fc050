#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Concord::Emulator {

/// Laravel's paginated envelope (§5): data, links and meta, with page URLs that keep only `page`.
class PageEnvelope
{
public:
    /// `path` is the absolute URL of the list without a query, e.g. http://127.0.0.1:8000/api/contacts.
    PageEnvelope(const QString &path, int total, int page, int perPage);

    [[nodiscard]] int firstIndex() const { return (m_page - 1) * m_perPage; }
    /// The envelope around already serialised items (compact JSON objects).
    [[nodiscard]] QByteArray build(const QList<QByteArray> &items) const;

private:
    [[nodiscard]] QString pageUrl(int page) const;

    QString m_path;
    int m_total;
    int m_page;
    int m_perPage;
    int m_lastPage;
};

} // namespace Concord::Emulator
