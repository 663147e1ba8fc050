#pragma once

class QWidget;

namespace Concord {

class ApiClient;
class FieldDefinition;
class FieldEditor;

/// Makes the editor for a field by its FieldType, like QItemEditorFactory does by value type:
/// one place that knows which editor serves which field, for the record form and the table's
/// inline-edit delegate alike. Readonly fields (§8.2) get a read-only editor. A cheap value:
/// copy it where it is needed.
class FieldEditorFactory
{
public:
    /// `client` loads options that fields do not carry inline (users, stages, timezones, tags,
    /// ...); null (tests, offline) leaves editors with the inline options only.
    explicit FieldEditorFactory(ApiClient *client);

    [[nodiscard]] FieldEditor *create(const FieldDefinition &field, QWidget *parent) const;

private:
    ApiClient *m_client;
};

} // namespace Concord
