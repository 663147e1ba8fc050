#include "navigatorentry.h"

#include <QHash>

#include "dealstatus.h"

namespace Concord {

QVector<NavigatorEntry> NavigatorEntry::all()
{
    using Column = RecordListModel::Column;
    using Format = RecordListModel::Format;
    // The last member of a column is the field that edits it inline (see Column::field): only
    // where one column is one field. Names are not (a contact's is two fields, and the
    // display_name of others is the server's), nor the first phone of a list, a stage that
    // depends on its pipeline, a deal's status (won and lost need a reason and an order of
    // steps), an activity's all-day-or-not due date and its type.
    const Column owner {QStringLiteral("user.name"), tr("Owner"), Format::Text, {}, {}, QStringLiteral("user_id")};
    const Column created {QStringLiteral("created_at"), tr("Created"), Format::DateTime, QStringLiteral("created_at")};
    const Column name {QStringLiteral("display_name"), tr("Name"), Format::Text, QStringLiteral("name")};
    const Column email {QStringLiteral("email"), tr("Email"), Format::Text, QStringLiteral("email"), {}, QStringLiteral("email")};
    const Column phone {QStringLiteral("phones.number"), tr("Phone"), Format::Text};
    QHash<QString, QString> dealStatusLabels;
    for (const auto &status : DealStatus::all())
        dealStatusLabels.insert(status.first, status.second);
    const Column tags {QStringLiteral("tags"), tr("Tags"), Format::Tags, {}, {}, QStringLiteral("tags")};
    // A contact's name sorts by first name, as the server's default order does.
    const Column contactName {QStringLiteral("display_name"), tr("Name"), Format::Text, QStringLiteral("first_name")};
    return {
        {QStringLiteral("contacts"), tr("Contacts"), tr("Loading contacts…"), tr("No contacts yet"),
            {contactName, email, phone, tags, owner, created}},
        {QStringLiteral("companies"), tr("Companies"), tr("Loading companies…"), tr("No companies yet"),
            {name, {QStringLiteral("domain"), tr("Domain"), Format::Text, QStringLiteral("domain"), {}, QStringLiteral("domain")},
                email, phone, tags, owner, created}},
        {QStringLiteral("deals"), tr("Deals"), tr("Loading deals…"), tr("No deals yet"),
            {name, {QStringLiteral("amount"), tr("Amount"), Format::Number, QStringLiteral("amount"), {}, QStringLiteral("amount")},
                {QStringLiteral("stage.name"), tr("Stage"), Format::Text},
                {QStringLiteral("status"), tr("Status"), Format::Text, QStringLiteral("status"), dealStatusLabels},
                {QStringLiteral("expected_close_date"), tr("Expected close"), Format::Date,
                    QStringLiteral("expected_close_date"), {}, QStringLiteral("expected_close_date")},
                tags, owner, created}},
        {QStringLiteral("activities"), tr("Activities"), tr("Loading activities…"), tr("No activities yet"),
            {{QStringLiteral("display_name"), tr("Title"), Format::Text, QStringLiteral("title")},
                {QStringLiteral("type"), tr("Type"), Format::Tags},
                {QStringLiteral("due_date"), tr("Due"), Format::DateTime, QStringLiteral("due_date")},
                {QStringLiteral("is_completed"), tr("Completed"), Format::Check, {}, {}, QStringLiteral("is_completed")},
                owner, created}},
        {QStringLiteral("products"), tr("Products"), tr("Loading products…"), tr("No products yet"),
            {name, {QStringLiteral("sku"), tr("SKU"), Format::Text, QStringLiteral("sku"), {}, QStringLiteral("sku")},
                {QStringLiteral("unit_price"), tr("Unit price"), Format::Number, QStringLiteral("unit_price"), {},
                    QStringLiteral("unit_price")},
                {QStringLiteral("is_active"), tr("Active"), Format::Check, {}, {}, QStringLiteral("is_active")}, created}},
    };
}

QString NavigatorEntry::singular(const QString &resource)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("contacts"), QT_TR_NOOP("Contact")},   {QStringLiteral("companies"), QT_TR_NOOP("Company")},
        {QStringLiteral("deals"), QT_TR_NOOP("Deal")},         {QStringLiteral("activities"), QT_TR_NOOP("Activity")},
        {QStringLiteral("products"), QT_TR_NOOP("Product")},   {QStringLiteral("notes"), QT_TR_NOOP("Note")},
        {QStringLiteral("calls"), QT_TR_NOOP("Call")},
    };
    const char *name = names.value(resource);
    return name ? tr(name) : resource;
}

} // namespace Concord
