#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

// The five answers of a Kano question pair. Both the functional question ("how do you feel if
// the feature is there?") and the dysfunctional one ("... if it is not?") take the same five
// answers (Kano et al. 1984; Berger et al. 1993). The numeric codes are the ones stored in
// kano_answers.functional / .dysfunctional.
namespace vd::kano {

enum class Answer : int { Like = 1, MustBe = 2, Neutral = 3, LiveWith = 4, Dislike = 5 };
inline constexpr std::array<Answer, 5> kAnswers{Answer::Like, Answer::MustBe, Answer::Neutral,
                                                Answer::LiveWith, Answer::Dislike};

// 1..5 -> the answer; nullopt for any other number.
std::optional<Answer> answerFromCode(std::int64_t code);
inline int codeOf(Answer answer)
{
    return static_cast<int>(answer);
}
// 0-based position in kAnswers, for 5x5 grids.
inline std::size_t indexOf(Answer answer)
{
    return static_cast<std::size_t>(codeOf(answer) - 1);
}

std::string_view code(Answer answer);        // "like", "must_be", "neutral", "live_with", ...
std::string_view displayName(Answer answer); // "Like", "Must-be", "Neutral", "Live-with", ...

// The canonical reader of a Kano answer as people and survey tools write it: the codes 1-5,
// English words ("like", "I like it that way", "must-be", "expect", "I expect it", "neutral",
// "indifferent", "live with", "tolerate", "I can live with it", "dislike", ...) and Chinese
// ones (喜欢, 理应如此 / 必须这样 / 应该的, 无所谓, 能忍受 / 可以忍受, 不喜欢 and close
// variants, simplified or traditional). Leading and trailing white space (ASCII, no-break and
// ideographic) is ignored, English is case-insensitive and indifferent to spaces, hyphens,
// underscores, apostrophes and final punctuation. A leading code followed by the words
// ("1 - I like it", "2.理应如此") is accepted when both agree. Returns nullopt for anything
// else, so a caller can report the cell rather than guess.
std::optional<Answer> parseAnswer(std::string_view text);

} // namespace vd::kano
