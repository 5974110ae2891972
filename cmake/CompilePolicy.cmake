# One place for compile policy: every target links meshscope_policy, tests included.
add_library(meshscope_policy INTERFACE)
target_compile_features(meshscope_policy INTERFACE cxx_std_20)
target_compile_options(meshscope_policy INTERFACE -Wall -Wextra -Wpedantic -Werror)
target_compile_definitions(meshscope_policy INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060000
  MESHSCOPE_VERSION="${PROJECT_VERSION}")

# lld links the hundred-odd test executables several times faster than ld.bfd (CI has two cores); ld.bfd otherwise.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" MESHSCOPE_HAVE_LLD)
if(MESHSCOPE_HAVE_LLD)
  target_link_options(meshscope_policy INTERFACE -fuse-ld=lld)
endif()

if(MESHSCOPE_SANITIZE)
  target_compile_options(meshscope_policy INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
  target_link_options(meshscope_policy INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (scripts/fuzz.sh): everything linked into a fuzz target is instrumented for libFuzzer's coverage and
# checked by AddressSanitizer and UndefinedBehaviorSanitizer; any finding stops the run.
if(MESHSCOPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "MESHSCOPE_FUZZ needs clang (cmake --preset fuzz)")
  endif()
  target_compile_options(meshscope_policy INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                    -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(meshscope_policy INTERFACE -fsanitize=address,undefined)
endif()
