#pragma once
// The commissioning wizard's F1 and Help button (the installer's guide at the page's topic) and its
// Language button (the same menu as the control room's). Added from outside, so the wizard's pages
// stay about commissioning.

namespace parkwatt {

class CommissioningWizard;
class Languages;

// `languages` may be null (no Language button); it must outlive the wizard.
void addHelpAndLanguages(CommissioningWizard& wizard, Languages* languages);

} // namespace parkwatt
