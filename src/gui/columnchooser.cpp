#include "columnchooser.h"

#include "models/recordlistmodel.h"

#include <QAbstractItemView>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QVector>

#include <algorithm>

namespace Concord {

namespace {

/// One column as remembered; width 0: none known (it was never shown).
struct RememberedColumn
{
    QString key;
    int width = 0;
    bool hidden = false;
};

const QString KeyKey = QStringLiteral("key");
const QString WidthKey = QStringLiteral("width");
const QString HiddenKey = QStringLiteral("hidden");

/// The columns in their remembered order (a QSettings array: readable in the settings file).
QVector<RememberedColumn> readLayout(const QString &group)
{
    QSettings settings;
    QVector<RememberedColumn> layout;
    const int size = settings.beginReadArray(group);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        layout.append({settings.value(KeyKey).toString(), settings.value(WidthKey).toInt(),
                       settings.value(HiddenKey).toBool()});
    }
    settings.endArray();
    return layout;
}

void writeLayout(const QString &group, const QVector<RememberedColumn> &layout)
{
    QSettings settings;
    settings.remove(group); // a shorter array would leave the old tail behind
    settings.beginWriteArray(group, int(layout.size()));
    for (int i = 0; i < layout.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(KeyKey, layout.at(i).key);
        if (layout.at(i).width > 0)
            settings.setValue(WidthKey, layout.at(i).width);
        settings.setValue(HiddenKey, layout.at(i).hidden);
    }
    settings.endArray();
}

} // namespace

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    connect(m_header, &QHeaderView::sectionMoved, this, &ColumnChooser::save);
    connect(m_header, &QHeaderView::sectionResized, this, &ColumnChooser::save);
}

QString ColumnChooser::settingsGroup() const
{
    // Not "columns/": that held QHeaderView::saveState(), which goes by position.
    return QStringLiteral("columnLayout/") + m_key;
}

QString ColumnChooser::columnKey(int logicalIndex) const
{
    const QAbstractItemModel *model = m_header->model();
    const QString attribute
        = model->headerData(logicalIndex, m_header->orientation(), RecordListModel::AttributeRole).toString();
    return attribute.isEmpty() ? model->headerData(logicalIndex, m_header->orientation()).toString() : attribute;
}

bool ColumnChooser::switchTo(const QString &key, const QSet<QString> &optional)
{
    m_key = key;
    m_optional = optional;
    const QVector<RememberedColumn> remembered = readLayout(settingsGroup());
    // Quietly: nothing to remember about restoring, and the sort indicator must not start a
    // server-side sort (the list starts in the server's order).
    const QSignalBlocker quiet(m_header);
    QHash<QString, int> logicalOf;
    // From the plain order first: a header keeps hidden and moved sections across a model reset.
    for (int logical = 0; logical < m_header->count(); ++logical) {
        const QString column = columnKey(logical);
        logicalOf.insert(column, logical);
        m_header->moveSection(m_header->visualIndex(logical), logical);
        m_header->setSectionHidden(logical, optional.contains(column));
    }
    int visual = 0;
    for (const RememberedColumn &column : remembered) {
        const int logical = logicalOf.value(column.key, -1);
        if (logical < 0)
            continue; // not shown now (a deleted custom field, or metadata that did not load)
        m_header->moveSection(m_header->visualIndex(logical), visual++);
        if (column.width > 0)
            m_header->resizeSection(logical, column.width);
        m_header->setSectionHidden(logical, column.hidden);
    }
    m_header->setSortIndicator(-1, Qt::AscendingOrder);
    return !remembered.isEmpty();
}

void ColumnChooser::save() const
{
    if (m_key.isEmpty() || m_header->count() == 0)
        return;
    const QVector<RememberedColumn> remembered = readLayout(settingsGroup());
    QHash<QString, int> widthBefore;
    for (const RememberedColumn &column : remembered)
        widthBefore.insert(column.key, column.width);
    QVector<RememberedColumn> layout;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString key = columnKey(logical);
        const bool hidden = m_header->isSectionHidden(logical);
        // A hidden section tells no width (sectionSize() is 0): it keeps the one remembered.
        layout.append({key, hidden ? widthBefore.value(key) : m_header->sectionSize(logical), hidden});
        widthBefore.remove(key);
    }
    // Columns not there this time keep their memory, behind the others.
    for (const RememberedColumn &column : remembered) {
        if (widthBefore.contains(column.key))
            layout.append(column);
    }
    writeLayout(settingsGroup(), layout);
}

void ColumnChooser::setColumnVisible(int logicalIndex, bool visible)
{
    if (!visible && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return;
    // Asked before showing it: a shown section is saved with the width it has then.
    const QString key = columnKey(logicalIndex);
    const QVector<RememberedColumn> remembered = readLayout(settingsGroup());
    const bool sized = std::any_of(remembered.cbegin(), remembered.cend(),
                                   [&key](const RememberedColumn &column) { return column.key == key && column.width > 0; });
    m_header->setSectionHidden(logicalIndex, !visible);
    const auto *view = qobject_cast<const QAbstractItemView *>(m_header->parentWidget());
    if (visible && !sized && view)
        m_header->resizeSection(logicalIndex, qMax(view->sizeHintForColumn(logicalIndex), m_header->sectionSizeHint(logicalIndex)));
    save();
}

void ColumnChooser::showMenu(const QPoint &position)
{
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu;
    menu.setTitle(tr("Columns"));
    bool optionalSeen = false;
    for (int column = 0; column < m_header->count(); ++column) {
        // The optional columns (custom fields) after a line, apart from the usual ones.
        if (!optionalSeen && m_optional.contains(columnKey(column))) {
            optionalSeen = true;
            menu.addSeparator();
        }
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.exec(m_header->viewport()->mapToGlobal(position));
}

} // namespace Concord
