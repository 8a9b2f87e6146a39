#pragma once

#include "valuedesk/journey/JourneyModel.h"

#include <QObject>
#include <QString>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace vd::gui {

// Where an edit happened, so the canvas can select it after a do or an undo. stage -1 = the
// map itself; touchpoint -1 = the stage header.
struct JourneyFocus
{
    int stage = -1;
    int touchpoint = -1;
};

// The map being edited with its persona and the undo stack that records every change. The
// canvas, the detail panel and the persona panel only read it and call its edit functions;
// each edit is tried on a copy first (a bad index throws vd::InputError and nothing is
// pushed), then becomes one QUndoCommand, so undo/redo always lead back to exactly the same
// map. The page listens to changed() to store the map in the workspace.
class JourneyEditor : public QObject
{
    Q_OBJECT
public:
    // What a touchpoint edit changed: consecutive edits of the same field of the same
    // touchpoint merge into one undo step (typing a sentence is one step, not forty).
    enum class Field { Whole, Name, Code, Channel, Action, Thoughts, Emotion, PainPoints,
                       Backstage, Kpis, Opportunities };

    explicit JourneyEditor(QObject* parent = nullptr);

    // Starts editing another map: clears the undo history.
    void setDocument(journey::JourneyMap map, std::optional<journey::Persona> persona);
    void clear();
    bool hasMap() const { return m_hasMap; }
    const journey::JourneyMap& map() const { return m_map; }
    const std::optional<journey::Persona>& persona() const { return m_persona; }
    journey::JourneyDocument document() const { return {m_map, m_persona}; }
    QUndoStack* undoStack() const { return m_stack; }

    // After the workspace stored the map: takes over the ids and timestamps it assigned.
    // The content must be the same (it is not an edit and does not touch the history).
    void adoptStored(const journey::JourneyMap& stored);
    void adoptStoredPersona(const journey::Persona& stored);

    // --- edits (each one undo step; throw vd::InputError for a bad index or value) ---------
    void insertStage(int index, journey::Stage stage);
    void removeStage(int index);
    void moveStage(int from, int to);
    void setStage(int index, const QString& name, const QString& description);
    void insertTouchpoint(journey::TouchpointRef at, journey::Touchpoint touchpoint);
    void removeTouchpoint(journey::TouchpointRef at);
    void moveTouchpoint(journey::TouchpointRef from, journey::TouchpointRef to);
    void setTouchpoint(journey::TouchpointRef at, journey::Touchpoint touchpoint,
                       Field field = Field::Whole);
    void setMapInfo(const QString& name, const QString& description, journey::MapKind kind);
    // The persona drawn on the map (nullopt: none); its content is edited here too.
    void setPersona(std::optional<journey::Persona> persona);

    // Used by the undo commands only.
    journey::JourneyMap& mutableMap() { return m_map; }
    void replacePersona(std::optional<journey::Persona> persona);
    void notifyEdited(JourneyFocus focus);

    static QString fieldName(Field field);

signals:
    // After every do, undo and redo, and after setDocument(); focus says where.
    void changed(vd::gui::JourneyFocus focus);
    void personaChanged();
    void documentReplaced();

private:
    void push(QUndoCommand* command);

    journey::JourneyMap m_map;
    std::optional<journey::Persona> m_persona;
    QUndoStack* m_stack;
    bool m_hasMap = false;
};

} // namespace vd::gui

Q_DECLARE_METATYPE(vd::gui::JourneyFocus)
