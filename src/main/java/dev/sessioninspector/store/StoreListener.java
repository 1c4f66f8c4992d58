package dev.sessioninspector.store;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.StorageSnapshot;

/**
 * Told what a {@link RecordingWriter} has committed, with the ids the store gave it: each row, then the whole
 * transaction as one {@link StoredBatch}. Called on the store's writer thread right after the commit: hand
 * work to another thread (the UI's FX runner) and return quickly; never write to the store synchronously
 * from here.
 */
public interface StoreListener {
    /** Everything one transaction committed for this recording, after the per-row calls. */
    default void batchCommitted(StoredBatch batch) {
    }

    default void exchangeStored(Exchange exchange) {
    }

    default void cookieEventStored(CookieEvent event) {
    }

    default void markerStored(Marker marker) {
    }

    default void storageStored(StorageSnapshot snapshot) {
    }

    /** Something could not be written; {@code what} names it (e.g. "exchange 12"). Nothing of it is in the file. */
    default void writeFailed(String what, StoreException error) {
    }
}
