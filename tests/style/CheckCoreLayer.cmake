# The core is the product without a screen: no widget header may appear in it.
include(${CMAKE_CURRENT_LIST_DIR}/RefuseMatches.cmake)
ql_refuse_matches(
    MESSAGE "The core includes a widget header"
    REGEX "#[ \t]*include[ \t]*<(QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QPrintDialog|QPrintPreviewDialog)"
    GLOBS ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h)
