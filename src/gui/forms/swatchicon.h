#pragma once

#include <QIcon>

class QString;

namespace Concord {

/// A small round dot in `color` (an option's swatch colour, §8.2), `extent` pixels across, with
/// a darker rim so that light colours stay visible on light themes and dark ones on dark themes.
/// A null icon when `color` is empty or not a colour, so an option without one shows no dot.
[[nodiscard]] QIcon swatchDotIcon(const QString &color, int extent);

} // namespace Concord
