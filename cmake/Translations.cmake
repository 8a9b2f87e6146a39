# Qt Linguist translations. Each part of the GUI keeps its own pair of files,
# resources/translations/<part>_zh_CN.ts and <part>_zh_TW.ts, so engineers never edit the
# same file; every .ts is compiled to a .qm and embedded under :/i18n, where
# vd::gui::setupApplication() installs all files of the chosen language.
file(GLOB vd_ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/translations/*.ts)
if(vd_ts_files)
    qt_add_translations(valuedesk_gui TS_FILES ${vd_ts_files} RESOURCE_PREFIX /i18n
                        LRELEASE_OPTIONS -silent)
endif()
