# The core is the product without a screen: no widget header may appear in it.
file(GLOB_RECURSE files ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h)
foreach(f ${files})
    file(STRINGS ${f} hits REGEX "#[ \t]*include[ \t]*<(QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QPrintDialog|QPrintPreviewDialog)")
    if(hits)
        message(FATAL_ERROR "${f} includes a widget header: ${hits}")
    endif()
endforeach()
