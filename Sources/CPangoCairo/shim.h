// Pango (text layout and shaping, through HarfBuzz and fribidi) and Cairo (PDF output), as one
// Swift module, with fontconfig for the font configuration kyr lays text out with. SwiftPM reads
// the include and link flags from `pkg-config pangocairo`; pangoft2 and fontconfig are linked
// by the module map.
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <cairo.h>
#include <cairo-pdf.h>
