#include "Page.h"

#include <algorithm>

namespace vd::gui {

Page::Page(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session) {}

void Page::ensureFresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    reload();
}

namespace {
std::vector<PageInfo>& registry()
{
    static std::vector<PageInfo> pages;
    return pages;
}
} // namespace

void PageRegistry::add(PageInfo info) { registry().push_back(std::move(info)); }

std::vector<PageInfo> PageRegistry::all()
{
    auto pages = registry();
    std::stable_sort(pages.begin(), pages.end(),
                     [](const PageInfo& a, const PageInfo& b) { return a.order < b.order; });
    return pages;
}

} // namespace vd::gui
