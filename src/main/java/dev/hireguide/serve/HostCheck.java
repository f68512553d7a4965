package dev.hireguide.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Accepts a request only when its Host header names this server: {@code localhost}, a loopback
 * address, or the address it is bound to, with its port. A web page on another site can make
 * the browser send requests to 127.0.0.1 under a name the attacker controls (DNS rebinding);
 * such requests carry that name, and are refused. When bound to every interface, any IP
 * address is accepted too, since an address cannot be rebound. Names are never looked up.
 */
final class HostCheck {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f.]*:[0-9a-f:.]*]");

    private final InetAddress bind;
    private final int port;

    HostCheck(InetAddress bind, int port) {
        this.bind = bind;
        this.port = port;
    }

    /** Whether a Host header ({@code 127.0.0.1:1313}) names this server. */
    boolean allowsHost(String header) {
        if (header == null) {
            return false;
        }
        String value = header.strip().toLowerCase(Locale.ROOT);
        String host;
        String portText;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = value.substring(0, close + 1);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            portText = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = value.lastIndexOf(':');
            host = colon < 0 ? value : value.substring(0, colon);
            portText = colon < 0 ? null : value.substring(colon + 1);
        }
        boolean portOk = portText == null ? port == 80 : portText.equals(String.valueOf(port));
        return portOk && allowsName(host);
    }

    /** Whether an Origin header ({@code http://127.0.0.1:1313}) is a page of this server. */
    boolean allowsOrigin(String origin) {
        if (origin == null || !origin.startsWith("http://")) {
            return false;
        }
        String authority = origin.substring("http://".length());
        return !authority.contains("/") && !authority.contains("@") && allowsHost(authority);
    }

    private boolean allowsName(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        Optional<InetAddress> address = literal(host);
        if (address.isEmpty()) {
            return false;
        }
        return address.get().isLoopbackAddress() || address.get().equals(bind) || bind.isAnyLocalAddress();
    }

    /** The address an IP literal names, without any lookup; empty for a name. */
    private static Optional<InetAddress> literal(String host) {
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
