#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "api/apiclient.h"
#include "api/apierror.h"
#include "appinfo.h"
#include "logging.h"
#include "models/recordlistmodel.h"
#include "columnchooser.h"
#include "filterbar.h"
#include "globalsearchdialog.h"
#include "messagebanner.h"
#include "navigatorentry.h"
#include "offline/changequeue.h"
#include "offline/recordchange.h"
#include "recordcelldelegate.h"
#include "recordeditordialog.h"
#include "recorddetailpane.h"
#include "tagchipsdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QToolButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTimer>

// Outside any namespace, as Q_INIT_RESOURCE requires: resources of a static library are not
// registered unless someone asks for them.
static void initResources()
{
    Q_INIT_RESOURCE(concord);
}

namespace Concord {

namespace {

// Wide enough for a typical name or email address; longer values are elided and shown in the tooltip.
constexpr int MaximumInitialColumnWidth = 320;
// Roomier than a plain list row: the navigator is clicked often and read at a glance.
constexpr int NavigatorRowHeight = 34;
constexpr int StateIconSize = 96;
constexpr int RowPadding = 10;
constexpr int ColumnSlack = 24;
constexpr int ShrinkableFromWidth = 160;
constexpr int ErrorBarIconSize = 22;
constexpr int LoadAllProgressWidth = 180;
constexpr float ErrorTint = 0.2f;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_entries(NavigatorEntry::all())
    , m_connectionLabel(new QLabel(this))
    , m_loadedLabel(new QLabel(this))
    , m_rateLimitLabel(new QLabel(this))
    , m_storageWarningLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
    , m_loadAllProgress(new QProgressBar(this))
    , m_loadAllCancel(new QToolButton(this))
    , m_columnChooser(nullptr)
    , m_listSplitter(new QSplitter(Qt::Horizontal, this))
    , m_backAction(new QAction(tr("&Back"), this))
    , m_forwardAction(new QAction(tr("&Forward"), this))
    , m_globalSearchAction(new QAction(tr("Search &Everywhere…"), this))
{
    initResources();
    m_ui->setupUi(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_loadedLabel->setObjectName(QStringLiteral("loadedLabel"));
    m_rateLimitLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    setWindowTitle(AppInfo::name());

    for (const NavigatorEntry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/") + entry.resource + QStringLiteral(".svg")), entry.title, m_ui->navigator);
        item->setSizeHint(QSize(0, NavigatorRowHeight));
    }
    m_ui->navigator->setEnabled(false);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({180, 1000});

    QFont titleFont = m_ui->stateTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->stateTitle->setFont(titleFont);

    // Denser rows than the style's default: a CRM list is read many rows at a time.
    m_ui->recordTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + RowPadding);
    QHeaderView *header = m_ui->recordTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->errorBar->hide();
    m_ui->errorBarIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(ErrorBarIconSize));
    // Tinted towards red as KMessageWidget's error type is.
    m_ui->errorBar->setPalette(MessageBanner::tinted(m_ui->errorBar->palette(), MessageBanner::errorColor(), ErrorTint));
    m_ui->errorBar->setAutoFillBackground(true);
    // The state pages sit where the table would be, so they share its background.
    m_ui->messagePage->setBackgroundRole(QPalette::Base);
    m_ui->messagePage->setAutoFillBackground(true);

    // Above everything else in the window: what it says concerns the whole account.
    m_banner = new MessageBanner(m_ui->centralWidget);
    m_banner->setObjectName(QStringLiteral("accountBanner"));
    m_ui->centralLayout->insertWidget(0, m_banner);

    statusBar()->addWidget(m_connectionLabel, 1);
    m_storageWarningLabel->setObjectName(QStringLiteral("storageWarningLabel"));
    m_storageWarningLabel->hide();
    statusBar()->addPermanentWidget(m_storageWarningLabel);
    statusBar()->addPermanentWidget(m_rateLimitLabel);
    statusBar()->addPermanentWidget(m_loadedLabel);

