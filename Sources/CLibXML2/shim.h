#ifndef APICONFORM_CLIBXML2_SHIM_H
#define APICONFORM_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its headers pull in the system ICU, which clashes with
// Foundation's own ICU in any module that imports both. xmlversion.h first, then switch ICU off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#endif
