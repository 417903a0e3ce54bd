#pragma once
// The kiosk's sizes: read from 2 m, touched with a finger, no mouse.

#include <QLabel>
#include <QPushButton>

namespace parkwatt::kiosk {

constexpr int kTouchPx = 64;    // every button and bay at least this (48 px is the floor)
constexpr int kKeyPx = 96;      // the keypad's keys
constexpr int kBodyPt = 18;     // running text
constexpr int kFigurePt = 28;   // key figures: at least 24 pt to read from 2 m
constexpr int kHeadlinePt = 72; // the one figure a page is about
constexpr int kTitlePt = 32;    // page titles

// A label in the kiosk's type: `pt` points, bold or not, centred unless told otherwise.
inline QLabel* label(int pt, bool bold, QWidget* parent, Qt::Alignment align = Qt::AlignCenter)
{
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSize(pt);
    f.setBold(bold);
    l->setFont(f);
    l->setAlignment(align);
    l->setWordWrap(true);
    return l;
}

// A button a finger hits: at least kTouchPx high, body-size text.
inline QPushButton* button(QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setMinimumHeight(kTouchPx);
    b->setMinimumWidth(kTouchPx * 2);
    QFont f = b->font();
    f.setPointSize(kBodyPt);
    b->setFont(f);
    return b;
}

} // namespace parkwatt::kiosk
