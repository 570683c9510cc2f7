// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedialog.h"

#include "models/eventfilterproxymodel.h"
#include "models/eventtablemodel.h"
#include "time/isotime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QIdentityProxyModel>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tickerline {

namespace {

constexpr int kUidRole = EventTableModel::UidRole;

// One line per event in the list: "2025-01-27  ·  Tech selloff…".
class EventLineModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        const QModelIndex row = index.siblingAtColumn(EventTableModel::TimeColumn);
        return QStringLiteral("%1  ·  %2").arg(QIdentityProxyModel::data(row, role).toString(),
                                               QIdentityProxyModel::data(index.siblingAtColumn(EventTableModel::TitleColumn), role).toString());
    }
};

} // namespace

QuoteDialog::QuoteDialog(const QString &quotedText, const QList<Event> &events, const QList<Actor> &actors,
                         QWidget *parent)
    : QuoteDialog(quotedText, std::make_shared<TimelineIndex>(TimelineIndex::fromEvents(events, {})),
                  [events](const QString &uid) -> std::optional<Event> {
                      for (const Event &event : events) {
                          if (event.uid == uid)
                              return event;
                      }
                      return std::nullopt;
                  },
                  actors, parent)
{
}

QuoteDialog::QuoteDialog(const QString &quotedText, std::shared_ptr<const TimelineIndex> events,
                         std::function<std::optional<Event>(const QString &uid)> eventOf, const QList<Actor> &actors,
                         QWidget *parent)
    : QDialog(parent), m_eventOf(std::move(eventOf))
{
    setObjectName(QStringLiteral("quoteDialog"));
    setWindowTitle(tr("Quote → event"));
    const bool noEvents = !events || events->isEmpty();

    auto *quoted = new QLabel(this);
    quoted->setObjectName(QStringLiteral("quotedText"));
    quoted->setWordWrap(true);
    quoted->setTextFormat(Qt::PlainText);
    const QString shown = quotedText.size() > 400 ? quotedText.left(400) + QStringLiteral("…") : quotedText;
    quoted->setText(QStringLiteral("“%1”").arg(shown.simplified()));
    QFont italic = quoted->font();
    italic.setItalic(true);
    quoted->setFont(italic);

    m_existing = new QRadioButton(tr("An existing event"), this);
    m_existing->setObjectName(QStringLiteral("existingEventRadio"));
    m_new = new QRadioButton(tr("A new event"), this);
    m_new->setObjectName(QStringLiteral("newEventRadio"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("eventSearch"));
    m_filter->setPlaceholderText(tr("Search events…"));
    m_filter->setClearButtonEnabled(true);

    m_model = new EventTableModel(this);
    m_model->setDisplayZone(m_zone);
    m_model->setIndex(std::move(events));
    m_model->setSummaryLookup([this](const QString &uid) {
        const std::optional<Event> event = m_eventOf ? m_eventOf(uid) : std::nullopt;
        return event ? event->summary : QString();
    });
    m_proxy = new EventFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(EventTableModel::TimeColumn);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EventFilterProxyModel::setText);
    auto *lines = new EventLineModel(this);
    lines->setSourceModel(m_proxy);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("eventList"));
    m_list->setModel(lines);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(140);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuoteDialog::followChosenEvent);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuoteDialog::updateOk);
    connect(m_list, &QListView::doubleClicked, this, [this] {
        if (!chosenEvent().isEmpty())
            accept();
    });

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("newEventTitle"));
    m_title->setPlaceholderText(tr("What happened"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("newEventKind"));
    for (EventKind kind : allEventKinds())
        m_kind->addItem(eventKindLabel(kind), int(kind));
    m_time = new QDateTimeEdit(this);
    m_time->setObjectName(QStringLiteral("newEventTime"));
    // The edit holds the wall-clock time of the display zone (as UTC fields: Qt 6.4's edit keeps
    // no other zone reliably); target() reads it back in that zone.
    m_time->setTimeSpec(Qt::UTC);
    m_time->setCalendarPopup(true);
    setDisplayZone(m_zone);
    showTime(QDateTime::currentMSecsSinceEpoch());
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("newEventPrecision"));
    for (int precision = int(Precision::Year); precision <= int(Precision::Second); ++precision)
        m_precision->addItem(EventTableModel::precisionLabel(Precision(precision)), precision);
    m_precision->setCurrentIndex(m_precision->findData(int(Precision::Day)));

    m_newForm = new QWidget(this);
    auto *form = new QFormLayout(m_newForm);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&Precision:"), m_precision);

    m_speaker = new QComboBox(this);
    m_speaker->setObjectName(QStringLiteral("speakerCombo"));
    m_speaker->addItem(tr("No speaker"), QString());
    for (const Actor &actor : actors)
        m_speaker->addItem(actor.name, actor.uid);
    connect(m_speaker, &QComboBox::activated, this, [this] { m_speakerChosen = true; });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Quote"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *speakerRow = new QFormLayout;
    speakerRow->addRow(tr("&Speaker:"), m_speaker);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quoted);
    layout->addSpacing(6);
    layout->addWidget(m_existing);
    auto *existingBox = new QVBoxLayout;
    existingBox->setContentsMargins(24, 0, 0, 0);
    existingBox->addWidget(m_filter);
    existingBox->addWidget(m_list, 1);
    layout->addLayout(existingBox, 1);
    layout->addWidget(m_new);
    layout->addWidget(m_newForm);
    layout->addSpacing(6);
    layout->addLayout(speakerRow);
    layout->addWidget(m_buttons);

    connect(m_existing, &QRadioButton::toggled, this, &QuoteDialog::updateMode);
    connect(m_title, &QLineEdit::textChanged, this, &QuoteDialog::updateOk);
    connect(m_filter, &QLineEdit::textChanged, this, &QuoteDialog::updateOk);
    // With no events yet, only a new one can be chosen.
    (noEvents ? m_new : m_existing)->setChecked(true);
    m_existing->setEnabled(!noEvents);
    updateMode();
    resize(520, 560);
}

