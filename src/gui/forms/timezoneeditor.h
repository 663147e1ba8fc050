#pragma once

#include "selecteditor.h"

namespace Concord {

/// Timezone: a SelectEditor over IANA identifiers shown with their offset from UTC today
/// ("Europe/Berlin (UTC+02:00)"), so that typing a city or "+02" finds it. The list is the
/// server's (`GET /api/timezones`, §6.10, the one the server validates against) when there is a
/// client, else the system's. The value is the identifier.
class TimezoneEditor : public SelectEditor
{
    Q_OBJECT
public:
    TimezoneEditor(const FieldDefinition &field, OptionLoader *loader, QWidget *parent = nullptr);
    ~TimezoneEditor() override;

protected:
    [[nodiscard]] QString textOf(const FieldDefinition::Option &option) const override;
};

} // namespace Concord
