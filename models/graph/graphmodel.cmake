# graph-model's sources (queries, builder, export, filter, service); included from CMakeLists.txt.
target_sources(meshscope_models PRIVATE
  graphvizlock.cpp graphvizlock.h
)
