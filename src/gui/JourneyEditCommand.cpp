#include "JourneyEditCommand.h"

#include <QCoreApplication>

namespace vd::gui {

using namespace vd::journey;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("JourneyEditor", text);
}

} // namespace

JourneyEditCommand::JourneyEditCommand(JourneyEditor& editor, const QString& text)
    : QUndoCommand(text), m_editor(editor)
{
}

// --- stages -------------------------------------------------------------------------------------

InsertStageCommand::InsertStageCommand(JourneyEditor& editor, int index, Stage stage)
    : JourneyEditCommand(editor, tr("Add stage \"%1\"").arg(qs(stage.name))), m_index(index),
      m_stage(std::move(stage))
{
}

void InsertStageCommand::redo()
{
    journey::insertStage(map(), m_index, m_stage);
    done({m_index, -1});
}

void InsertStageCommand::undo()
{
    m_stage = journey::removeStage(map(), m_index);
    done({std::min(m_index, static_cast<int>(map().stages.size()) - 1), -1});
}

RemoveStageCommand::RemoveStageCommand(JourneyEditor& editor, int index)
    : JourneyEditCommand(
          editor, tr("Delete stage \"%1\"").arg(qs(stageAt(editor.map(), index).name))),
      m_index(index)
{
}

void RemoveStageCommand::redo()
{
    m_stage = journey::removeStage(map(), m_index);
    done({std::min(m_index, static_cast<int>(map().stages.size()) - 1), -1});
}

void RemoveStageCommand::undo()
{
    journey::insertStage(map(), m_index, m_stage);
    done({m_index, -1});
}

MoveStageCommand::MoveStageCommand(JourneyEditor& editor, int from, int to)
    : JourneyEditCommand(editor,
                         tr("Move stage \"%1\"").arg(qs(stageAt(editor.map(), from).name))),
      m_from(from), m_to(to)
{
}

void MoveStageCommand::redo()
{
    journey::moveStage(map(), m_from, m_to);
    done({m_to, -1});
}

void MoveStageCommand::undo()
{
    journey::moveStage(map(), m_to, m_from);
    done({m_from, -1});
}

SetStageCommand::SetStageCommand(JourneyEditor& editor, int index, std::string name,
                                 std::string description)
    : JourneyEditCommand(editor, tr("Edit stage \"%1\"").arg(qs(name))), m_index(index),
      m_name(std::move(name)), m_description(std::move(description)),
      m_oldName(stageAt(editor.map(), index).name),
      m_oldDescription(stageAt(editor.map(), index).description)
{
}

void SetStageCommand::apply(const std::string& name, const std::string& description)
{
    Stage& s = stageAt(map(), m_index);
    s.name = name;
    s.description = description;
    done({m_index, -1});
}

void SetStageCommand::redo()
{
    apply(m_name, m_description);
}

void SetStageCommand::undo()
{
    apply(m_oldName, m_oldDescription);
}

// --- touchpoints --------------------------------------------------------------------------------

InsertTouchpointCommand::InsertTouchpointCommand(JourneyEditor& editor, TouchpointRef at,
                                                 Touchpoint touchpoint)
    : JourneyEditCommand(editor, tr("Add touchpoint \"%1\"").arg(qs(touchpoint.name))), m_at(at),
      m_touchpoint(std::move(touchpoint))
{
}

void InsertTouchpointCommand::redo()
{
    journey::insertTouchpoint(map(), m_at, m_touchpoint);
    done({m_at.stage, m_at.index});
}

void InsertTouchpointCommand::undo()
{
    m_touchpoint = journey::removeTouchpoint(map(), m_at);
    const int left = static_cast<int>(stageAt(map(), m_at.stage).touchpoints.size());
    done({m_at.stage, left == 0 ? -1 : std::min(m_at.index, left - 1)});
}

