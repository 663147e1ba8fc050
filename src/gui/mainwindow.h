#pragma once

#include <QIcon>
#include <QMainWindow>
#include <QVector>

#include <memory>

class QLabel;
class QMenu;
class QAction;
class QProgressBar;
class QSplitter;
class QTimer;
class QToolButton;

namespace Concord {

class ApiClient;
class ChangeQueue;
class RecordEditorDialog;
struct RecordChange;
class ColumnChooser;
class FilterBar;
class GlobalSearchDialog;
class MessageBanner;
class RecordCellDelegate;
class RecordDetailPane;
class TagChipsDelegate;
class RecordListModel;
struct NavigatorEntry;

namespace Ui {
class MainWindow;
}

/// The main window: a navigator of record types on the left, the records of the chosen type on
/// the right, and in place of an empty table a page that says why it is empty (no account, no
/// records yet, loading, or an error with Retry).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the data `client` reaches. Until this is called the window invites the user to set
    /// up an account. `demo` marks the title, so demo data is never mistaken for real data.
    void setApiClient(ApiClient *client, bool demo);
    /// Where the window's writes go (new, edit, delete); editing is offered once it is set.
    void setChangeQueue(ChangeQueue *queue);
    /// Opens the editor for a new record of the shown type (`id` 0) or for record `id`.
    RecordEditorDialog *openEditor(const QString &resource, qint64 id);
    [[nodiscard]] ColumnChooser *columnChooser() const { return m_columnChooser; }
    /// The pane beside the list with the record opened last; null until setApiClient().
    [[nodiscard]] RecordDetailPane *detailPane() const { return m_detailPane; }
    /// Shows a record in the detail pane and adds it to the Back/Forward history.
    void openRecord(const QString &resource, qint64 id);
    /// The list shown; null until setApiClient().
    [[nodiscard]] RecordListModel *model() const { return m_model; }
    /// The strip above the window's content for what concerns the whole account (a rejected
    /// token, no account yet); the application fills it.
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }
    /// The Account menu; the application fills it with its profiles and actions.
    [[nodiscard]] QMenu *accountMenu() const;
    /// A warning kept in the status bar for as long as it applies (a token stored unencrypted);
    /// empty hides it.
    void setStorageWarning(const QString &text);
    /// Typing pauses this long before a search goes to the server.
    static constexpr int SearchDelayMs = 250;

private:
    void showEntry(int row);
    /// Delegates per column, and the person's arrangement or the default one (custom fields hidden).
    void arrangeColumns();
    void updateView();
    void updateLoadedCount();
    void showMessage(const QString &title, const QString &detail, bool canRetry, const QIcon &icon = {});
    void sizeColumns();
    /// The status bar's view of the account: connected, paused by the rate limit, token rejected.
    void updateConnectionState();
    void retry();
    /// Applies the search field's text once typing has paused (searchDelay()).
    void applySearch();
    void showRateLimit(int remaining, int limit);
    void showLoadAllProgress(int loaded, int total);
    void showCurrentRow();
    /// Moves through the opened records: -1 back, +1 forward.
    void stepHistory(int step);
    void updateHistoryActions();
    void showAbout();
    /// Asks, then queues the deletion of the selected record.
    void deleteCurrentRecord();
    /// Shows a change of the record in the detail pane (the list follows the queue itself).
    void onChangeApplied(const RecordChange &change);
    /// An inline edit did not stick; says so.
    void showNotSaved(const QString &message);
    /// The editor of an activity, note or call about `viaResource` `viaId` (`id` 0: a new one).
    void openRelatedEditor(const QString &resource, qint64 id, const QString &viaResource, qint64 viaId);
    void updateRecordActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QVector<NavigatorEntry> m_entries;
    RecordListModel *m_model = nullptr;
    ApiClient *m_client = nullptr;
    ChangeQueue *m_changeQueue = nullptr;
    QLabel *m_connectionLabel;
    QLabel *m_loadedLabel;
    QLabel *m_rateLimitLabel;
    QLabel *m_storageWarningLabel;
    MessageBanner *m_banner = nullptr;
    QTimer *m_searchTimer;
    QProgressBar *m_loadAllProgress;
    QToolButton *m_loadAllCancel;
    ColumnChooser *m_columnChooser;
    RecordCellDelegate *m_cellDelegate = nullptr;
    TagChipsDelegate *m_tagDelegate = nullptr;
    RecordDetailPane *m_detailPane = nullptr;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_listSplitter;
    QAction *m_backAction;
    QAction *m_forwardAction;
    QAction *m_globalSearchAction;
    GlobalSearchDialog *m_globalSearch = nullptr;
    /// Records opened in the detail pane, oldest first, and where we are in that list.
    QList<QPair<QString, qint64>> m_history;
    int m_historyIndex = -1;
    /// Columns are sized once per record type, from its first page, so later pages do not make them jump.
    bool m_columnsSized = false;
};

} // namespace Concord
