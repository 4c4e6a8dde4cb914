#pragma once
// When annotators disagree on a sample, in one place for the statistics,
// the dataset filters and the table's flag.

namespace assay::data::detail {

// The ids of samples whose annotators disagree: each annotator counts with
// their latest label only (someone who changed their mind does not disagree
// with themselves), and the latest labels of two or more annotators differ.
// An imported label is its file's annotator's, so a person relabelling an
// import disagrees with the file, not with themselves. SQLite takes `label`
// from the row with max(id) in each group.
inline constexpr const char* kDisagreeingSampleIds =
    "SELECT sample_id FROM (SELECT sample_id, label, max(id) FROM annotations GROUP BY sample_id, annotator) "
    "GROUP BY sample_id HAVING count(DISTINCT label) > 1";

}  // namespace assay::data::detail
