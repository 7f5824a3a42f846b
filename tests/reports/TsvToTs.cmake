# Turns zh_CN_strings.tsv (context, source, translation; "\n" for a line break) into a Qt
# Linguist .ts file, so the tests can print Chinese documents before the strings reach
# translations/. Usage: cmake -DTSV=in.tsv -DTS=out.ts -P TsvToTs.cmake
file(STRINGS "${TSV}" lines ENCODING UTF-8)
set(out "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"zh_CN\">\n")
list(POP_FRONT lines) # the header
foreach(line IN LISTS lines)
    string(REPLACE "&" "&amp;" line "${line}")
    string(REPLACE "<" "&lt;" line "${line}")
    string(REPLACE ">" "&gt;" line "${line}")
    string(REPLACE "\\n" "\n" line "${line}")
    string(REPLACE "\t" ";" fields "${line}")
    list(GET fields 0 context)
    list(GET fields 1 source)
    list(GET fields 2 translation)
    string(APPEND out "<context><name>${context}</name><message><source>${source}</source>"
                      "<translation>${translation}</translation></message></context>\n")
endforeach()
string(APPEND out "</TS>\n")
file(WRITE "${TS}" "${out}")
