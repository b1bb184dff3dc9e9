#pragma once

#include "SignInDialog.h"

#include <QApplication>
#include <QTimer>

#include <functional>

namespace danhgia::test {

// Runs `step` on the app's sign-in dialog once it is shown (modal: from the event loop it runs).
// Looked for until it shows, as the keychain is asked first, in an event loop of its own; given up
// after 30 s, so that it never acts on a later test's dialog.
inline void onSignInDialog(const std::function<void(ui::SignInDialog*)>& step)
{
    auto* poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, step] {
        if (auto* dialog = qobject_cast<ui::SignInDialog*>(QApplication::activeModalWidget())) {
            poll->deleteLater();
            poll->stop();
            step(dialog);
        }
    });
    poll->start();
    QTimer::singleShot(30000, poll, &QObject::deleteLater);
}

} // namespace danhgia::test