    // Search and sort run on the server (the list holds only the pages loaded so far).
    m_ui->searchField->setPlaceholderText(
        tr("Search (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_ui->searchField->setEnabled(false);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_ui->searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchField, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    m_columnChooser = new ColumnChooser(header);
    // The list and, beside it, the record opened last (its pane joins once there is a client).
    m_listSplitter->setObjectName(QStringLiteral("listSplitter"));
    m_listSplitter->setChildrenCollapsible(false);
    m_ui->tablePageLayout->replaceWidget(m_ui->recordTable, m_listSplitter);
    m_listSplitter->addWidget(m_ui->recordTable);
    m_listSplitter->setStretchFactor(0, 3);
    m_backAction->setObjectName(QStringLiteral("actionBack"));
    m_forwardAction->setObjectName(QStringLiteral("actionForward"));
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_globalSearchAction->setObjectName(QStringLiteral("actionGlobalSearch"));
    m_globalSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_globalSearchAction->setEnabled(false);
    m_ui->menuView->insertAction(m_ui->actionRefresh, m_globalSearchAction);
    connect(m_globalSearchAction, &QAction::triggered, this, [this] {
        if (m_globalSearch)
            m_globalSearch->open();
    });
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_backAction);
    m_ui->menuView->addAction(m_forwardAction);
    connect(m_backAction, &QAction::triggered, this, [this] { stepHistory(-1); });
    connect(m_forwardAction, &QAction::triggered, this, [this] { stepHistory(+1); });
    updateHistoryActions();
    // Enter on a row opens it: the pane takes the focus, so Tab reaches its links at once.
    connect(m_ui->recordTable, &QAbstractItemView::activated, this, [this] {
        if (m_detailPane)
            m_detailPane->setFocus(Qt::OtherFocusReason);
    });
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (m_model)
            m_model->sort(column, order);
    });
    connect(m_ui->actionSearch, &QAction::triggered, this, [this] {
        m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchField->selectAll();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->reload();
    });
    connect(m_ui->actionLoadAll, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->loadAll();
    });
    m_loadAllProgress->setObjectName(QStringLiteral("loadAllProgress"));
    m_loadAllProgress->setMaximumWidth(LoadAllProgressWidth);
    m_loadAllProgress->setFormat(tr("Loading all: %p%"));
    m_loadAllCancel->setObjectName(QStringLiteral("loadAllCancel"));
    m_loadAllCancel->setText(tr("Cancel"));
    m_loadAllCancel->setToolTip(tr("Stop loading; the rows loaded so far stay"));
    statusBar()->addPermanentWidget(m_loadAllProgress);
    statusBar()->addPermanentWidget(m_loadAllCancel);
    m_loadAllProgress->hide();
    m_loadAllCancel->hide();
    connect(m_loadAllCancel, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->cancelLoadAll();
    });
    // Until an account is set up there is no list to search, refresh or load.
    for (QAction *action : {m_ui->actionSearch, m_ui->actionRefresh, m_ui->actionLoadAll})
        action->setEnabled(false);

    connect(m_ui->navigator, &QListWidget::currentRowChanged, this, &MainWindow::showEntry);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::retry);
    connect(m_ui->errorBarRetryButton, &QPushButton::clicked, this, &MainWindow::retry);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionNewRecord, &QAction::triggered, this, [this] {
        if (m_model)
            openEditor(m_model->resource(), 0);
    });
    connect(m_ui->actionEditRecord, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->recordTable->currentIndex();
        if (m_model && current.isValid())
            openEditor(m_model->resource(), m_model->idAt(current.row()));
    });
    // The table's edit triggers are a double-click and F2: an editable cell is edited where it
    // is, any other cell opens the record's editor. (Enter opens the record in the pane.)
    connect(m_ui->recordTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            m_ui->actionEditRecord->trigger();
    });
    // Delete acts on the table only: in a text field the key deletes text.
    m_ui->recordTable->addAction(m_ui->actionDeleteRecord);
    connect(m_ui->actionDeleteRecord, &QAction::triggered, this, &MainWindow::deleteCurrentRecord);
    updateRecordActions();

    showMessage(tr("Welcome to Concord Desktop"),
        tr("No account is set up yet. Choose Account ▸ Set Up an Account…, or start the program with --demo "
           "to try it on demo data."),
        false,
        QApplication::windowIcon());
}

MainWindow::~MainWindow() = default;

