#include "navigatorentry.h"

namespace Concord {

QVector<NavigatorEntry> NavigatorEntry::all()
{
    using Column = RecordListModel::Column;
    using Format = RecordListModel::Format;
    const Column owner {QStringLiteral("user.name"), tr("Owner"), Format::Text};
    const Column created {QStringLiteral("created_at"), tr("Created"), Format::DateTime};
    const Column name {QStringLiteral("display_name"), tr("Name"), Format::Text};
    const Column email {QStringLiteral("email"), tr("Email"), Format::Text};
    const Column phone {QStringLiteral("phones.number"), tr("Phone"), Format::Text};
    return {
        {QStringLiteral("contacts"), tr("Contacts"), tr("Loading contacts…"), tr("No contacts yet"),
            {name, email, phone, owner, created}},
        {QStringLiteral("companies"), tr("Companies"), tr("Loading companies…"), tr("No companies yet"),
            {name, {QStringLiteral("domain"), tr("Domain"), Format::Text}, email, phone, owner, created}},
        {QStringLiteral("deals"), tr("Deals"), tr("Loading deals…"), tr("No deals yet"),
            {name, {QStringLiteral("amount"), tr("Amount"), Format::Number},
                {QStringLiteral("stage.name"), tr("Stage"), Format::Text},
                {QStringLiteral("status"), tr("Status"), Format::Text},
                {QStringLiteral("expected_close_date"), tr("Expected close"), Format::Date}, owner, created}},
        {QStringLiteral("activities"), tr("Activities"), tr("Loading activities…"), tr("No activities yet"),
            {{QStringLiteral("display_name"), tr("Title"), Format::Text},
                {QStringLiteral("type.name"), tr("Type"), Format::Text},
                {QStringLiteral("due_date"), tr("Due"), Format::DateTime},
                {QStringLiteral("is_completed"), tr("Completed"), Format::Text}, owner, created}},
        {QStringLiteral("products"), tr("Products"), tr("Loading products…"), tr("No products yet"),
            {name, {QStringLiteral("sku"), tr("SKU"), Format::Text},
                {QStringLiteral("unit_price"), tr("Unit price"), Format::Number},
                {QStringLiteral("is_active"), tr("Active"), Format::Text}, created}},
    };
}

} // namespace Concord
