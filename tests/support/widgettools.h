#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTimer>
#include <QWidget>

namespace Concord::Test {

// Small lookups into a widget built from a Designer form, for the GUI tests. Header-only, so that
// concord_testsupport itself needs no Qt Widgets; only the tests that include it link them.

/// The child of `widget` named `name` (its object name in the .ui file). A missing child is a
/// broken test, not a failed check: it stops the test with the name, before a null is used.
template<typename T> [[nodiscard]] T *child(const QWidget &widget, const QString &name)
{
    auto *found = widget.findChild<T *>(name);
    if (!found) {
        qFatal("no child %s", qPrintable(name));
    }
    return found;
}

/// Clicks `button` of the next message box that opens. QMessageBox::question() runs its own event
/// loop, so the click is scheduled beforehand and retried until the box is there.
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
        else
            answerNextMessageBox(button);
    });
}

} // namespace Concord::Test
