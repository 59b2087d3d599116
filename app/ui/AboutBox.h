#pragma once

class QWidget;

namespace claimscope::ui {

// Version, purpose, and the licences of the libraries Claimscope is built on.
void showAboutBox(QWidget *parent);

} // namespace claimscope::ui
