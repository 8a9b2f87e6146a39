# Shared build settings and helpers for ValueDesk targets.

add_library(vd_warnings INTERFACE)
# -Wno-restrict: GCC 12 false positive inside std::string (GCC bug 105329).
target_compile_options(vd_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-restrict
  $<$<BOOL:${VD_WARNINGS_AS_ERRORS}>:-Werror>)

add_library(vd_sanitizers INTERFACE)
if(VD_ASAN)
  target_compile_options(vd_sanitizers INTERFACE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(vd_sanitizers INTERFACE -fsanitize=address)
endif()
if(VD_UBSAN)
  target_compile_options(vd_sanitizers INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
  target_link_options(vd_sanitizers INTERFACE -fsanitize=undefined)
endif()

# vd_core_module(NAME <name> [DEPS <module>...] [LIBS <lib>...])
# Builds src/core/<name>/*.cpp into the static library vd_<name>. Core modules may
# depend on other core modules, the standard library, SQLite, Eigen and spdlog: never Qt.
function(vd_core_module)
  cmake_parse_arguments(ARG "" "NAME" "DEPS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  add_library(vd_${ARG_NAME} STATIC ${sources})
  target_include_directories(vd_${ARG_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/include
                             PRIVATE ${PROJECT_SOURCE_DIR}/src/core)
  set(deps)
  foreach(dep IN LISTS ARG_DEPS)
    list(APPEND deps vd_${dep})
  endforeach()
  target_link_libraries(vd_${ARG_NAME} PUBLIC ${deps} ${ARG_LIBS} PRIVATE vd_warnings vd_sanitizers)
  set_property(GLOBAL APPEND PROPERTY VD_CORE_MODULES vd_${ARG_NAME})
endfunction()

# vd_add_gtest(<name> [OWN_MAIN] SOURCES <files> LIBS <libs>): one test executable registered
# with CTest. OWN_MAIN for tests that need a QApplication (they set QT_QPA_PLATFORM first).
function(vd_add_gtest name)
  cmake_parse_arguments(ARG "OWN_MAIN" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  if(NOT ARG_OWN_MAIN)
    target_link_libraries(${name} PRIVATE GTest::gtest_main)
  else()
    # GUI tests: QTest helpers and QAbstractItemModelTester.
    target_link_libraries(${name} PRIVATE Qt6::Test)
  endif()
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gmock vd_warnings vd_sanitizers)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests ${PROJECT_SOURCE_DIR}/src/core)
  target_compile_definitions(${name} PRIVATE
    VD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    VD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