void MainWindow::setApiClient(ApiClient *client, bool demo)
{
    // setModel() leaves the old selection model to us.
    QItemSelectionModel *oldSelection = m_ui->recordTable->selectionModel();
    RecordListModel *oldModel = m_model;
    m_model = new RecordListModel(client, this);
    m_model->setLoadsFieldSchema(true);
    m_model->setChangeQueue(m_changeQueue);
    m_ui->recordTable->setModel(m_model);
    delete oldSelection;
    // Custom fields and inline edits use the field editors, which load options through the client.
    QAbstractItemDelegate *oldCellDelegate = m_cellDelegate;
    QAbstractItemDelegate *oldTagDelegate = m_tagDelegate;
    m_cellDelegate = new RecordCellDelegate(client, this);
    m_tagDelegate = new TagChipsDelegate(client, this);
    m_ui->recordTable->setItemDelegate(m_cellDelegate);
    delete oldCellDelegate;
    delete oldTagDelegate;
    connect(m_ui->recordTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentRow);
    connect(m_ui->recordTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateRecordActions);
    delete m_filterBar;
    m_filterBar = new FilterBar(client, m_ui->contentArea);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_ui->contentAreaLayout->insertWidget(1, m_filterBar);
    connect(m_filterBar, &FilterBar::filtersChanged, m_model, &RecordListModel::setFilters);
    delete m_globalSearch;
    m_globalSearch = new GlobalSearchDialog(client, this);
    connect(m_globalSearch, &GlobalSearchDialog::recordChosen, this, &MainWindow::openRecord);
    delete m_detailPane;
    m_detailPane = new RecordDetailPane(client, m_listSplitter);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_listSplitter->addWidget(m_detailPane);
    m_listSplitter->setStretchFactor(1, 2);
    connect(m_detailPane, &RecordDetailPane::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_detailPane, &RecordDetailPane::createRelatedRequested, this,
            [this](const QString &resource, const QString &via, qint64 viaId) { openRelatedEditor(resource, 0, via, viaId); });
    connect(m_detailPane, &RecordDetailPane::editRelatedRequested, this, &MainWindow::openRelatedEditor);
    m_history.clear();
    m_historyIndex = -1;
    updateHistoryActions();
    delete oldModel;
    connect(m_model, &RecordListModel::stateChanged, this, &MainWindow::updateView);
    connect(m_model, &RecordListModel::totalCountChanged, this, &MainWindow::updateLoadedCount);
    connect(m_model, &RecordListModel::rowsInserted, this, &MainWindow::updateLoadedCount);
    connect(m_model, &RecordListModel::modelReset, this, &MainWindow::updateLoadedCount);
    connect(m_model, &RecordListModel::pageLoaded, this, &MainWindow::sizeColumns);
    connect(m_model, &RecordListModel::columnsChanged, this, &MainWindow::arrangeColumns);
    // Nothing is remembered while custom-field columns come in: they are hidden only afterwards.
    connect(m_model, &QAbstractItemModel::columnsAboutToBeInserted, m_columnChooser, &ColumnChooser::pause);
    // Queued: the editor has closed by then, so the message does not take the focus from it.
    connect(m_model, &RecordListModel::editFailed, this, &MainWindow::showNotSaved, Qt::QueuedConnection);
    connect(m_model, &RecordListModel::loadAllProgress, this, &MainWindow::showLoadAllProgress);
    connect(m_model, &RecordListModel::loadAllFinished, this, [this] {
        m_loadAllProgress->hide();
        m_loadAllCancel->hide();
    });
    for (QAction *action : {m_ui->actionSearch, m_ui->actionRefresh, m_ui->actionLoadAll, m_globalSearchAction})
        action->setEnabled(true);

    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    connect(client, &ApiClient::stateChanged, this, &MainWindow::updateConnectionState);
    connect(client, &ApiClient::stateChanged, this, &MainWindow::updateView);
    connect(client, &ApiClient::rateLimitPaused, this, &MainWindow::updateConnectionState);
    connect(client, &ApiClient::rateLimitChanged, this, &MainWindow::showRateLimit);
    m_ui->searchField->setEnabled(true);

    setWindowTitle(demo ? tr("Concord Desktop — Demo") : AppInfo::name());
    updateConnectionState();

    m_ui->navigator->setEnabled(true);
    // Through -1, so that the first entry loads even when it was already the current one.
    m_ui->navigator->setCurrentRow(-1);
    m_ui->navigator->setCurrentRow(0);
}

