#pragma once

class QComboBox;
class QTimeZone;

// The company's time zone chosen from the zones this PC knows, as the first-start setup and the
// settings offer it: one way. The current zone is always the one shown, also when the system
// names it in a way Qt's list does not ("Etc/UTC" on a Debian PC set to UTC): before, the box
// showed the first zone of the list (Africa/Abidjan) and saving the page chose it.
namespace TimeZoneBox {
void fill(QComboBox* box, const QTimeZone& current);
}
