# make_embed_page.cmake: writes embed.html, the page for iframes, from index.html.
#
#   cmake -DINPUT=web/index.html -DOUTPUT=build/web/embed.html -P make_embed_page.cmake
#
# The two pages differ only in <body data-embed="1">, which tells main.js to show the compact
# view and talk to the parent page; one source keeps them from drifting apart.
file(READ ${INPUT} page)
string(REPLACE "<body>" "<body data-embed=\"1\">" embed "${page}")
if(embed STREQUAL page)
    message(FATAL_ERROR "make_embed_page: no <body> in ${INPUT}")
endif()
file(WRITE ${OUTPUT} "${embed}")
