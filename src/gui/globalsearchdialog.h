#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QTimer;
class QTreeWidgetItem;

namespace Concord {

class ApiClient;
class GlobalSearchJob;
struct GlobalSearchGroup;

namespace Ui {
class GlobalSearchDialog;
}

/// The quick "go to record" popup (Ctrl+K): a search field over the hits of the server's global
/// search, grouped by record type. It searches when typing pauses, never shows an answer older
/// than the one on screen, and is worked from the keyboard without leaving the field: Up/Down
/// move through the hits, Enter opens one (recordChosen(), then the dialog accepts), Esc closes.
/// The dialog may be kept and shown again; it then offers the last query, selected.
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT
public:
    /// How long typing must pause before the server is asked: a word typed at speed is one request.
    static constexpr int TypingPauseMs = 250;

    explicit GlobalSearchDialog(ApiClient *client, QWidget *parent = nullptr);
    ~GlobalSearchDialog() override;

    /// The text in the search field.
    [[nodiscard]] QString query() const;

    /// Gives up a search in flight: a closed dialog asks nothing.
    void done(int result) override;

Q_SIGNALS:
    /// The user opened a hit; the dialog accepts right after.
    void recordChosen(const QString &resource, qint64 id);

protected:
    /// Up, Down and Enter in the search field work the results list.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onQueryChanged();
    void startSearch();
    void abortSearch();
    void onSearchFinished(GlobalSearchJob *job, const QString &query);
    void showStatus(const QString &text);
    void showGroups(const QList<GlobalSearchGroup> &groups);
    [[nodiscard]] QList<QTreeWidgetItem *> hitItems() const;
    void moveSelection(int step);
    /// Enter: opens the selected hit; when the list does not answer the query yet, the first
    /// hit of the answer that does, as soon as it comes.
    void openCurrent();
    void openHit(const QTreeWidgetItem *item);
    void placeOverParent();

    std::unique_ptr<Ui::GlobalSearchDialog> m_ui;
    ApiClient *m_client;
    QTimer *m_typingPause;
    QPointer<GlobalSearchJob> m_job;
    /// The query the list (or the "nothing found" text) answers; empty after an error, so that
    /// Enter asks again.
    QString m_shownQuery;
    bool m_openWhenAnswered = false;
    /// Translated group titles of the record types the navigator knows, by resource name.
    QHash<QString, QString> m_groupTitles;
};

} // namespace Concord
