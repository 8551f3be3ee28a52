package app.hearth.calendarsync;

import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.util.List;

/** The guarded HTTP client every calendar request goes through, configured from HEARTH_CALENDAR_ALLOWED_PRIVATE_HOSTS. */
@ApplicationScoped
class CalendarNetwork {

    private final AddressGuard guard;
    private final CalendarHttp http;

    @Inject
    CalendarNetwork(HearthConfig config) {
        this.guard = new AddressGuard(config.calendar().allowedPrivateHosts().orElse(List.of()), InetAddress::getAllByName);
        this.http = new CalendarHttp(guard);
    }

    AddressGuard guard() {
        return guard;
    }

    CalendarHttp http() {
        return http;
    }
}
