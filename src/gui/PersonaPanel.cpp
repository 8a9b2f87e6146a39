#include "PersonaPanel.h"

#include "JourneyEditor.h"
#include "JourneyRenderer.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace vd::gui {

using namespace vd::journey;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QPlainTextEdit* textBox(QWidget* parent)
{
    auto* e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    const int h = e->fontMetrics().lineSpacing() * 2 + 12;
    e->setMinimumHeight(h);
    e->setMaximumHeight(h + 40);
    return e;
}

void setText(QLineEdit* e, const QString& s)
{
    if (e->text().trimmed() != s)
        e->setText(s);
}

void setText(QPlainTextEdit* e, const std::string& s)
{
    if (e->toPlainText().trimmed() != qs(s))
        e->setPlainText(qs(s));
}

QImage avatarImage(const std::string& avatar)
{
    const QString a = qs(avatar);
    QImage img;
    if (a.startsWith(QStringLiteral("data:"))) {
        const auto comma = a.indexOf(',');
        if (comma > 0)
            img.loadFromData(QByteArray::fromBase64(a.mid(comma + 1).toLatin1()));
    } else if (!a.isEmpty()) {
        img.load(a);
    }
    return img;
}

} // namespace

PersonaPanel::PersonaPanel(JourneyEditor& editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_typing(new QTimer(this)), m_chooser(new QComboBox(this)),
      m_avatar(new QLabel(this))
{
    m_typing->setSingleShot(true);
    m_typing->setInterval(700);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Persona:"), this);
    label->setBuddy(m_chooser);
    auto* create = new QPushButton(tr("&New…"), this);
    create->setToolTip(tr("Create a persona for this map"));
    top->addWidget(label);
    top->addWidget(m_chooser, 1);
    top->addWidget(create);
    outer->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fields = new QWidget(scroll);
    auto* form = new QFormLayout(m_fields);
    m_avatar->setFixedSize(72, 72);
    m_avatarPath = new QLineEdit(m_fields);
    m_avatarPath->setReadOnly(true);
    m_avatarPath->setPlaceholderText(tr("initials"));
    auto* choose = new QPushButton(tr("Picture…"), m_fields);
    choose->setToolTip(tr("Choose a photo; it is stored in the workspace and in exported maps"));
    auto* clearPicture = new QPushButton(tr("Clear"), m_fields);
    auto* avatarRow = new QHBoxLayout;
    avatarRow->addWidget(m_avatar);
    auto* avatarButtons = new QVBoxLayout;
    avatarButtons->addWidget(m_avatarPath);
    auto* pictureButtons = new QHBoxLayout;
    pictureButtons->addWidget(choose);
    pictureButtons->addWidget(clearPicture);
    avatarButtons->addLayout(pictureButtons);
    avatarRow->addLayout(avatarButtons, 1);

    m_name = new QLineEdit(m_fields);
    m_age = new QSpinBox(m_fields);
    m_age->setRange(0, 120);
    m_age->setSpecialValueText(tr("not given"));
    m_occupation = new QLineEdit(m_fields);
    m_income = new QLineEdit(m_fields);
    m_channels = new QLineEdit(m_fields);
    m_channels->setPlaceholderText(tr("app, store, WeChat… (comma separated)"));
    m_behaviour = textBox(m_fields);
    m_needs = textBox(m_fields);
    m_painPoints = textBox(m_fields);
    m_goals = textBox(m_fields);
    m_motivations = textBox(m_fields);
    m_quote = textBox(m_fields);
    form->addRow(avatarRow);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("A&ge:"), m_age);
    form->addRow(tr("&Occupation:"), m_occupation);
    form->addRow(tr("&Income:"), m_income);
    form->addRow(tr("&Behaviour:"), m_behaviour);
    form->addRow(tr("&Needs:"), m_needs);
    form->addRow(tr("Pain poin&ts:"), m_painPoints);
    form->addRow(tr("&Goals:"), m_goals);
    form->addRow(tr("&Motivations:"), m_motivations);
    form->addRow(tr("&Channels:"), m_channels);
    form->addRow(tr("&Quote:"), m_quote);
    scroll->setWidget(m_fields);
    outer->addWidget(scroll);

    connect(m_chooser, &QComboBox::activated, this,
            [this](int i) { emit personaChosen(m_chooser->itemData(i).toLongLong()); });
    connect(create, &QPushButton::clicked, this, &PersonaPanel::newPersonaRequested);
    connect(choose, &QPushButton::clicked, this, &PersonaPanel::chooseAvatar);
    connect(clearPicture, &QPushButton::clicked, this, [this] {
        m_avatarPath->clear();
        commit();
    });
    for (QLineEdit* e : {m_name, m_occupation, m_income, m_channels})
        connect(e, &QLineEdit::editingFinished, this, &PersonaPanel::commit);
    connect(m_age, &QSpinBox::editingFinished, this, &PersonaPanel::commit);
    for (QPlainTextEdit* e : {m_behaviour, m_needs, m_painPoints, m_goals, m_motivations, m_quote})
        connect(e, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_typing->start();
        });
    connect(m_typing, &QTimer::timeout, this, &PersonaPanel::commit);
    connect(&m_editor, &JourneyEditor::personaChanged, this, &PersonaPanel::reload);
    connect(&m_editor, &JourneyEditor::documentReplaced, this, &PersonaPanel::reload);
    reload();
}

