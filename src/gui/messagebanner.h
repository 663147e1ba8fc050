#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace Concord {

/// A strip across the top of the window that says something the person must act on — a
/// rejected token, a keychain that cannot be read, no account yet — with buttons for the way
/// out, as KMessageWidget does. It stays until the situation is over (no timeout).
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows `text` with one button per action (in order); replaces what was shown before.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    /// Hides the banner and forgets its buttons.
    void clear();
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

    /// The red of errors (KMessageWidget's error type): the banner, the list's error bar, and
    /// the messages under form fields.
    [[nodiscard]] static QColor errorColor();
    /// `palette` with its window colour moved `amount` (0..1) towards `color`: a tint that keeps
    /// a dark theme readable. Shared with the list's error bar.
    [[nodiscard]] static QPalette tinted(const QPalette &palette, const QColor &color, float amount);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace Concord
