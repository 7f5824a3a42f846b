#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Does what a person would in the next modal window of type T (within 10 s), then closes it if
// it is still open; any other modal window seen meanwhile is closed at the deadline.
template<class T> void whenModal(const std::function<void(T*)>& act)
{
    auto* timer = new QTimer;
    auto deadline = std::make_shared<QDeadlineTimer>(10000);
    QObject::connect(timer, &QTimer::timeout, [timer, act, deadline]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* wanted = qobject_cast<T*>(modal)) {
            timer->stop();
            timer->deleteLater();
            act(wanted);
            if (wanted->isVisible())
                wanted->close();
        } else if (deadline->hasExpired()) {
            timer->stop();
            timer->deleteLater();
            if (modal)
                modal->close();
        }
    });
    timer->start(20);
}
