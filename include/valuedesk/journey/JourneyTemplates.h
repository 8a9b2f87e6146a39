#pragma once

#include "valuedesk/journey/JourneyModel.h"

// Starting points for a new map, so a workshop does not begin from a blank sheet: the seeds'
// five-stage retail journey (awareness -> consideration -> purchase -> use -> loyalty, seed
// 004 "客户旅程的关键阶段和触点", with the guiding questions of seed 000's classroom exercise)
// and an empty map.
namespace vd::journey {

enum class TemplateKind {
    Empty,  // no stages: the group draws its own
    Retail, // five stages with typical touchpoints from the seeds, emotions neutral
};

enum class TemplateLanguage { English, Chinese };

// The template as an unsaved map (all ids 0). Names, descriptions and touchpoints are in the
// chosen language; touchpoint codes are the same in both so KPIs link either way.
JourneyMap makeTemplate(TemplateKind kind, TemplateLanguage language = TemplateLanguage::English);

} // namespace vd::journey
