// Pango (text layout and shaping, through HarfBuzz and fribidi) and Cairo (PDF output), as one
// Swift module. SwiftPM reads the include and link flags from `pkg-config pangocairo`.
#include <pango/pangocairo.h>
#include <cairo.h>
#include <cairo-pdf.h>
