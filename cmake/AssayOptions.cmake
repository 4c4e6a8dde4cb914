# One INTERFACE target carries the language standard, warnings and defines
# for every Assay target, so no target repeats them.
add_library(assay_options INTERFACE)
target_compile_features(assay_options INTERFACE cxx_std_17)
target_compile_options(assay_options INTERFACE -Wall -Wextra -pedantic)
target_compile_definitions(assay_options INTERFACE
  QT_NO_KEYWORDS                 # LibTorch uses `slots`; we write Q_SIGNALS/Q_SLOTS/Q_EMIT
  QT_USE_QSTRINGBUILDER
  ASSAY_VERSION="${PROJECT_VERSION}")

# Hardening build (installer/hardening.sh, CTest labels "sanitize" and
# "fuzz"): AddressSanitizer + UndefinedBehaviorSanitizer on every Assay
# target, any report fatal. ASSAY_FUZZ (clang only) adds libFuzzer's
# coverage instrumentation and builds fuzz/ as libFuzzer binaries.
option(ASSAY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (tcmalloc off)" OFF)
option(ASSAY_FUZZ "Build the fuzz targets with libFuzzer (needs clang; implies ASSAY_SANITIZE)" OFF)
if(ASSAY_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ASSAY_FUZZ needs clang (configure with -DCMAKE_CXX_COMPILER=clang++)")
  endif()
  set(ASSAY_SANITIZE ON CACHE BOOL "" FORCE)
  target_compile_options(assay_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(ASSAY_SANITIZE)
  target_compile_options(assay_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(assay_options INTERFACE -fsanitize=address,undefined)
endif()
# Builds every test labelled "sanitize" and every fuzz target, nothing else:
# the hardening build never compiles the LibTorch layers.
add_custom_target(assay_hardening)

# Collect the sources of one core area (a folder under core/) into a static
# library. Each area is its own library so that a half-finished area never
# breaks the build of the others; a target links the areas it uses.
# EXCLUDE names files (relative to the area folder) that another library builds.
function(assay_core_area name)
  cmake_parse_arguments(A "" "" "LIBS;EXCLUDE" ${ARGN})
  file(GLOB _src CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp)
  file(GLOB _hdr CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.h)
  foreach(_x ${A_EXCLUDE})
    list(REMOVE_ITEM _src ${CMAKE_CURRENT_SOURCE_DIR}/${name}/${_x})
  endforeach()
  set(_target assay_${name})
  if(_src)
    add_library(${_target} STATIC ${_src} ${_hdr})
    target_link_libraries(${_target} PUBLIC assay_options ${A_LIBS})
    target_include_directories(${_target} PUBLIC ${PROJECT_SOURCE_DIR}/core)
    set_target_properties(${_target} PROPERTIES AUTOMOC ON POSITION_INDEPENDENT_CODE ON)
  else()
    add_library(${_target} INTERFACE)
    target_link_libraries(${_target} INTERFACE assay_options ${A_LIBS})
    target_include_directories(${_target} INTERFACE ${PROJECT_SOURCE_DIR}/core)
  endif()
endfunction()

# ccache makes the many rebuilds of LibTorch-heavy files cheap when present
# (-DASSAY_CCACHE=OFF, or a path, overrides the search). The precompiled
# headers are force-included; ccache caches such compiles only with this
# sloppiness (ccache's manual, "Precompiled headers").
find_program(ASSAY_CCACHE ccache)
if(ASSAY_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros ${ASSAY_CCACHE})
endif()

# The programs that train and predict (GUI, assay-cli, bench_train) link
# tcmalloc: a LibTorch training step frees and allocates hundreds of
# tensors, and glibc's malloc spent ~12 % of the step in its own bookkeeping
# plus page faults and TLB shootdowns from returning memory to the system,
# with two shard threads contending for its arenas. tcmalloc's per-thread
# caches gave the tiny preset +10 % tokens/s on one thread and +15 % on two
# (bench/train/README.md). Linked into the executable, it serves every
# allocation, including those of the dlopened LibTorch module. Optional: the
# programs build and run with the system allocator when it is absent.
find_library(ASSAY_TCMALLOC NAMES tcmalloc_minimal libtcmalloc_minimal.so.4)
function(assay_use_fast_allocator target)
  # Under ASan the sanitizer's allocator must serve every allocation.
  if(ASSAY_TCMALLOC AND NOT ASSAY_SANITIZE)
    # --no-as-needed: nothing references tcmalloc by name; it must be loaded
    # anyway so that its malloc precedes glibc's.
    target_link_libraries(${target} PRIVATE -Wl,--push-state,--no-as-needed ${ASSAY_TCMALLOC} -Wl,--pop-state)
  endif()
endfunction()
if(NOT ASSAY_TCMALLOC)
  message(STATUS "tcmalloc not found (libtcmalloc-minimal4): training runs with glibc's malloc, ~10-15 % slower")
endif()
