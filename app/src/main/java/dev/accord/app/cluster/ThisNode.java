package dev.accord.app.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name this running Accord goes by among the nodes on its database: the owner of the token claims it holds and the
 * sender of its notifications. Unique per start (host, process and a random part), so that two Accords in one process
 * or two containers with the same process id never take each other's claims for their own; ACCORD_NODE_NAME sets one.
 */
@Component
public class ThisNode {

    private final String name;

    ThisNode(@Value("${accord.node-name:}") String configured) {
        this.name = configured.isBlank() ? generated() : configured.strip();
    }

    public String name() {
        return name;
    }

    private static String generated() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return host() + ":" + ProcessHandle.current().pid() + ":"
                + HexFormat.of().formatHex(random);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
