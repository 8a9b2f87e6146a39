#pragma once

#include "valuedesk/journey/JourneyModel.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace vd {
class Database;
}

namespace vd::gui {

class JourneyEditor;

// The persona the map is drawn for (the seeds' 客户画像): choose one of the workspace's
// personas, create one, or edit the one shown — name, avatar, age, occupation, income,
// behaviour, needs and pain points, goals and motivations, channels and a quote. Changes are
// undo steps of the map's editor; the page stores the persona (shared by every map that
// uses it) when they happen.
class PersonaPanel : public QWidget
{
    Q_OBJECT
public:
    PersonaPanel(JourneyEditor& editor, QWidget* parent = nullptr);

    // The workspace's personas for the chooser; the editor's persona is selected.
    void setPersonas(std::vector<journey::Persona> personas);
    void commitPending();

    QComboBox* chooser() const { return m_chooser; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* avatarLabel() const { return m_avatar; } // the picture, or initials in a circle

signals:
    // The user picked another persona (id) or none (0): the page loads it into the editor.
    void personaChosen(qint64 id);
    void newPersonaRequested();
    void failed(const QString& message);

private:
    void reload();
    void commit();
    void chooseAvatar();
    void updateAvatar();

    JourneyEditor& m_editor;
    std::vector<journey::Persona> m_personas;
    bool m_loading = false;
    QTimer* m_typing;

    QComboBox* m_chooser;
    QLabel* m_avatar;
    QLineEdit* m_name;
    QLineEdit* m_avatarPath;
    QSpinBox* m_age;
    QLineEdit* m_occupation;
    QLineEdit* m_income;
    QLineEdit* m_channels;
    QPlainTextEdit* m_behaviour;
    QPlainTextEdit* m_needs;
    QPlainTextEdit* m_painPoints;
    QPlainTextEdit* m_goals;
    QPlainTextEdit* m_motivations;
    QPlainTextEdit* m_quote;
    QWidget* m_fields;
};

} // namespace vd::gui
