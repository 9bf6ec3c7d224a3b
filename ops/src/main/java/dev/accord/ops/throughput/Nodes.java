package dev.accord.ops.throughput;

import static dev.accord.ops.harness.Stopwatch.seconds;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.AccordProcess;
import dev.accord.ops.harness.BearerApi;
import dev.accord.ops.harness.MachineLoad;
import dev.accord.ops.harness.Report;
import dev.accord.ops.harness.ServerDatabase;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One or more Accord processes of the production jar on the same database, each on a port of its own. The first is
 * started alone, so that it migrates the database and creates the administrator; the others start once it answers.
 */
final class Nodes implements AutoCloseable {

    private final List<AccordProcess> processes = new ArrayList<>();
    private final String password;

    private Nodes(String password) {
        this.password = password;
    }

    static Nodes start(
            ThroughputSettings settings,
            ServerDatabase database,
            String admin,
            String password,
            Path logs,
            Report report)
            throws Exception {
        Nodes nodes = new Nodes(password);
        try {
            for (int node = 1; node <= settings.nodes(); node++) {
                MachineLoad before = MachineLoad.now();
                Path log = logs.resolve(database.name() + "-node" + node + "-accord.log");
                AccordProcess process = AccordProcess.start(settings.appJar(), database, admin, password, log);
                nodes.processes.add(process);
                Duration startUp = process.awaitReady(new AccordApi(process.port(), password), admin);
                report.measured(
                        "node %d start-up (first 200 from the API, port %d, log %s)"
                                .formatted(node, process.port(), log.getFileName()),
                        "%.1f s".formatted(seconds(startUp)),
                        before,
                        MachineLoad.now());
            }
        } catch (Exception failure) {
            nodes.close();
            throw failure;
        }
        return nodes;
    }

    List<Long> pids() {
        return processes.stream().map(AccordProcess::pid).toList();
    }

    /** Each node's API for bearer tokens, all through one HTTP client. */
    List<BearerApi> bearerApis() {
        HttpClient http = BearerApi.sharedClient();
        List<BearerApi> apis = new ArrayList<>();
        for (int node = 0; node < processes.size(); node++) {
            apis.add(new BearerApi(http, processes.get(node).port(), node + 1));
        }
        return apis;
    }

    /** The first node's API over HTTP Basic, to issue tokens. */
    AccordApi basic() {
        return new AccordApi(processes.get(0).port(), password);
    }

    /** Fails when a node has stopped on its own: the figures of a level without it would mislead. */
    void checkAlive() {
        for (AccordProcess process : processes) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Accord (pid " + process.pid() + ") stopped; see " + process.log());
            }
        }
    }

    @Override
    public void close() {
        for (int node = processes.size() - 1; node >= 0; node--) {
            AccordProcess process = processes.get(node);
            try {
                process.close();
            } catch (Exception failure) {
                System.err.println("Could not stop Accord (pid " + process.pid() + "): " + failure);
            }
        }
    }
}
