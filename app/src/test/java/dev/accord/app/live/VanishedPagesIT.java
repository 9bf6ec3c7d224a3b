package dev.accord.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import dev.accord.app.support.AccordIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * A page whose browser vanished without closing it (killed, asleep, off the network) still receives every live update
 * until Vaadin closes it after three missed heartbeats: with heartbeats a minute apart, that is three minutes, not
 * the quarter of an hour of Vaadin's default.
 */
@AccordIntegrationTest
class VanishedPagesIT {

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Autowired
    TestRestTemplate http;

    @Test
    void aVanishedPageIsClosedAfterThreeMissedHeartbeatsAMinuteApart() {
        // The servlet starts with its first request.
        http.getForEntity("/login", String.class);

        assertThat(vaadin.getServlet().getService().getDeploymentConfiguration().getHeartbeatInterval())
                .isEqualTo(60);
    }
}
