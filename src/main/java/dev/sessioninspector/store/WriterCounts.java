package dev.sessioninspector.store;

/**
 * What a {@link RecordingWriter} has done so far, for a live counter.
 *
 * @param exchanges   exchanges committed
 * @param cookieEvents cookie events committed
 * @param markers     markers committed
 * @param storageSnapshots storage snapshots committed
 * @param pending     items handed over and not yet committed or failed
 * @param failed      items the store could not write (see {@link StoreListener#writeFailed})
 * @param dropped     items handed over after the writer was closed, and so not kept
 */
public record WriterCounts(long exchanges, long cookieEvents, long markers, long storageSnapshots, long pending,
                           long failed, long dropped) {
    public WriterCounts {
        if (exchanges < 0 || cookieEvents < 0 || markers < 0 || storageSnapshots < 0 || pending < 0 || failed < 0
                || dropped < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public long stored() {
        return exchanges + cookieEvents + markers + storageSnapshots;
    }
}
