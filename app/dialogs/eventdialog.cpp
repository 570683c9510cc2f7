// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdialog.h"

#include "models/eventtablemodel.h"
#include "style/palette.h"
#include "time/zonedtime.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace tickerline {

namespace {

const QStringList kLinkTypes{QStringLiteral("responds-to"), QStringLiteral("caused"), QStringLiteral("follows"),
                             QStringLiteral("reports")};
const QStringList kRoles{QStringLiteral("author"), QStringLiteral("subject"), QStringLiteral("speaker")};

QString linkTypeLabel(const QString &type)
{
    if (type == QLatin1String("responds-to"))
        return EventDialog::tr("responds to");
    if (type == QLatin1String("caused"))
        return EventDialog::tr("caused");
    if (type == QLatin1String("follows"))
        return EventDialog::tr("follows");
    return EventDialog::tr("reports");
}

// A small "+" / "−" pair under a table.
QWidget *rowButtons(QWidget *parent, const QString &addTip, std::function<void()> add, QTableWidget *table)
{
    auto *bar = new QWidget(parent);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *plus = new QToolButton(bar);
    plus->setText(QStringLiteral("+"));
    plus->setToolTip(addTip);
    auto *minus = new QToolButton(bar);
    minus->setText(QStringLiteral("−"));
    minus->setToolTip(EventDialog::tr("Remove the selected row"));
    QObject::connect(plus, &QToolButton::clicked, bar, std::move(add));
    QObject::connect(minus, &QToolButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    layout->addWidget(plus);
    layout->addWidget(minus);
    layout->addStretch(1);
    return bar;
}

QComboBox *cellCombo(QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

} // namespace

EventDialog::EventDialog(const Choices &choices, QWidget *parent) : QDialog(parent), m_choices(choices)
{
    setObjectName(QStringLiteral("eventDialog"));
    for (const Actor &actor : choices.actors) {
        m_actorUidByName.insert(actor.name.toCaseFolded(), actor.uid);
        m_actorNameByUid.insert(actor.uid, actor.name);
    }

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setPlaceholderText(tr("What happened"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (EventKind kind : allEventKinds())
        m_kind->addItem(eventKindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(EventKind::Other)));

    m_start = new QLineEdit(this);
    m_start->setObjectName(QStringLiteral("eventStart"));
    m_start->setPlaceholderText(QStringLiteral("2025-01-27 18:29:53"));
    m_start->setToolTip(tr("A date (2025-01-27, 2025-01, 2025) or a date and time in the event's zone "
                           "(2025-01-27 18:29 or 2025-01-27 18:29:53); Z or ±HH:MM gives another offset"));
    m_end = new QLineEdit(this);
    m_end->setObjectName(QStringLiteral("eventEnd"));
    m_end->setPlaceholderText(tr("empty: a moment, not a span"));
    m_end->setToolTip(m_start->toolTip());

    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("eventPrecision"));
    for (int p = int(Precision::Year); p <= int(Precision::Second); ++p)
        m_precision->addItem(EventTableModel::precisionLabel(Precision(p)), p);
    m_uncertain = new QCheckBox(tr("&Uncertain"), this);
    m_uncertain->setObjectName(QStringLiteral("eventUncertain"));
    m_uncertain->setToolTip(tr("The time is reported, not known exactly: drawn as a hatched band"));

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("eventZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setFilterMode(Qt::MatchContains);

    m_actors = new QTableWidget(0, 2, this);
    m_actors->setObjectName(QStringLiteral("eventActors"));
    m_actors->setHorizontalHeaderLabels({tr("Actor"), tr("Role")});
    m_actors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actors->verticalHeader()->hide();
    m_actors->setMinimumHeight(fontMetrics().height() * 6);

    m_symbols = new QLineEdit(this);
    m_symbols->setObjectName(QStringLiteral("eventSymbols"));
    m_symbols->setPlaceholderText(QStringLiteral("NVDA, AVGO"));
    auto *symbolCompleter = new QCompleter(choices.symbols, m_symbols);
    symbolCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_symbols->setCompleter(symbolCompleter);

    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("eventSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(fontMetrics().height() * 4);

    m_links = new QTableWidget(0, 2, this);
    m_links->setObjectName(QStringLiteral("eventLinks"));
    m_links->setHorizontalHeaderLabels({tr("This event"), tr("Other event")});
    m_links->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_links->verticalHeader()->hide();
    m_links->setMinimumHeight(fontMetrics().height() * 5);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eventProblem"));
    m_message->setWordWrap(true);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, palette::problemText(palette::themeOf(warning)));
    m_message->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_precision);
    whenLayout->addWidget(m_uncertain);
    whenLayout->addStretch(1);
    auto *precisionLabel = new QLabel(tr("&Precision:"), this);
    precisionLabel->setBuddy(m_precision);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(precisionLabel, when);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("&Actors:"), m_actors);
    form->addRow(QString(), rowButtons(this, tr("Add an actor"), [this] { addActorRow({}, {}); }, m_actors));
    form->addRow(tr("S&ymbols:"), m_symbols);
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("&Links:"), m_links);
    form->addRow(QString(), rowButtons(this, tr("Link to another event"),
                                       [this] { addLinkRow(kLinkTypes.first(), {}); }, m_links));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_start, &QLineEdit::textChanged, this, &EventDialog::startEdited);
    connect(m_end, &QLineEdit::textChanged, this, &EventDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &EventDialog::validate);
    connect(m_precision, &QComboBox::activated, this, [this] {
        m_precisionChosen = true;
        validate();
    });
    m_title->setFocus();
}

