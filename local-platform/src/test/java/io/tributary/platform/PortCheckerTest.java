package io.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckerTest {
    private static final String HOST = "127.0.0.1";

    @Test
    void aPortWithAListenerIsBusyAndNamedWithItsService() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            int free = freePort();
            List<PortUse> ports = List.of(new PortUse("Kafka broker", "local.kafka.port", free),
                new PortUse("HDFS NameNode", "local.hdfs.port", taken.getLocalPort()));

            assertThat(PortChecker.firstBusy(HOST, ports)).contains(ports.get(1));
            assertThat(PortChecker.isListening(HOST, taken.getLocalPort(), 200)).isTrue();
            assertThat(PortChecker.busyMessage(HOST, ports.get(1)))
                .contains("port " + taken.getLocalPort(), "HDFS NameNode", "local.hdfs.port")
                .doesNotContain("\n");
        }
    }

    @Test
    void freePortsAreNotBusy() throws Exception {
        int free = freePort();
        assertThat(PortChecker.isFree(HOST, free)).isTrue();
        assertThat(PortChecker.isListening(HOST, free, 200)).isFalse();
        assertThat(PortChecker.firstBusy(HOST, List.of(new PortUse("x", "k", free)))).isEmpty();
    }

    @Test
    void twoServicesOnOnePortAreFound() {
        List<PortUse> ports = List.of(new PortUse("a", "ka", 100), new PortUse("b", "kb", 200), new PortUse("c", "kc", 100));
        assertThat(PortChecker.firstDuplicate(ports)).contains(ports.get(2));
        assertThat(PortChecker.firstDuplicate(ports.subList(0, 2))).isEmpty();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return s.getLocalPort();
        }
    }
}
