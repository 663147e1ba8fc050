#include "lineeditor.h"

#include "schema/fieldtype.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QUrl>

namespace Concord {

LineEditor::LineEditor(const FieldDefinition &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_lineEdit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit);
    m_lineEdit->setClearButtonEnabled(false);
    setFocusProxy(m_lineEdit);

    switch (fieldTypeOf(field)) {
    case FieldType::Email:
        m_lineEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        m_lineEdit->setPlaceholderText(tr("name@example.com"));
        break;
    case FieldType::Url: {
        m_lineEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        m_lineEdit->setPlaceholderText(tr("https://"));
        const QIcon icon
            = QIcon::fromTheme(QStringLiteral("internet-web-browser"), style()->standardIcon(QStyle::SP_CommandLink));
        m_openAction = m_lineEdit->addAction(icon, QLineEdit::TrailingPosition);
        m_openAction->setText(tr("Open in Browser"));
        m_openAction->setToolTip(tr("Open in Browser"));
        connect(m_openAction, &QAction::triggered, this, [this] {
            const QUrl url = openableUrl();
            if (url.isValid())
                QDesktopServices::openUrl(url);
        });
        connect(
            m_lineEdit, &QLineEdit::textChanged, this, [this] { m_openAction->setVisible(openableUrl().isValid()); });
        m_openAction->setVisible(false);
        break;
    }
    default:
        m_lineEdit->setMaxLength(MaxTextLength);
        break;
    }
    connect(m_lineEdit, &QLineEdit::textEdited, this, &FieldEditor::valueChanged);
}

LineEditor::~LineEditor() = default;

QUrl LineEditor::openableUrl() const
{
    const QString text = m_lineEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    const QUrl url = QUrl::fromUserInput(text);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return web && !url.host().isEmpty() ? url : QUrl();
}

QVariant LineEditor::value() const
{
    const QString text = m_lineEdit->text();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void LineEditor::setValue(const QVariant &value)
{
    m_lineEdit->setText(value.toString());
    m_lineEdit->setCursorPosition(0);
}

void LineEditor::setReadOnly(bool readOnly)
{
    FieldEditor::setReadOnly(readOnly);
    m_lineEdit->setReadOnly(readOnly);
}

} // namespace Concord
