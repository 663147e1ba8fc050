#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QJsonObject;
class QLabel;
class QVBoxLayout;

namespace Concord {

class ApiClient;
class RecordJob;
class RecordPageJob;

namespace Ui {
class RecordDetailPane;
}

/// The detail pane beside the record list: the chosen record's title, a few key facts of its
/// type, its associated companies, contacts and deals as links, and the first page of its
/// activities, notes and calls. It is read-only; it never shows a blank area, but an empty
/// state, "loading", or the error with Retry.
class RecordDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailPane(ApiClient *client, QWidget *parent = nullptr);
    ~RecordDetailPane() override;

    /// Loads `GET /api/{resource}/{id}` and shows it; a load still in flight is given up, so a
    /// late answer never replaces the newer record.
    void showRecord(const QString &resource, qint64 id);
    /// Back to the empty state ("Select a record ...").
    void clear();

    [[nodiscard]] QString resource() const { return m_resource; }
    [[nodiscard]] qint64 recordId() const { return m_id; }
    /// The shown record's title (its display_name); empty while none is shown.
    [[nodiscard]] QString recordTitle() const;

Q_SIGNALS:
    /// The user activated the link of an associated record.
    void openRecordRequested(const QString &resource, qint64 id);
    /// "Add" in the activities, notes or calls of the record shown: a new `resource` record
    /// about `viaResource` `viaId`.
    void createRelatedRequested(const QString &resource, const QString &viaResource, qint64 viaId);
    /// "Edit" on an activity, note or call; `viaResource`/`viaId` is the record shown (notes and
    /// calls must name it on every write, §6.7).
    void editRelatedRequested(const QString &resource, qint64 id, const QString &viaResource, qint64 viaId);

protected:
    /// Elides the one-word facts to the width they get (see addFact()).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void abortJobs();
    void onRecordLoaded(RecordJob *job);
    void showRecordContents(const QJsonObject &record);
    void clearContents();
    void addFacts(const QJsonObject &record);
    void addFact(const QString &label, const QString &value, Qt::TextFormat format = Qt::PlainText);
    void addLinkSection(const QJsonObject &record, const QString &other);
    void loadTimelineSection(const QString &other);
    /// A titled block under the facts; the title is returned so that counts can go in later.
    QVBoxLayout *addSection(const QString &other, QLabel **title);
    QLabel *addSectionLine(QVBoxLayout *section, const QString &text, Qt::TextFormat format);
    void addMutedLine(QVBoxLayout *section, const QString &text);

    std::unique_ptr<Ui::RecordDetailPane> m_ui;
    ApiClient *m_client;
    QString m_resource;
    qint64 m_id = 0;
    /// The loads of the record shown; given up together when another record is asked for.
    QPointer<RecordJob> m_recordJob;
    QList<QPointer<RecordPageJob>> m_sectionJobs;
};

} // namespace Concord
