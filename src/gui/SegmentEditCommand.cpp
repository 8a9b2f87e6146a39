#include "SegmentEditCommand.h"

namespace vd::gui {

SegmentEditCommand::SegmentEditCommand(const QString& text, std::string before, std::string after,
                                       Apply apply, bool alreadyApplied)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_apply(std::move(apply)), m_skipRedo(alreadyApplied)
{
}

void SegmentEditCommand::undo()
{
    m_apply(m_before);
}

void SegmentEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_apply(m_after);
}

} // namespace vd::gui
