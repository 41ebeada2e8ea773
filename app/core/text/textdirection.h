#pragma once

#include <QStringView>
#include <Qt>

namespace hashiya {

/**
 * The direction of the text's first strong character (Unicode bidi rules P2–P3, by ICU); `fallback` when it
 * has none (digits, punctuation, spaces only). Pass Qt::LayoutDirectionAuto as fallback to learn that it has
 * none.
 */
Qt::LayoutDirection firstStrongDirection(QStringView text, Qt::LayoutDirection fallback);

/** The direction most strong characters of the text have; ties go to the first strong one, none to
 * `fallback`. */
Qt::LayoutDirection majorityDirection(QStringView text, Qt::LayoutDirection fallback);

} // namespace hashiya