void PersonaPanel::setPersonas(std::vector<Persona> personas)
{
    m_personas = std::move(personas);
    reload();
}

void PersonaPanel::reload()
{
    m_loading = true;
    const auto& p = m_editor.persona();
    m_chooser->clear();
    m_chooser->addItem(tr("(no persona)"), qint64{0});
    bool listed = false;
    for (const Persona& x : m_personas) {
        m_chooser->addItem(qs(x.name), qint64{x.id});
        listed = listed || (p && p->id == x.id);
    }
    if (p && !listed)
        m_chooser->addItem(qs(p->name), qint64{p->id});
    m_chooser->setCurrentIndex(p ? m_chooser->findData(qint64{p->id}) : 0);
    m_chooser->setEnabled(m_editor.hasMap());
    m_fields->setEnabled(m_editor.hasMap() && p.has_value());
    const Persona empty;
    const Persona& x = p ? *p : empty;
    setText(m_name, qs(x.name));
    setText(m_avatarPath,
            x.avatar.rfind("data:", 0) == 0 ? tr("(embedded picture)") : qs(x.avatar));
    m_age->setValue(x.age.value_or(0));
    setText(m_occupation, qs(x.occupation));
    setText(m_income, qs(x.income));
    QStringList channels;
    for (const auto& c : x.channels)
        channels << qs(c);
    setText(m_channels, channels.join(QStringLiteral(", ")));
    setText(m_behaviour, x.behaviour);
    setText(m_needs, x.needs);
    setText(m_painPoints, x.painPoints);
    setText(m_goals, x.goals);
    setText(m_motivations, x.motivations);
    setText(m_quote, x.quote);
    updateAvatar();
    m_loading = false;
}

void PersonaPanel::updateAvatar()
{
    const auto& p = m_editor.persona();
    QPixmap pix(m_avatar->size() * devicePixelRatio());
    pix.setDevicePixelRatio(devicePixelRatio());
    pix.fill(Qt::transparent);
    QPainter painter(&pix);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r(2, 2, m_avatar->width() - 4, m_avatar->height() - 4);
    QPainterPath circle;
    circle.addEllipse(r);
    const QImage img = p ? avatarImage(p->avatar) : QImage();
    if (!img.isNull()) {
        painter.setClipPath(circle);
        painter.drawImage(r, img.scaled(r.size().toSize() * 2, Qt::KeepAspectRatioByExpanding,
                                        Qt::SmoothTransformation));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(p ? render::JourneyRenderer::stageColor(0) : QColor(0xd1, 0xd5, 0xdb));
        painter.drawPath(circle);
        painter.setPen(Qt::white);
        QFont f = font();
        f.setPixelSize(28);
        f.setBold(true);
        painter.setFont(f);
        const QString name = p ? qs(p->name).trimmed() : QString();
        painter.drawText(r, Qt::AlignCenter, name.isEmpty() ? QStringLiteral("?") : name.left(1));
    }
    painter.end();
    m_avatar->setPixmap(pix);
}

void PersonaPanel::commitPending()
{
    if (m_typing->isActive())
        commit();
}

void PersonaPanel::commit()
{
    m_typing->stop();
    if (m_loading || !m_editor.persona())
        return;
    Persona p = *m_editor.persona();
    p.name = m_name->text().trimmed().toStdString();
    if (m_avatarPath->text().isEmpty())
        p.avatar.clear();
    else if (p.avatar.rfind("data:", 0) != 0)
        p.avatar = m_avatarPath->text().toStdString();
    p.age = m_age->value() > 0 ? std::optional<int>(m_age->value()) : std::nullopt;
    p.occupation = m_occupation->text().trimmed().toStdString();
    p.income = m_income->text().trimmed().toStdString();
    p.channels.clear();
    // Chinese input methods type the full-width comma or the enumeration comma.
    static const QRegularExpression kSeparators(QStringLiteral("[,\uFF0C\u3001;\uFF1B]"));
    for (const QString& c : m_channels->text().split(kSeparators, Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            p.channels.push_back(c.trimmed().toStdString());
    p.behaviour = m_behaviour->toPlainText().trimmed().toStdString();
    p.needs = m_needs->toPlainText().trimmed().toStdString();
    p.painPoints = m_painPoints->toPlainText().trimmed().toStdString();
    p.goals = m_goals->toPlainText().trimmed().toStdString();
    p.motivations = m_motivations->toPlainText().trimmed().toStdString();
    p.quote = m_quote->toPlainText().trimmed().toStdString();
    try {
        m_editor.setPersona(p);
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
        reload();
    }
}

void PersonaPanel::chooseAvatar()
{
    if (!m_editor.persona())
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Persona picture"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
    if (file.isEmpty())
        return;
    QImage img(file);
    if (img.isNull()) {
        emit failed(tr("%1 is not a picture ValueDesk can read.").arg(file));
        return;
    }
    // Embedded as a small PNG so the map file carries it to other workspaces.
    img = img.scaled(256, 256, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    Persona p = *m_editor.persona();
    p.avatar = "data:image/png;base64," + bytes.toBase64().toStdString();
    try {
        m_editor.setPersona(p);
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

} // namespace vd::gui
