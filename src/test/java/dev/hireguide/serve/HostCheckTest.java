package dev.hireguide.serve;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostCheckTest {

    private static HostCheck on(String address, int port) throws Exception {
        return new HostCheck(InetAddress.getByName(address), port);
    }

    @Test
    void acceptsLocalNamesAndTheBoundAddressWithThePort() throws Exception {
        HostCheck check = on("127.0.0.1", 1313);
        for (String host : List.of("127.0.0.1:1313", "localhost:1313", "LocalHost:1313", "[::1]:1313", " localhost:1313 ")) {
            assertTrue(check.allowsHost(host), host);
        }
        assertTrue(on("192.168.1.20", 1313).allowsHost("192.168.1.20:1313"));
        assertTrue(on("::1", 8080).allowsHost("[::1]:8080"));
        assertTrue(on("127.0.0.1", 80).allowsHost("localhost"), "port 80 may be left out");
    }

    @Test
    void refusesOtherNamesPortsAndMalformedHeaders() throws Exception {
        HostCheck check = on("127.0.0.1", 1313);
        for (String host : List.of("evil.example:1313", "evil.example", "localhost", "127.0.0.1", "localhost:1314",
                "127.0.0.1:1313x", "127.0.0.1.nip.io:1313", "localhost.:1313", "192.168.1.20:1313", "[::1",
                "[::1]x:1313", "0x7f000001:1313", "2130706433:1313", "", ":1313")) {
            assertFalse(check.allowsHost(host), host);
        }
        assertFalse(check.allowsHost(null));
    }

    @Test
    void onEveryInterfaceAcceptsAnyAddressButNoName() throws Exception {
        HostCheck check = on("0.0.0.0", 1313);
        assertTrue(check.allowsHost("192.168.1.20:1313"));
        assertTrue(check.allowsHost("localhost:1313"));
        assertFalse(check.allowsHost("my-laptop.local:1313"));
        assertFalse(check.allowsHost("rebind.evil.example:1313"));
    }

    @Test
    void acceptsOnlyItsOwnPagesAsOrigin() throws Exception {
        HostCheck check = on("127.0.0.1", 1313);
        assertTrue(check.allowsOrigin("http://127.0.0.1:1313"));
        assertTrue(check.allowsOrigin("http://localhost:1313"));
        for (String origin : List.of("http://evil.example", "https://127.0.0.1:1313", "null", "http://127.0.0.1:1313/x",
                "http://user@127.0.0.1:1313", "http://localhost:1314")) {
            assertFalse(check.allowsOrigin(origin), origin);
        }
    }
}
