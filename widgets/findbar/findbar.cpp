#include "findbar.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace hashiya {

namespace {

QToolButton *makeToolButton(QWidget *parent, const QString &objectName, const QString &themeIcon,
                            QStyle::StandardPixmap fallback)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setIcon(QIcon::fromTheme(themeIcon, parent->style()->standardIcon(fallback)));
    return button;
}

bool isEnter(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(u"findQuery"_s);
    m_query->setClearButtonEnabled(true);
    m_query->setMinimumWidth(m_query->fontMetrics().averageCharWidth() * 24);
    m_query->installEventFilter(this);
    setFocusProxy(m_query);

    m_previous = makeToolButton(this, u"findPrevious"_s, u"go-up"_s, QStyle::SP_ArrowUp);
    m_next = makeToolButton(this, u"findNext"_s, u"go-down"_s, QStyle::SP_ArrowDown);
    m_exactMarks = new QCheckBox(this);
    m_exactMarks->setObjectName(u"findExactMarks"_s);
    m_wholeWords = new QCheckBox(this);
    m_wholeWords->setObjectName(u"findWholeWords"_s);
    m_result = new QLabel(this);
    m_result->setObjectName(u"findResult"_s);
    m_result->setTextInteractionFlags(Qt::NoTextInteraction);
    m_close = makeToolButton(this, u"findClose"_s, u"window-close"_s, QStyle::SP_TitleBarCloseButton);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    layout->addWidget(m_query);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_exactMarks);
    layout->addWidget(m_wholeWords);
    layout->addSpacing(6);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_close);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FindBar::flushQuery);
    connect(m_query, &QLineEdit::textChanged, this, &FindBar::onTextChanged);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeRequested);
    const auto reportOptions = [this] {
        Q_EMIT optionsChanged(exactMarksAndHamza(), wholeWords());
    };
    connect(m_exactMarks, &QCheckBox::toggled, this, reportOptions);
    connect(m_wholeWords, &QCheckBox::toggled, this, reportOptions);

    retranslate();
    updateResultLabel();
}

FindBar::~FindBar() = default;

QString FindBar::query() const
{
    return m_query->text();
}

void FindBar::setQuery(const QString &query)
{
    m_query->setText(query);
    flushQuery();
}

void FindBar::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void FindBar::setResult(int current, int total)
{
    m_total = qMax(0, total);
    m_current = current >= 0 && current < m_total ? current : -1;
    updateResultLabel();
}

QString FindBar::resultText() const
{
    return m_result->text();
}

bool FindBar::exactMarksAndHamza() const
{
    return m_exactMarks->isChecked();
}

bool FindBar::wholeWords() const
{
    return m_wholeWords->isChecked();
}

void FindBar::setOptions(bool exactMarksAndHamza, bool wholeWords)
{
    const QSignalBlocker blockExact(m_exactMarks);
    const QSignalBlocker blockWhole(m_wholeWords);
    m_exactMarks->setChecked(exactMarksAndHamza);
    m_wholeWords->setChecked(wholeWords);
}

bool FindBar::event(QEvent *event)
{
    // Escape belongs to the bar while it has focus, even if the window has an Escape shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

KeyBindings FindBar::keyBindings()
{
    // Keep in step with eventFilter() and keyPressEvent() below.
    constexpr const char *context = "hashiya::FindBar";
    return {
        {QKeySequence(Qt::Key_Return), context, QT_TRANSLATE_NOOP("hashiya::FindBar", "Next match")},
        {QKeySequence(Qt::SHIFT | Qt::Key_Return), context,
         QT_TRANSLATE_NOOP("hashiya::FindBar", "Previous match")},
        {QKeySequence(Qt::Key_Escape), context,
         QT_TRANSLATE_NOOP("hashiya::FindBar", "Close the find bar and return to the article")},
    };
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (isEnter(key) && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
            step(modifiers == Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape && modifiers == Qt::NoModifier) {
            Q_EMIT closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // Keys the buttons and check boxes pass on.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_Escape && modifiers == Qt::NoModifier) {
        Q_EMIT closeRequested();
        return;
    }
    if (isEnter(event) && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        step(modifiers == Qt::ShiftModifier);
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        updateResultLabel();
}

void FindBar::retranslate()
{
    m_query->setPlaceholderText(tr("Find in article"));
    m_query->setAccessibleName(tr("Find in article"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_exactMarks->setText(tr("Exact marks"));
    m_exactMarks->setToolTip(tr("Match vowel marks and hamza exactly"));
    m_exactMarks->setAccessibleName(tr("Match vowel marks and hamza exactly"));
    m_wholeWords->setText(tr("Whole words"));
    m_wholeWords->setToolTip(tr("Match whole words only"));
    m_wholeWords->setAccessibleName(tr("Whole words"));
    m_result->setAccessibleName(tr("Find result"));
    // Room for the longest usual result, so the controls do not shift while the reader types.
    const QFontMetrics metrics = m_result->fontMetrics();
    m_result->setMinimumWidth(qMax(metrics.horizontalAdvance(tr("%1 of %2").arg(8888).arg(8888)),
                                   metrics.horizontalAdvance(tr("No matches")))
                              + metrics.averageCharWidth());
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close the find bar"));
}

void FindBar::updateResultLabel()
{
    QString text;
    bool warn = false;
    if (!m_query->text().isEmpty()) {
        if (m_total == 0) {
            text = tr("No matches");
            warn = true;
        } else if (m_current < 0) {
            // English needs no plural file this way; translators still get every plural form of theirs.
            text = m_total == 1 ? tr("1 match") : tr("%n matches", nullptr, m_total);
        } else {
            //: The current find match and how many there are: "3 of 17".
            text = tr("%1 of %2").arg(m_current + 1).arg(m_total);
        }
    }
    m_result->setText(text);
    QPalette labelPalette = palette();
    if (warn) {
        // A red that keeps its contrast on light and on dark backgrounds.
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        labelPalette.setColor(QPalette::WindowText, dark ? QColor(255, 128, 112) : QColor(198, 40, 40));
    }
    m_result->setPalette(labelPalette);
}

void FindBar::onTextChanged(const QString &text)
{
    // The field reads in the direction of what is typed; empty, it follows the bar.
    if (text.isEmpty())
        m_query->unsetLayoutDirection();
    else
        m_query->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (text.isEmpty())
        updateResultLabel(); // an empty query shows no result, at once
    m_debounce.start();
}

bool FindBar::flushQuery()
{
    m_debounce.stop();
    const QString text = m_query->text();
    if (text == m_reportedQuery)
        return false;
    m_reportedQuery = text;
    Q_EMIT queryChanged(text);
    return true;
}

void FindBar::step(bool backwards)
{
    if (m_debounce.isActive() && flushQuery())
        return;
    if (backwards)
        Q_EMIT previousRequested();
    else
        Q_EMIT nextRequested();
}

} // namespace hashiya
