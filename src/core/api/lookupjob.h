#pragma once

#include "lookupitem.h"
#include "servicejob.h"

#include <QList>

namespace Concord {

class RecordPager;

/// A job whose result is a lookup list (LookupItem), whatever shape the route answers with:
/// every page of a paginated list, a bare array of records or of names, or an object keyed by
/// code (§6.10).
class LookupJob : public ServiceJob
{
    Q_OBJECT
public:
    enum class Shape
    {
        RecordArray, ///< `[{"id":4,"name":"Afghanistan"}, ...]`
        NameArray, ///< `["Africa/Abidjan", ...]`: id and name are the string
        KeyedObject, ///< `{"EUR": {"name":"Euro", ...}}`: id is the key, in key order
        FieldOptions, ///< a field list (`create-fields`): the options of one field, e.g. the tags
    };

    /// Reads a single answer of `shape`; FieldOptions takes the options of `field`.
    LookupJob(ApiJob *job, Shape shape, const QString &field = {});
    /// Collects every page `pager` reads; the job takes the pager over.
    explicit LookupJob(RecordPager *pager);

    [[nodiscard]] QList<LookupItem> items() const { return m_items; }

protected:
    bool parseReply(const QJsonDocument &json) override;

private:
    void onPagerFinished(RecordPager *pager);

    Shape m_shape = Shape::RecordArray;
    QString m_field;
    QList<LookupItem> m_items;
};

} // namespace Concord
