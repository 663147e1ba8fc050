#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QHeaderView;
class QPoint;

namespace Concord {

/// Lets a person choose the columns of a table: a context menu on the header shows and hides
/// them, sections can be dragged to reorder and resized, and the arrangement is remembered per
/// record type in QSettings (never anything secret there). Columns are remembered by their
/// attribute (RecordListModel::AttributeRole), not their position, so an arrangement survives
/// custom fields being added or deleted on the server.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QHeaderView *header);

    /// Stops remembering until switchTo(): the header is about to show other columns.
    void pause() { m_key.clear(); }
    /// Restores the arrangement remembered for `key` (e.g. the resource name) and remembers
    /// changes under it from now on. Columns the arrangement does not know (all of them the first
    /// time, a custom field added since) keep their place after the others, hidden when their
    /// attribute is in `optional` (the menu lists those apart). False when nothing is remembered
    /// yet (first time): the caller then sizes the columns itself.
    bool switchTo(const QString &key, const QSet<QString> &optional = {});
    /// Shows or hides a column; the last visible one cannot be hidden. A column shown for the
    /// first time gets the width of its contents.
    void setColumnVisible(int logicalIndex, bool visible);
    void save() const;

private:
    void showMenu(const QPoint &position);
    [[nodiscard]] QString settingsGroup() const;
    [[nodiscard]] QString columnKey(int logicalIndex) const;

    QHeaderView *m_header;
    QString m_key;
    QSet<QString> m_optional;
};

} // namespace Concord