void EventDialog::setEvent(const Event &event, const QList<EventLink> &links)
{
    m_original = event;
    setWindowTitle(event.uid.isEmpty() ? tr("New event") : tr("Edit event"));
    m_title->setText(event.title);
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    const QByteArray zone = event.tz.isEmpty() ? QByteArray("UTC") : event.tz.toUtf8();
    m_zone->setCurrentText(QString::fromUtf8(zone));
    m_start->setText(formatZonedTime(event.startMs, event.precision, zone));
    m_end->setText(event.endMs ? formatZonedTime(*event.endMs, event.precision, zone) : QString());
    m_precision->setCurrentIndex(m_precision->findData(int(event.precision)));
    m_precisionChosen = !event.uid.isEmpty(); // an existing event keeps its precision
    m_uncertain->setChecked(event.uncertain);
    m_actors->setRowCount(0);
    for (const EventActor &actor : event.actors)
        addActorRow(m_actorNameByUid.value(actor.actor, actor.actor), actor.role);
    m_symbols->setText(event.symbols.join(QStringLiteral(", ")));
    m_summary->setPlainText(event.summary);
    m_links->setRowCount(0);
    for (const EventLink &link : links)
        addLinkRow(link.type, link.to);
    m_title->selectAll();
    m_title->setFocus();
    validate();
}

void EventDialog::addActorRow(const QString &name, const QString &role)
{
    const int row = m_actors->rowCount();
    m_actors->insertRow(row);
    auto *actor = new QComboBox(m_actors);
    actor->setEditable(true);
    actor->setInsertPolicy(QComboBox::NoInsert);
    QStringList names = m_actorNameByUid.values();
    names.sort(Qt::CaseInsensitive);
    actor->addItems(names);
    actor->setCurrentText(name);
    actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *roles = new QComboBox(m_actors);
    roles->setEditable(true);
    roles->addItems(kRoles);
    roles->setCurrentText(role);
    m_actors->setCellWidget(row, 0, actor);
    m_actors->setCellWidget(row, 1, roles);
    if (name.isEmpty())
        actor->setFocus();
}

void EventDialog::addLinkRow(const QString &type, const QString &targetUid)
{
    const int row = m_links->rowCount();
    m_links->insertRow(row);
    auto *types = new QComboBox(m_links);
    for (const QString &name : kLinkTypes)
        types->addItem(linkTypeLabel(name), name);
    types->setCurrentIndex(std::max(0, types->findData(type)));
    auto *target = new QComboBox(m_links);
    // A million events fit a combo box as long as it never measures every row for its width.
    target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    target->setMinimumContentsLength(30);
    if (m_choices.events) {
        target->setModel(m_choices.events);
        target->setModelColumn(m_choices.labelColumn);
        const QModelIndexList found = m_choices.events->match(m_choices.events->index(0, 0), m_choices.uidRole,
                                                              targetUid, 1, Qt::MatchExactly);
        target->setCurrentIndex(found.isEmpty() ? -1 : found.constFirst().row());
    }
    m_links->setCellWidget(row, 0, types);
    m_links->setCellWidget(row, 1, target);
    connect(target, &QComboBox::currentIndexChanged, this, &EventDialog::validate);
}

