package org.tawsim.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tawsim.export.dataset.Fingerprint;

/**
 * What one partition did, sent back to the driver: the documents it wrote per split, the inputs
 * it rejected (in input order) and where its time went.
 *
 * @param partition the partition's index
 * @param inputs input records seen (text files and JSONL lines, rejected ones included)
 * @param splitOff documents beyond the first cut from one page (page mode articles)
 * @param written documents written, by split label
 * @param rejections inputs not written, with their reasons
 * @param annotateNanos time spent inside the pipeline
 * @param totalNanos time of the whole partition: reading, decoding, annotating, writing
 * @param annotateCpuNanos CPU time of the task's thread inside the pipeline
 * @param totalCpuNanos CPU time of the task's thread for the whole partition
 * @param fingerprints with duplicate detection, the fingerprint of each staged document, in order
 * @param ids with duplicate detection, the id of each staged document, in order
 */
record PartitionResult(
    int partition,
    long inputs,
    long splitOff,
    Map<String, Long> written,
    List<Rejection> rejections,
    long annotateNanos,
    long totalNanos,
    long annotateCpuNanos,
    long totalCpuNanos,
    List<Fingerprint> fingerprints,
    List<String> ids)
    implements Serializable {

  PartitionResult {
    written = Map.copyOf(written);
    rejections = List.copyOf(rejections);
    fingerprints = List.copyOf(fingerprints);
    ids = List.copyOf(ids);
  }
}
