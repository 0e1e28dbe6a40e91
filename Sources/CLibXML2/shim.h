// Debian's libxml2 is built with ICU; its ICU declarations clash with the ICU that
// Swift's Foundation vendors. Read the version header first, switch ICU off, then
// pull in only what the HTML loader uses. GBK and Big5 still decode through iconv.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>
