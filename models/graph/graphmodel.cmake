# graph-model's sources (queries, builder, export, filter, service); included from CMakeLists.txt.
target_sources(meshscope_models PRIVATE
  graphvizlock.cpp graphvizlock.h
  graphoptions.h graphqueries.cpp graphqueries.h
  graphhealth.cpp graphhealth.h
  graphinventory.cpp graphinventory.h graphinventorysource.cpp graphinventorysource.h
  graphbuilder.cpp graphbuilder.h graphappenders_p.h graphtrafficmap_p.h graphtrafficmap.cpp
  graphtelemetry.cpp graphinventoryappenders.cpp graphserviceentries.cpp graphfinalizers.cpp
  graphexport.cpp graphexport.h
  graphfilter.cpp graphfilter.h
  graphpromquery.cpp graphpromquery.h graphservice.cpp graphservice.h
  graphseries.cpp graphseries.h
  graphdisplay.h graphnodeextras.h
  refresh/graphpagequery.cpp refresh/graphpagequery.h refresh/graphrefresh.cpp refresh/graphrefresh.h
)