void QuoteDialog::setCurrent(const QString &eventUid, const QString &speakerUid)
{
    const int row = m_model->rowOfEvent(eventUid);
    const auto *lines = static_cast<const QIdentityProxyModel *>(m_list->model());
    const QModelIndex index = row < 0 ? QModelIndex() : lines->mapFromSource(m_proxy->mapFromSource(m_model->index(row, 0)));
    if (index.isValid()) {
        m_existing->setChecked(true);
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    const int speaker = m_speaker->findData(speakerUid);
    if (speaker >= 0 && !speakerUid.isEmpty()) {
        m_speaker->setCurrentIndex(speaker);
        m_speakerChosen = true;
    }
    updateOk();
}

void QuoteDialog::setNewEventTime(std::int64_t ms)
{
    showTime(ms);
}

void QuoteDialog::setDisplayZone(const QTimeZone &zone)
{
    const std::int64_t shown = shownTime();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_model->setDisplayZone(m_zone);
    const QString name = m_zone == QTimeZone::utc()
                             ? QStringLiteral("UTC")
                             : QString::fromUtf8(m_zone.id()).section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss '%1'").arg(name));
    showTime(shown);
}

std::int64_t QuoteDialog::shownTime() const
{
    const QDateTime wall = m_time->dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone).toMSecsSinceEpoch();
}

void QuoteDialog::showTime(std::int64_t ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    m_time->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
}

QString QuoteDialog::chosenEvent() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current) ? current.data(kUidRole).toString()
                                                                             : QString();
}

void QuoteDialog::followChosenEvent()
{
    // The speaker is most often the event's author or speaker: offer that until the user picks.
    if (!m_speakerChosen) {
        const QString uid = m_list->currentIndex().data(kUidRole).toString();
        if (const std::optional<Event> event = uid.isEmpty() || !m_eventOf ? std::nullopt : m_eventOf(uid)) {
            int index = 0;
            for (const EventActor &actor : event->actors) {
                if (actor.role == QLatin1String("author") || actor.role == QLatin1String("speaker")) {
                    index = std::max(0, m_speaker->findData(actor.actor));
                    break;
                }
            }
            m_speaker->setCurrentIndex(index);
        }
    }
    updateOk();
}

void QuoteDialog::updateMode()
{
    const bool existing = m_existing->isChecked();
    m_filter->setEnabled(existing);
    m_list->setEnabled(existing);
    m_newForm->setEnabled(!existing);
    if (!existing)
        m_title->setFocus();
    updateOk();
}

void QuoteDialog::updateOk()
{
    const bool ok = m_existing->isChecked() ? !chosenEvent().isEmpty() : !m_title->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::int64_t QuoteDialog::truncated(std::int64_t ms, Precision precision)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QDate date = utc.date();
    const QTime time = utc.time();
    QDateTime result;
    switch (precision) {
    case Precision::Year: result = QDateTime(QDate(date.year(), 1, 1), QTime(0, 0), QTimeZone::utc()); break;
    case Precision::Month: result = QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::utc()); break;
    case Precision::Day: result = QDateTime(date, QTime(0, 0), QTimeZone::utc()); break;
    case Precision::Hour: result = QDateTime(date, QTime(time.hour(), 0), QTimeZone::utc()); break;
    case Precision::Minute: result = QDateTime(date, QTime(time.hour(), time.minute()), QTimeZone::utc()); break;
    case Precision::Second:
        result = QDateTime(date, QTime(time.hour(), time.minute(), time.second()), QTimeZone::utc());
        break;
    }
    return result.toMSecsSinceEpoch();
}

QuoteTarget QuoteDialog::target() const
{
    QuoteTarget target;
    target.speakerUid = m_speaker->currentData().toString();
    if (m_existing->isChecked()) {
        target.eventUid = chosenEvent();
        return target;
    }
    Event event;
    event.title = m_title->text().trimmed();
    event.kind = EventKind(m_kind->currentData().toInt());
    event.precision = Precision(m_precision->currentData().toInt());
    // Truncated on the wall clock the user sees: a day is the date shown (kept as midnight UTC of
    // it, as the store expects), an hour or a minute one of the display zone.
    const QDateTime wall = m_time->dateTime();
    const QDateTime cut = QDateTime::fromMSecsSinceEpoch(
        truncated(QDateTime(wall.date(), wall.time(), QTimeZone::utc()).toMSecsSinceEpoch(), event.precision),
        QTimeZone::utc());
    event.startMs = event.precision <= Precision::Day ? cut.toMSecsSinceEpoch()
                                                      : QDateTime(cut.date(), cut.time(), m_zone).toMSecsSinceEpoch();
    event.tz = m_zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(m_zone.id());
    if (!target.speakerUid.isEmpty())
        event.actors = {{target.speakerUid, QStringLiteral("speaker")}};
    target.newEvent = event;
    return target;
}

} // namespace tickerline
