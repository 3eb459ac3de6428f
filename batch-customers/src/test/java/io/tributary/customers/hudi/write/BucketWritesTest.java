package io.tributary.customers.hudi.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hudi.client.WriteStatus;
import org.junit.jupiter.api.Test;

class BucketWritesTest {
    private static Iterator<List<WriteStatus>> statuses(String fileId) {
        WriteStatus s = new WriteStatus();
        s.setFileId(fileId);
        return List.of(List.of(s)).iterator();
    }

    @Test
    void bucketsAreWrittenAtTheSameTimeAndReturnedInQueueOrder() {
        BucketWrites buckets = new BucketWrites(2);
        CountDownLatch bothStarted = new CountDownLatch(2);
        for (String id : List.of("a", "b")) {
            buckets.queue(() -> {
                bothStarted.countDown();
                try {
                    // Only returns when the other bucket is being written too.
                    assertThat(bothStarted.await(10, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return statuses(id);
            });
        }
        buckets.queue(() -> statuses("c"));

        List<WriteStatus> out = buckets.writeAll();

        assertThat(out).extracting(WriteStatus::getFileId).containsExactly("a", "b", "c");
        assertThat(buckets.written()).isEqualTo(3);
        buckets.requireAllWritten();
    }

    @Test
    void aFailedBucketFailsTheWrite() {
        BucketWrites buckets = new BucketWrites(2);
        buckets.queue(() -> statuses("a"));
        buckets.queue(() -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(buckets::writeAll).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void bucketsNeverWrittenAreRefusedBeforeTheCommit() {
        BucketWrites buckets = new BucketWrites(2);
        buckets.queue(() -> statuses("a"));
        assertThatThrownBy(buckets::requireAllWritten).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("1 buckets");
    }

    @Test
    void oneThreadWritesInOrderOnTheCallingThread() {
        BucketWrites buckets = new BucketWrites(1);
        Thread caller = Thread.currentThread();
        buckets.queue(() -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            return statuses("a");
        });
        assertThat(buckets.writeAll()).extracting(WriteStatus::getFileId).containsExactly("a");
    }
}
