#pragma once

#include "JourneyEditor.h"
#include "valuedesk/journey/JourneyModel.h"

#include <QUndoCommand>
#include <optional>

namespace vd::gui {

// The undo steps of the journey editor. Each command does its change with the core's
// editing operations (JourneyModel.h), whose index checks the editor has already passed on
// a copy, and undoes it with the inverse operation, so a do/undo pair restores the map
// exactly. The base class reports the place of the change to the editor.
class JourneyEditCommand : public QUndoCommand
{
public:
    JourneyEditCommand(JourneyEditor& editor, const QString& text);

protected:
    journey::JourneyMap& map() { return m_editor.mutableMap(); }
    void done(JourneyFocus focus) { m_editor.notifyEdited(focus); }
    JourneyEditor& m_editor;
};

class InsertStageCommand : public JourneyEditCommand
{
public:
    InsertStageCommand(JourneyEditor& editor, int index, journey::Stage stage);
    void redo() override;
    void undo() override;

private:
    int m_index;
    journey::Stage m_stage;
};

class RemoveStageCommand : public JourneyEditCommand
{
public:
    RemoveStageCommand(JourneyEditor& editor, int index);
    void redo() override;
    void undo() override;

private:
    int m_index;
    journey::Stage m_stage;
};

class MoveStageCommand : public JourneyEditCommand
{
public:
    MoveStageCommand(JourneyEditor& editor, int from, int to);
    void redo() override;
    void undo() override;

private:
    int m_from;
    int m_to;
};

// Name and description of a stage (its touchpoints are left alone).
class SetStageCommand : public JourneyEditCommand
{
public:
    SetStageCommand(JourneyEditor& editor, int index, std::string name, std::string description);
    void redo() override;
    void undo() override;

private:
    void apply(const std::string& name, const std::string& description);
    int m_index;
    std::string m_name, m_description, m_oldName, m_oldDescription;
};

class InsertTouchpointCommand : public JourneyEditCommand
{
public:
    InsertTouchpointCommand(JourneyEditor& editor, journey::TouchpointRef at,
                            journey::Touchpoint touchpoint);
    void redo() override;
    void undo() override;

private:
    journey::TouchpointRef m_at;
    journey::Touchpoint m_touchpoint;
};

class RemoveTouchpointCommand : public JourneyEditCommand
{
public:
    RemoveTouchpointCommand(JourneyEditor& editor, journey::TouchpointRef at);
    void redo() override;
    void undo() override;

private:
    journey::TouchpointRef m_at;
    journey::Touchpoint m_touchpoint;
};

class MoveTouchpointCommand : public JourneyEditCommand
{
public:
    MoveTouchpointCommand(JourneyEditor& editor, journey::TouchpointRef from,
                          journey::TouchpointRef to);
    void redo() override;
    void undo() override;

private:
    journey::TouchpointRef m_from;
    journey::TouchpointRef m_to;
};

// Replaces a touchpoint's content; consecutive edits of one field of one touchpoint merge.
class SetTouchpointCommand : public JourneyEditCommand
{
public:
    SetTouchpointCommand(JourneyEditor& editor, journey::TouchpointRef at,
                         journey::Touchpoint touchpoint, JourneyEditor::Field field);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    journey::TouchpointRef m_at;
    journey::Touchpoint m_before;
    journey::Touchpoint m_after;
    JourneyEditor::Field m_field;
};

class SetMapInfoCommand : public JourneyEditCommand
{
public:
    SetMapInfoCommand(JourneyEditor& editor, std::string name, std::string description,
                      journey::MapKind kind);
    void redo() override;
    void undo() override;

private:
    struct Info
    {
        std::string name, description;
        journey::MapKind kind;
    };
    void apply(const Info& info);
    Info m_before, m_after;
};

// The persona drawn on the map: which one (personaId) and its content.
class SetPersonaCommand : public JourneyEditCommand
{
public:
    SetPersonaCommand(JourneyEditor& editor, std::optional<journey::Persona> persona);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<journey::Persona>& persona);
    std::optional<journey::Persona> m_before, m_after;
};

} // namespace vd::gui