void EventDialog::startEdited()
{
    // Until the user picks a precision, it follows what the start says: typing a date gives day
    // precision, a time of day to the second gives second precision.
    if (!m_precisionChosen) {
        if (const auto start = parseZonedTime(m_start->text(), zoneId()))
            m_precision->setCurrentIndex(m_precision->findData(int(start->precision)));
    }
    validate();
}

QByteArray EventDialog::zoneId() const
{
    return m_zone->currentText().trimmed().toUtf8();
}

void EventDialog::validate()
{
    QString problem;
    QString why;
    const auto start = parseZonedTime(m_start->text(), zoneId(), &why);
    if (m_title->text().trimmed().isEmpty())
        problem = tr("Give the event a title.");
    else if (!QTimeZone(zoneId()).isValid())
        problem = tr("Zone: “%1” is not a time zone.").arg(m_zone->currentText());
    else if (!start)
        problem = tr("Start: %1.").arg(why);
    else if (!m_end->text().trimmed().isEmpty()) {
        const auto end = parseZonedTime(m_end->text(), zoneId(), &why);
        if (!end)
            problem = tr("End: %1.").arg(why);
        else if (end->ms < start->ms)
            problem = tr("End: before the start.");
    }
    for (int row = 0; problem.isEmpty() && row < m_links->rowCount(); ++row) {
        const QComboBox *target = cellCombo(m_links, row, 1);
        if (!target || target->currentIndex() < 0)
            problem = tr("Links: choose the other event of row %1, or remove the row.").arg(row + 1);
    }
    m_problem = problem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty() && !m_title->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Event EventDialog::event() const
{
    Event event = m_original;
    event.title = m_title->text().trimmed();
    event.kind = EventKind(m_kind->currentData().toInt());
    event.tz = QString::fromUtf8(zoneId());
    event.precision = Precision(m_precision->currentData().toInt());
    event.uncertain = m_uncertain->isChecked();
    if (const auto start = parseZonedTime(m_start->text(), zoneId()))
        event.startMs = start->ms;
    event.endMs.reset();
    if (const auto end = parseZonedTime(m_end->text(), zoneId()))
        event.endMs = end->ms;
    event.actors.clear();
    for (int row = 0; row < m_actors->rowCount(); ++row) {
        const QString name = cellCombo(m_actors, row, 0)->currentText().trimmed();
        if (name.isEmpty())
            continue;
        const QString uid = m_actorUidByName.value(name.toCaseFolded(), name);
        event.actors << EventActor{uid, cellCombo(m_actors, row, 1)->currentText().trimmed()};
    }
    event.symbols.clear();
    for (const QString &symbol : m_symbols->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                                          Qt::SkipEmptyParts)) {
        if (!event.symbols.contains(symbol.toUpper()))
            event.symbols << symbol.toUpper();
    }
    event.summary = m_summary->toPlainText().trimmed();
    return event;
}

QStringList EventDialog::newActorNames() const
{
    QStringList names;
    for (const EventActor &actor : event().actors) {
        if (!m_actorNameByUid.contains(actor.actor))
            names << actor.actor;
    }
    return names;
}

QList<EventLink> EventDialog::links() const
{
    QList<EventLink> links;
    for (int row = 0; row < m_links->rowCount(); ++row) {
        const QComboBox *type = cellCombo(m_links, row, 0);
        const QComboBox *target = cellCombo(m_links, row, 1);
        if (!m_choices.events || target->currentIndex() < 0)
            continue;
        const QString to = m_choices.events->index(target->currentIndex(), 0).data(m_choices.uidRole).toString();
        links << EventLink{m_original.uid, to, type->currentData().toString()};
    }
    return links;
}

} // namespace tickerline
