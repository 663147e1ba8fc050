#include "globalsearchdialog.h"
#include "ui_globalsearchdialog.h"

#include "api/apierror.h"
#include "api/globalsearchjob.h"
#include "api/searchservice.h"
#include "navigatorentry.h"

#include <QFile>
#include <QKeyEvent>
#include <QTimer>
#include <QTreeWidgetItem>

namespace Concord {

namespace {

// Where a hit item keeps what opening it needs.
constexpr int ResourceRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

constexpr double QueryFontScale = 1.25;
constexpr double KeysFontScale = 0.9;
constexpr int RowPadding = 6;
constexpr int GroupGap = 6;
// Command palettes sit in the upper part of the window, where the eye already is.
constexpr int TopFraction = 6;

bool isHit(const QTreeWidgetItem *item)
{
    return item && item->parent();
}

/// The palette's own highlight, active even while the list has no focus: the focus stays in the
/// search field, and an inactive (grey) selection would look like no selection at all.
void keepSelectionVisible(QWidget *view)
{
    QPalette palette = view->palette();
    for (const QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText})
        palette.setColor(QPalette::Inactive, role, palette.color(QPalette::Active, role));
    view->setPalette(palette);
}

} // namespace

GlobalSearchDialog::GlobalSearchDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GlobalSearchDialog>())
    , m_client(client)
    , m_typingPause(new QTimer(this))
{
    m_ui->setupUi(this);
    // A popup over the window, not a window of its own: no title bar, the panel draws the edge.
    setWindowFlags(windowFlags() | Qt::FramelessWindowHint);

    QFont queryFont = m_ui->searchEdit->font();
    queryFont.setPointSizeF(queryFont.pointSizeF() * QueryFontScale);
    m_ui->searchEdit->setFont(queryFont);
    QFont keysFont = m_ui->keysLabel->font();
    keysFont.setPointSizeF(keysFont.pointSizeF() * KeysFontScale);
    m_ui->keysLabel->setFont(keysFont);
    // Secondary text in the palette's muted colour, so that a dark theme stays readable.
    for (QLabel *label : {m_ui->statusLabel, m_ui->keysLabel})
        label->setForegroundRole(QPalette::PlaceholderText);
    m_ui->stack->setBackgroundRole(QPalette::Base);
    m_ui->stack->setAutoFillBackground(true);
    keepSelectionVisible(m_ui->resultsTree);

    const auto entries = NavigatorEntry::all();
    for (const NavigatorEntry &entry : entries)
        m_groupTitles.insert(entry.resource, entry.title);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &GlobalSearchDialog::startSearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &GlobalSearchDialog::onQueryChanged);
    m_ui->searchEdit->installEventFilter(this);
    connect(m_ui->resultsTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (isHit(item))
            openHit(item);
    });
    onQueryChanged();
}

GlobalSearchDialog::~GlobalSearchDialog()
{
    abortSearch();
}

QString GlobalSearchDialog::query() const
{
    return m_ui->searchEdit->text();
}

void GlobalSearchDialog::done(int result)
{
    m_typingPause->stop();
    abortSearch();
    m_openWhenAnswered = false;
    QDialog::done(result);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    placeOverParent();
    // Shown again: the last query is offered, selected, so typing replaces it.
    m_ui->searchEdit->selectAll();
    m_ui->searchEdit->setFocus(Qt::PopupFocusReason);
    // Closing gave up a search still pending; the list may not answer the query.
    if (!query().trimmed().isEmpty() && m_shownQuery != query().trimmed())
        startSearch();
}

void GlobalSearchDialog::placeOverParent()
{
    if (!parentWidget())
        return;
    const QRect area = parentWidget()->window()->geometry();
    move(area.center().x() - width() / 2, area.top() + area.height() / TopFraction);
}

void GlobalSearchDialog::onQueryChanged()
{
    m_openWhenAnswered = false;
    if (query().trimmed().isEmpty()) {
        m_typingPause->stop();
        abortSearch();
        m_shownQuery.clear();
        showStatus(tr("Type a name, company or deal"));
        return;
    }
    // Every keystroke restarts the wait; the list on screen stays until the answer replaces it.
    m_typingPause->start();
}

void GlobalSearchDialog::abortSearch()
{
    // An aborted job never reports, so its answer cannot reach the list after this.
    if (m_job)
        m_job->abort();
    m_job.clear();
}

void GlobalSearchDialog::startSearch()
{
    m_typingPause->stop();
    abortSearch();
    const QString q = query().trimmed();
    if (q.isEmpty())
        return;
    // Results of an earlier query stay until the new ones come: no flicker between keystrokes.
    if (m_ui->stack->currentWidget() != m_ui->resultsPage)
        showStatus(tr("Searching…"));
    GlobalSearchJob *job = SearchService(m_client).search(q);
    m_job = job;
    connect(job, &GlobalSearchJob::finished, this, [this, job, q] { onSearchFinished(job, q); });
}