QMenu *MainWindow::accountMenu() const
{
    return m_ui->menuAccount;
}

void MainWindow::setStorageWarning(const QString &text)
{
    // Rich text with the icon inline: a status-bar label has no room for a separate icon label.
    m_storageWarningLabel->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    m_storageWarningLabel->setToolTip(text);
    m_storageWarningLabel->setVisible(!text.isEmpty());
}

void MainWindow::setChangeQueue(ChangeQueue *queue)
{
    if (m_changeQueue)
        m_changeQueue->disconnect(this);
    m_changeQueue = queue;
    // The list follows the queue itself (rows updated, removed, reloaded; inline edits).
    if (m_model)
        m_model->setChangeQueue(queue);
    connect(queue, &ChangeQueue::changeApplied, this, &MainWindow::onChangeApplied);
    connect(queue, &ChangeQueue::changeRejected, this, [this](const RecordChange &change, const ApiError &error) {
        // The editor shows what it sent itself; a delete from the table has no editor to say it.
        if (change.kind != RecordChange::Kind::Delete)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Deleted"),
                                    tr("The record could not be deleted: %1").arg(error.userMessage()), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    updateRecordActions();
}

void MainWindow::updateRecordActions()
{
    const bool canWrite = m_model && m_changeQueue;
    const bool hasCurrent = canWrite && m_ui->recordTable->currentIndex().isValid();
    m_ui->actionNewRecord->setEnabled(canWrite);
    m_ui->actionEditRecord->setEnabled(hasCurrent);
    m_ui->actionDeleteRecord->setEnabled(hasCurrent);
    if (canWrite) {
        const QString type = NavigatorEntry::singular(m_model->resource());
        m_ui->actionNewRecord->setText(tr("&New %1…").arg(type));
        m_ui->actionEditRecord->setText(tr("&Edit %1…").arg(type));
        m_ui->actionDeleteRecord->setText(tr("&Delete %1…").arg(type));
    }
}

RecordEditorDialog *MainWindow::openEditor(const QString &resource, qint64 id)
{
    if (!m_client || !m_changeQueue)
        return nullptr;
    auto *dialog = new RecordEditorDialog(m_client, m_changeQueue, resource, id, this);
    dialog->setTypeName(NavigatorEntry::singular(resource));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::deleteCurrentRecord()
{
    const QModelIndex current = m_ui->recordTable->currentIndex();
    if (!m_model || !m_changeQueue || !current.isValid())
        return;
    const QString name = m_model->data(m_model->index(current.row(), 0)).toString();
    if (QMessageBox::question(this, tr("Delete Record"),
                              tr("Delete “%1”? It moves to the trash on the server.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    RecordChange change;
    change.kind = RecordChange::Kind::Delete;
    change.resource = m_model->resource();
    change.recordId = m_model->idAt(current.row());
    m_changeQueue->enqueue(change);
}

void MainWindow::onChangeApplied(const RecordChange &change)
{
    if (!m_detailPane || m_historyIndex < 0)
        return;
    // The pane shows the record itself, or its activities, notes and calls.
    const auto &[resource, id] = m_history.at(m_historyIndex);
    const bool sameRecord = change.resource == resource && change.recordId == id;
    const bool timeline = change.resource == QLatin1String("activities") || change.resource == QLatin1String("notes")
                          || change.resource == QLatin1String("calls");
    if (sameRecord && change.kind == RecordChange::Kind::Delete)
        m_detailPane->clear();
    else if (sameRecord || timeline)
        m_detailPane->showRecord(resource, id);
}

void MainWindow::showNotSaved(const QString &message)
{
    // The cell shows its old value again: this is all that is left of what was typed.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Saved"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("notSavedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openRelatedEditor(const QString &resource, qint64 id, const QString &viaResource, qint64 viaId)
{
    RecordEditorDialog *dialog = openEditor(resource, id);
    if (!dialog)
        return;
    // Notes and calls name the record they belong to on every write (§6.7).
    if (resource == QLatin1String("notes") || resource == QLatin1String("calls"))
        dialog->setFixedFields({{QStringLiteral("via_resource"), viaResource}, {QStringLiteral("via_resource_id"), viaId}});
    // Associated with the record it was made from; its name comes along for the chip.
    if (id == 0) {
        dialog->setInitialValues({{viaResource, QJsonArray{QJsonObject{{QStringLiteral("id"), viaId},
                                                                        {QStringLiteral("display_name"),
                                                                         m_detailPane->recordTitle()}}}}});
    }
}

void MainWindow::showEntry(int row)
{
    if (!m_model || row < 0 || row >= m_entries.size()) {
        return;
    }
    const NavigatorEntry &entry = m_entries.at(row);
    qCDebug(lcUi) << "showing" << entry.resource;
    m_searchTimer->stop();
    {
        // A new record type starts unfiltered and in the server's order.
        const QSignalBlocker quietSearch(m_ui->searchField);
        const QSignalBlocker quietHeader(m_ui->recordTable->horizontalHeader());
        m_ui->searchField->clear();
        m_ui->recordTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_columnChooser->pause();
    // Its columns arrive through arrangeColumns(), at once or once the metadata is in.
    m_model->setResource(entry.resource, entry.columns);
    m_filterBar->setResource(entry.resource);
    updateRecordActions();
    updateView();
}

void MainWindow::arrangeColumns()
{
    QTableView *table = m_ui->recordTable;
    const QVector<RecordListModel::Column> columns = m_model->columns();
    QSet<QString> customColumns;
    // Every column present is set, so none keeps the delegate of another record type's column.
    for (int column = 0; column < columns.size(); ++column) {
        const RecordListModel::Format format = columns.at(column).format;
        const bool chips = format == RecordListModel::Format::Tags || format == RecordListModel::Format::Color;
        table->setItemDelegateForColumn(column, chips ? m_tagDelegate : nullptr);
        if (columns.at(column).custom)
            customColumns.insert(columns.at(column).attribute);
    }
    // Columns arranged by the person before are restored; otherwise the first page sizes them.
    // Custom fields are offered in the column chooser but start hidden: there may be dozens.
    m_columnsSized = m_columnChooser->switchTo(m_model->resource(), customColumns);
}

void MainWindow::updateView()
{
    const int row = m_ui->navigator->currentRow();
    if (row < 0) {
        return;
    }
    const NavigatorEntry &entry = m_entries.at(row);
    const bool hasRows = m_model->rowCount() > 0;
    const bool failed = m_model->state() == RecordListModel::State::Error;
    m_ui->errorBar->setVisible(failed && hasRows);
    m_ui->errorBarLabel->setText(m_model->errorString());
    if (hasRows) {
        m_ui->contentStack->setCurrentWidget(m_ui->tablePage);
    } else if (m_client && m_client->state() == ApiClient::State::NeedsToken) {
        // The page is parked, not lost: it loads as soon as the account has a valid token again.
        showMessage(tr("The access token was rejected"), ApiError(ApiError::Kind::Unauthorized).userMessage(), false,
            style()->standardIcon(QStyle::SP_MessageBoxWarning));
    } else if (failed) {
        showMessage(tr("Could not load the list"), m_model->errorString(), true,
            style()->standardIcon(QStyle::SP_MessageBoxWarning));
    } else if (m_model->state() == RecordListModel::State::Loading) {
        showMessage(entry.loadingText, QString(), false);
    } else if (!m_model->searchText().isEmpty()) {
        showMessage(tr("Nothing matches “%1”").arg(m_model->searchText()), tr("Try fewer or other words."), false);
    } else {
        showMessage(entry.emptyText, tr("Records added in Concord CRM will show up here."), false);
    }
    updateLoadedCount();
}

void MainWindow::updateConnectionState()
{
    const QUrl url = m_client->baseUrl();
    const QString host = url.adjusted(QUrl::RemoveUserInfo).authority();
    switch (m_client->state()) {
    case ApiClient::State::Ready:
        m_connectionLabel->setText(tr("Connected to %1").arg(host));
        break;
    case ApiClient::State::RateLimited:
        m_connectionLabel->setText(tr("%1: too many requests, paused briefly").arg(host));
        break;
    case ApiClient::State::NeedsToken:
        m_connectionLabel->setText(tr("%1: access token rejected").arg(host));
        break;
    }
}

void MainWindow::applySearch()
{
    m_searchTimer->stop();
    if (m_model)
        m_model->setSearchText(m_ui->searchField->text());
}

void MainWindow::showLoadAllProgress(int loaded, int total)
{
    m_loadAllProgress->setRange(0, qMax(total, 1));
    m_loadAllProgress->setValue(loaded);
    m_loadAllProgress->show();
    m_loadAllCancel->show();
}

void MainWindow::showCurrentRow()
{
    const QModelIndex current = m_ui->recordTable->currentIndex();
    if (current.isValid())
        openRecord(m_model->resource(), m_model->idAt(current.row()));
}

void MainWindow::openRecord(const QString &resource, qint64 id)
{
    if (!m_detailPane)
        return;
    const QPair<QString, qint64> record{resource, id};
    if (m_historyIndex >= 0 && m_history.at(m_historyIndex) == record)
        return;
    // Opening a record drops whatever lay ahead, as in a browser.
    m_history = m_history.mid(0, m_historyIndex + 1);
    m_history.append(record);
    m_historyIndex = int(m_history.size()) - 1;
    m_detailPane->showRecord(resource, id);
    updateHistoryActions();
}

void MainWindow::stepHistory(int step)
{
    const int target = m_historyIndex + step;
    if (!m_detailPane || target < 0 || target >= m_history.size())
        return;
    m_historyIndex = target;
    m_detailPane->showRecord(m_history.at(target).first, m_history.at(target).second);
    updateHistoryActions();
}

void MainWindow::updateHistoryActions()
{
    m_backAction->setEnabled(m_historyIndex > 0);
    m_forwardAction->setEnabled(m_historyIndex >= 0 && m_historyIndex < m_history.size() - 1);
}

void MainWindow::showRateLimit(int remaining, int limit)
{
    const QLocale locale;
    m_rateLimitLabel->setText(tr("API requests left: %1 of %2").arg(locale.toString(remaining), locale.toString(limit)));
}

void MainWindow::updateLoadedCount()
{
    if (!m_model || m_model->totalCount() < 0) {
        m_loadedLabel->clear();
        return;
    }
    const QLocale locale;
    m_loadedLabel->setText(
        tr("%1 of %2 loaded").arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

void MainWindow::showMessage(const QString &title, const QString &detail, bool canRetry, const QIcon &icon)
{
    m_ui->stateIcon->setPixmap(icon.pixmap(StateIconSize));
    m_ui->stateIcon->setVisible(!icon.isNull());
    m_ui->stateTitle->setText(title);
    m_ui->stateDetail->setText(detail);
    m_ui->stateDetail->setVisible(!detail.isEmpty());
    m_ui->retryButton->setVisible(canRetry);
    m_ui->contentStack->setCurrentWidget(m_ui->messagePage);
}

void MainWindow::sizeColumns()
{
    if (m_columnsSized || m_model->rowCount() == 0) {
        return;
    }
    m_columnsSized = true;
    QTableView *table = m_ui->recordTable;
    QHeaderView *header = table->horizontalHeader();
    // The visible columns in screen order; hidden ones (custom fields until shown) take no room.
    QVector<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns.append(header->logicalIndex(visual));
    }
    // Some air after the widest value, but no column so wide that the others leave the screen.
    QVector<int> widths;
    for (const int column : std::as_const(columns)) {
        table->resizeColumnToContents(column);
        widths.append(qMin(header->sectionSize(column) + ColumnSlack, MaximumInitialColumnWidth));
    }
    // When they still do not fit, the wide columns (names, emails) give up space, in proportion
    // to their width; short values such as dates and amounts stay readable.
    int excess = -table->viewport()->width();
    int shrinkable = 0;
    for (const int width : std::as_const(widths)) {
        excess += width;
        shrinkable += qMax(0, width - ShrinkableFromWidth);
    }
    // The last one stretches to the edge, so only the others are set.
    for (int i = 0; i + 1 < columns.size(); ++i) {
        int width = widths.at(i);
        if (excess > 0 && shrinkable > 0 && width > ShrinkableFromWidth) {
            width -= qMin(width - ShrinkableFromWidth, excess * (width - ShrinkableFromWidth) / shrinkable + 1);
        }
        header->resizeSection(columns.at(i), width);
    }
}

void MainWindow::retry()
{
    if (m_model) {
        m_model->retry();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Concord Desktop"),
        tr("<h3>Concord Desktop %1</h3>"
           "<p>A native desktop client for Concord CRM.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(AppInfo::version(), QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())));
}

} // namespace Concord
