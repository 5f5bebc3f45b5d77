// The system libxml2 (Debian libxml2-dev): reading XLIFF safely, writing it, and validating it
// against the XLIFF 2.0 core schema.
//
// Debian builds libxml2 with ICU, and its encoding header then includes ICU's own headers;
// Foundation on Linux carries a newer ICU as a Clang module, and Clang refuses a Swift module
// that sees both (enum UErrorCode would be defined twice). kyr never converts encodings
// through ICU, so the ICU part is switched off before any other libxml2 header is read.
#ifndef KYR_CLIBXML2_SHIM_H
#define KYR_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

// xmlFree is a global function pointer in C; Swift 6 refuses it as shared mutable state.
static inline void kyr_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