void GlobalSearchDialog::onSearchFinished(GlobalSearchJob *job, const QString &q)
{
    // Belt and braces: only the answer to the latest request may fill the list.
    if (job != m_job)
        return;
    m_job.clear();
    const bool open = m_openWhenAnswered && q == query().trimmed();
    m_openWhenAnswered = false;
    if (!job->isOk()) {
        m_shownQuery.clear();
        showStatus(job->error().userMessage());
        return;
    }
    m_shownQuery = q;
    const QList<GlobalSearchGroup> groups = job->groups();
    if (groups.isEmpty()) {
        showStatus(tr("Nothing found for “%1”").arg(q));
        return;
    }
    showGroups(groups);
    if (open)
        openCurrent();
}

void GlobalSearchDialog::showStatus(const QString &text)
{
    m_ui->resultsTree->clear();
    m_ui->statusLabel->setText(text);
    m_ui->stack->setCurrentWidget(m_ui->statusPage);
}

void GlobalSearchDialog::showGroups(const QList<GlobalSearchGroup> &groups)
{
    QTreeWidget *tree = m_ui->resultsTree;
    tree->clear();
    QFont titleFont = tree->font();
    titleFont.setBold(true);
    const QBrush muted = tree->palette().brush(QPalette::PlaceholderText);
    // Rows with room around the text, as in a list one picks from with the eye; a little more
    // around each title, so that the groups read as groups.
    const int rowHeight = tree->fontMetrics().height() + RowPadding;
    for (const GlobalSearchGroup &group : groups) {
        auto *header = new QTreeWidgetItem(tree, {m_groupTitles.value(group.resource, group.title)});
        // A title, not a target: it can be neither selected nor opened.
        header->setFlags(Qt::ItemIsEnabled);
        header->setFont(0, titleFont);
        header->setForeground(0, muted);
        header->setSizeHint(0, QSize(0, rowHeight + GroupGap));
        const QString iconPath = QStringLiteral(":/icons/") + group.resource + QStringLiteral(".svg");
        if (QFile::exists(iconPath))
            header->setIcon(0, QIcon(iconPath));
        for (const GlobalSearchHit &hit : group.hits) {
            auto *item = new QTreeWidgetItem(header, {hit.displayName});
            item->setData(0, ResourceRole, hit.resource);
            item->setData(0, IdRole, hit.id);
            item->setToolTip(0, hit.displayName);
            item->setSizeHint(0, QSize(0, rowHeight));
        }
    }
    tree->expandAll();
    m_ui->stack->setCurrentWidget(m_ui->resultsPage);
    // The first hit is selected, so that Enter right away opens the best match.
    const QList<QTreeWidgetItem *> hits = hitItems();
    if (!hits.isEmpty())
        tree->setCurrentItem(hits.first());
    tree->scrollToTop();
}

QList<QTreeWidgetItem *> GlobalSearchDialog::hitItems() const
{
    QList<QTreeWidgetItem *> hits;
    const QTreeWidget *tree = m_ui->resultsTree;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *header = tree->topLevelItem(g);
        for (int h = 0; h < header->childCount(); ++h)
            hits.append(header->child(h));
    }
    return hits;
}

void GlobalSearchDialog::moveSelection(int step)
{
    const QList<QTreeWidgetItem *> hits = hitItems();
    if (hits.isEmpty())
        return;
    QTreeWidget *tree = m_ui->resultsTree;
    const int next = qBound(0, int(hits.indexOf(tree->currentItem())) + step, int(hits.size()) - 1);
    QTreeWidgetItem *item = hits.at(next);
    tree->setCurrentItem(item);
    // The first hit of a group brings its title into view too, so the user sees what it is.
    if (item->parent()->indexOfChild(item) == 0)
        tree->scrollToItem(item->parent());
    tree->scrollToItem(item);
}

void GlobalSearchDialog::openCurrent()
{
    const QString q = query().trimmed();
    if (q.isEmpty())
        return;
    if (m_shownQuery != q || m_typingPause->isActive()) {
        // The list answers an older query: wait for the answer to this one, asking now if need be.
        m_openWhenAnswered = true;
        if (m_typingPause->isActive() || !m_job)
            startSearch();
        return;
    }
    QTreeWidgetItem *current = m_ui->resultsTree->currentItem();
    if (isHit(current)) {
        openHit(current);
        return;
    }
    const QList<QTreeWidgetItem *> hits = hitItems();
    if (!hits.isEmpty())
        openHit(hits.first());
}

void GlobalSearchDialog::openHit(const QTreeWidgetItem *item)
{
    Q_EMIT recordChosen(item->data(0, ResourceRole).toString(), item->data(0, IdRole).toLongLong());
    accept();
}

} // namespace Concord
