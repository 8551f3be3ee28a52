package app.hearth.calendarsync;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps calendar requests off the server's own network (SSRF): an address must be https and every address its host
 * resolves to must be public. Hosts the operator names in HEARTH_CALENDAR_ALLOWED_PRIVATE_HOSTS are exempt (and may
 * use http), for a CalDAV server on the practice's own network. Checked before every request and every redirect.
 */
final class AddressGuard {

    /** How a host name becomes addresses; the DNS in production, a fixed answer in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A refused address, with a reason that names no part of the address itself. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    private final Set<String> allowed;
    private final Resolver resolver;

    AddressGuard(Collection<String> allowedPrivateHosts, Resolver resolver) {
        this.allowed = allowedPrivateHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The address as a URI once it passes; a Refused saying why when it does not. */
    URI check(String address) throws Refused {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null) {
            throw new Refused("must be an https address with a host name and no credentials in it");
        }
        boolean exempt = allowed.contains(host) || allowed.contains(strip(host));
        if (!"https".equals(scheme) && !("http".equals(scheme) && exempt)) {
            throw new Refused("must be an https address");
        }
        if (exempt) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(strip(host));
        } catch (UnknownHostException e) {
            throw new Refused("names a host that does not resolve");
        }
        for (InetAddress resolved : addresses) {
            if (!isPublic(resolved)) {
                throw new Refused("points into a private network, which calendars may not");
            }
        }
        return uri;
    }

    /** IPv6 literals arrive as "[::1]". */
    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarks
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 192 && second == 0 && b[2] == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 224;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
