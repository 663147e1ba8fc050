#include "pageenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Concord::Emulator {

PageEnvelope::PageEnvelope(const QString &path, int total, int page, int perPage)
    : m_path(path)
    , m_total(total)
    , m_page(page)
    , m_perPage(qMax(1, perPage))
    , m_lastPage(qMax(1, (total + m_perPage - 1) / m_perPage))
{
}

QString PageEnvelope::pageUrl(int page) const
{
    return m_path + QStringLiteral("?page=") + QString::number(page);
}

QByteArray PageEnvelope::build(const QList<QByteArray> &items) const
{
    auto urlOrNull = [this](int page) {
        return page >= 1 && page <= m_lastPage ? QJsonValue(pageUrl(page)) : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject links{{QStringLiteral("first"), pageUrl(1)},
                            {QStringLiteral("last"), pageUrl(m_lastPage)},
                            {QStringLiteral("prev"), m_page > 1 ? urlOrNull(m_page - 1) : QJsonValue()},
                            {QStringLiteral("next"), m_page < m_lastPage ? urlOrNull(m_page + 1) : QJsonValue()}};

    // The web UI's pager: every page when few, else both ends and a window around the current
    // page with "..." separators, like Laravel's UrlWindow (on each side: 3).
    QJsonArray pager;
    auto pagerEntry = [](const QJsonValue &url, const QString &label, bool active) {
        return QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("label"), label}, {QStringLiteral("active"), active}};
    };
    pager.append(pagerEntry(m_page > 1 ? urlOrNull(m_page - 1) : QJsonValue(), QStringLiteral("&laquo; Previous"), false));
    QList<int> shown;
    if (m_lastPage <= 13) {
        for (int p = 1; p <= m_lastPage; ++p)
            shown << p;
    } else {
        const int from = qBound(1, m_page - 3, m_lastPage - 6);
        shown << 1 << 2;
        for (int p = qMax(3, from); p <= qMin(m_lastPage - 2, from + 6); ++p)
            shown << p;
        shown << m_lastPage - 1 << m_lastPage;
    }
    int previous = 0;
    for (int p : shown) {
        if (p <= previous)
            continue;
        if (previous && p > previous + 1)
            pager.append(pagerEntry(QJsonValue(), QStringLiteral("..."), false));
        pager.append(pagerEntry(pageUrl(p), QString::number(p), p == m_page));
        previous = p;
    }
    pager.append(pagerEntry(m_page < m_lastPage ? urlOrNull(m_page + 1) : QJsonValue(), QStringLiteral("Next &raquo;"),
                            false));

    const bool empty = items.isEmpty();
    const QJsonObject meta{{QStringLiteral("current_page"), m_page},
                           {QStringLiteral("from"), empty ? QJsonValue() : QJsonValue(firstIndex() + 1)},
                           {QStringLiteral("last_page"), m_lastPage},
                           {QStringLiteral("links"), pager},
                           {QStringLiteral("path"), m_path},
                           {QStringLiteral("per_page"), m_perPage},
                           {QStringLiteral("to"), empty ? QJsonValue() : QJsonValue(firstIndex() + int(items.size()))},
                           {QStringLiteral("total"), m_total}};

    QByteArray out = "{\"data\":[";
    out.reserve(items.size() * 2048 + 2048);
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items.at(i);
    }
    out += "],\"links\":";
    out += QJsonDocument(links).toJson(QJsonDocument::Compact);
    out += ",\"meta\":";
    out += QJsonDocument(meta).toJson(QJsonDocument::Compact);
    out += '}';
    return out;
}

} // namespace Concord::Emulator