RemoveTouchpointCommand::RemoveTouchpointCommand(JourneyEditor& editor, TouchpointRef at)
    : JourneyEditCommand(
          editor, tr("Delete touchpoint \"%1\"").arg(qs(touchpointAt(editor.map(), at).name))),
      m_at(at)
{
}

void RemoveTouchpointCommand::redo()
{
    m_touchpoint = journey::removeTouchpoint(map(), m_at);
    const int left = static_cast<int>(stageAt(map(), m_at.stage).touchpoints.size());
    done({m_at.stage, left == 0 ? -1 : std::min(m_at.index, left - 1)});
}

void RemoveTouchpointCommand::undo()
{
    journey::insertTouchpoint(map(), m_at, m_touchpoint);
    done({m_at.stage, m_at.index});
}

MoveTouchpointCommand::MoveTouchpointCommand(JourneyEditor& editor, TouchpointRef from,
                                             TouchpointRef to)
    : JourneyEditCommand(
          editor, tr("Move touchpoint \"%1\"").arg(qs(touchpointAt(editor.map(), from).name))),
      m_from(from), m_to(to)
{
}

void MoveTouchpointCommand::redo()
{
    journey::moveTouchpoint(map(), m_from, m_to);
    done({m_to.stage, m_to.index});
}

void MoveTouchpointCommand::undo()
{
    // moveTouchpoint counts the destination after removal, so the inverse is the swap.
    journey::moveTouchpoint(map(), m_to, m_from);
    done({m_from.stage, m_from.index});
}

SetTouchpointCommand::SetTouchpointCommand(JourneyEditor& editor, TouchpointRef at,
                                           Touchpoint touchpoint, JourneyEditor::Field field)
    : JourneyEditCommand(editor, field == JourneyEditor::Field::Whole
                                     ? tr("Edit touchpoint \"%1\"").arg(qs(touchpoint.name))
                                     : tr("Edit %1 of \"%2\"")
                                           .arg(JourneyEditor::fieldName(field),
                                                qs(touchpoint.name))),
      m_at(at), m_before(touchpointAt(editor.map(), at)), m_after(std::move(touchpoint)),
      m_field(field)
{
}

void SetTouchpointCommand::redo()
{
    touchpointAt(map(), m_at) = m_after;
    done({m_at.stage, m_at.index});
}

void SetTouchpointCommand::undo()
{
    touchpointAt(map(), m_at) = m_before;
    done({m_at.stage, m_at.index});
}

bool SetTouchpointCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const SetTouchpointCommand*>(other);
    if (!o || o->m_at != m_at || o->m_field != m_field || m_field == JourneyEditor::Field::Whole)
        return false;
    m_after = o->m_after;
    return true;
}

// --- map ----------------------------------------------------------------------------------------

SetMapInfoCommand::SetMapInfoCommand(JourneyEditor& editor, std::string name,
                                     std::string description, MapKind kind)
    : JourneyEditCommand(editor, tr("Edit map details")),
      m_before{editor.map().name, editor.map().description, editor.map().kind},
      m_after{std::move(name), std::move(description), kind}
{
}

void SetMapInfoCommand::apply(const Info& info)
{
    map().name = info.name;
    map().description = info.description;
    map().kind = info.kind;
    done({-1, -1});
}

void SetMapInfoCommand::redo()
{
    apply(m_after);
}

void SetMapInfoCommand::undo()
{
    apply(m_before);
}

SetPersonaCommand::SetPersonaCommand(JourneyEditor& editor, std::optional<Persona> persona)
    : JourneyEditCommand(editor, persona ? tr("Edit persona \"%1\"").arg(qs(persona->name))
                                         : tr("Remove the persona")),
      m_before(editor.persona()), m_after(std::move(persona))
{
}

void SetPersonaCommand::apply(const std::optional<Persona>& persona)
{
    m_editor.replacePersona(persona);
    done({-1, -1});
}

void SetPersonaCommand::redo()
{
    apply(m_after);
}

void SetPersonaCommand::undo()
{
    apply(m_before);
}

} // namespace vd::gui
