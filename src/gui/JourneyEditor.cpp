#include "JourneyEditor.h"

#include "JourneyEditCommand.h"
#include "valuedesk/Error.h"

#include <QUndoStack>

namespace vd::gui {

using namespace vd::journey;

JourneyEditor::JourneyEditor(QObject* parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    qRegisterMetaType<vd::gui::JourneyFocus>();
}

void JourneyEditor::setDocument(JourneyMap map, std::optional<Persona> persona)
{
    m_stack->clear();
    m_map = std::move(map);
    m_persona = std::move(persona);
    m_hasMap = true;
    emit documentReplaced();
    emit personaChanged();
    emit changed({-1, -1});
}

void JourneyEditor::clear()
{
    m_stack->clear();
    m_map = {};
    m_persona.reset();
    m_hasMap = false;
    emit documentReplaced();
    emit personaChanged();
    emit changed({-1, -1});
}

void JourneyEditor::adoptStored(const JourneyMap& stored)
{
    if (contentOf(stored) != contentOf(m_map))
        throw Error("the stored journey map differs from the edited one");
    m_map = stored;
}

void JourneyEditor::adoptStoredPersona(const Persona& stored)
{
    m_persona = stored;
    m_map.personaId = stored.id;
}

void JourneyEditor::replacePersona(std::optional<Persona> persona)
{
    m_persona = std::move(persona);
    if (m_persona && m_persona->id != 0)
        m_map.personaId = m_persona->id;
    else if (!m_persona)
        m_map.personaId.reset();
    emit personaChanged();
}

void JourneyEditor::notifyEdited(JourneyFocus focus)
{
    emit changed(focus);
}

void JourneyEditor::push(QUndoCommand* command)
{
    if (!m_hasMap) {
        delete command;
        throw InputError("no journey map is open");
    }
    m_stack->push(command);
}

// Every edit is first tried on a copy: the core checks indices and values and throws
// vd::InputError, so a command on the stack can always be done and undone.

void JourneyEditor::insertStage(int index, Stage stage)
{
    JourneyMap trial = m_map;
    journey::insertStage(trial, index, stage);
    validate(trial);
    push(new InsertStageCommand(*this, index, std::move(stage)));
}

void JourneyEditor::removeStage(int index)
{
    JourneyMap trial = m_map;
    journey::removeStage(trial, index);
    push(new RemoveStageCommand(*this, index));
}

void JourneyEditor::moveStage(int from, int to)
{
    JourneyMap trial = m_map;
    journey::moveStage(trial, from, to);
    if (from == to)
        return;
    push(new MoveStageCommand(*this, from, to));
}

void JourneyEditor::setStage(int index, const QString& name, const QString& description)
{
    const Stage& s = stageAt(m_map, index);
    if (name.trimmed().isEmpty())
        throw InputError("a stage needs a name");
    if (s.name == name.toStdString() && s.description == description.toStdString())
        return;
    push(new SetStageCommand(*this, index, name.toStdString(), description.toStdString()));
}

void JourneyEditor::insertTouchpoint(TouchpointRef at, Touchpoint touchpoint)
{
    JourneyMap trial = m_map;
    journey::insertTouchpoint(trial, at, touchpoint);
    validate(trial);
    push(new InsertTouchpointCommand(*this, at, std::move(touchpoint)));
}

void JourneyEditor::removeTouchpoint(TouchpointRef at)
{
    JourneyMap trial = m_map;
    journey::removeTouchpoint(trial, at);
    push(new RemoveTouchpointCommand(*this, at));
}

void JourneyEditor::moveTouchpoint(TouchpointRef from, TouchpointRef to)
{
    JourneyMap trial = m_map;
    journey::moveTouchpoint(trial, from, to);
    if (from == to)
        return;
    push(new MoveTouchpointCommand(*this, from, to));
}

void JourneyEditor::setTouchpoint(TouchpointRef at, Touchpoint touchpoint, Field field)
{
    JourneyMap trial = m_map;
    if (touchpointAt(trial, at) == touchpoint)
        return;
    touchpointAt(trial, at) = touchpoint;
    validate(trial);
    push(new SetTouchpointCommand(*this, at, std::move(touchpoint), field));
}

void JourneyEditor::setMapInfo(const QString& name, const QString& description, MapKind kind)
{
    if (name.trimmed().isEmpty())
        throw InputError("a journey map needs a name");
    if (m_map.name == name.toStdString() && m_map.description == description.toStdString() &&
        m_map.kind == kind)
        return;
    push(new SetMapInfoCommand(*this, name.toStdString(), description.toStdString(), kind));
}

void JourneyEditor::setPersona(std::optional<Persona> persona)
{
    if (persona)
        validate(*persona);
    if (persona == m_persona)
        return;
    push(new SetPersonaCommand(*this, std::move(persona)));
}

QString JourneyEditor::fieldName(Field field)
{
    switch (field) {
    case Field::Whole:
        return tr("touchpoint");
    case Field::Name:
        return tr("name");
    case Field::Code:
        return tr("code");
    case Field::Channel:
        return tr("channel");
    case Field::Action:
        return tr("customer action");
    case Field::Thoughts:
        return tr("thoughts");
    case Field::Emotion:
        return tr("emotion");
    case Field::PainPoints:
        return tr("pain points");
    case Field::Backstage:
        return tr("backstage");
    case Field::Kpis:
        return tr("KPIs");
    case Field::Opportunities:
        return tr("opportunities");
    }
    return {};
}

} // namespace vd::gui
