#include "columnchooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>

namespace Concord {

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

QString ColumnChooser::settingsKey() const
{
    return QStringLiteral("columns/") + m_key;
}

bool ColumnChooser::switchTo(const QString &key)
{
    m_key = key;
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    // Quietly: nothing to remember about restoring, and the saved state carries a sort
    // indicator that must not start a server-side sort (the list starts in the server's order).
    const QSignalBlocker quiet(m_header);
    const bool restored = !state.isEmpty() && m_header->restoreState(state);
    if (!restored) {
        // A header keeps hidden and moved sections across a model reset: start from the plain
        // order for a record type arranged for the first time.
        for (int logical = 0; logical < m_header->count(); ++logical) {
            m_header->setSectionHidden(logical, false);
            m_header->moveSection(m_header->visualIndex(logical), logical);
        }
    }
    m_header->setSortIndicator(-1, Qt::AscendingOrder);
    return restored;
}

void ColumnChooser::save() const
{
    if (!m_key.isEmpty() && m_header->count() > 0)
        QSettings().setValue(settingsKey(), m_header->saveState());
}

void ColumnChooser::setColumnVisible(int logicalIndex, bool visible)
{
    if (!visible && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return;
    m_header->setSectionHidden(logicalIndex, !visible);
    save();
}

void ColumnChooser::showMenu(const QPoint &position)
{
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu;
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < m_header->count(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.exec(m_header->viewport()->mapToGlobal(position));
}

} // namespace Concord
