#pragma once

#include <QUndoCommand>
#include <functional>
#include <string>

namespace vd::gui {

// One edit of a segmentation editor (the RFM grid, the rule builder) as the editor's state
// before and after, in its JSON form. Editors push one per change and never change their
// state behind the stack's back, so Ctrl+Z and Ctrl+Shift+Z always restore exactly what was
// there. The first redo() is skipped when the editor already shows the new state.
class SegmentEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const std::string& state)>;

    SegmentEditCommand(const QString& text, std::string before, std::string after, Apply apply,
                       bool alreadyApplied = true);

    void undo() override;
    void redo() override;

    const std::string& before() const { return m_before; }
    const std::string& after() const { return m_after; }

private:
    std::string m_before;
    std::string m_after;
    Apply m_apply;
    bool m_skipRedo;
};

} // namespace vd::gui
