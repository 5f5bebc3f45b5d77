// libqrencode: QR codes for the address of a guide's page (Debian libqrencode-dev).
#include <qrencode.h>
