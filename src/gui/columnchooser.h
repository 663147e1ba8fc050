#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QPoint;

namespace Concord {

/// Lets a person choose the columns of a table: a context menu on the header shows and hides
/// them, sections can be dragged to reorder and resized, and the arrangement is remembered per
/// record type in QSettings (never anything secret there).
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QHeaderView *header);

    /// Stops remembering until switchTo(): the header is about to show other columns.
    void pause() { m_key.clear(); }
    /// Restores the arrangement remembered for `key` (e.g. the resource name) and remembers
    /// changes under it from now on. False when there is none yet (first time): the caller then
    /// sizes the columns itself.
    bool switchTo(const QString &key);
    /// Shows or hides a column; the last visible one cannot be hidden.
    void setColumnVisible(int logicalIndex, bool visible);
    void save() const;

private:
    void showMenu(const QPoint &position);
    [[nodiscard]] QString settingsKey() const;

    QHeaderView *m_header;
    QString m_key;
};

} // namespace Concord
