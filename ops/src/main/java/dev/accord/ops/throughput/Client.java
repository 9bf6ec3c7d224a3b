package dev.accord.ops.throughput;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.throughput.ChangeBoard.OpenChange;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client: sends the next command as soon as the last one is answered, until told to stop. The mix, by roll:
 * 30 % a comment on a project, 10 % a comment on an open change, 15 % a cost estimate, 15 % a change request
 * (budget, scope or timeline), 15 % a Finance approval and 15 % an IT approval of changes on the board, on projects
 * chosen at random. With nothing on the board to approve, the client comments instead.
 */
final class Client implements Runnable {

    private final Desk desk;
    private final List<UUID> projects;
    private final ChangeBoard board;
    private final Tally tally;
    private final AtomicBoolean stop;
    private final Duration timeout;
    private final Random random;

    Client(
            Desk desk,
            List<UUID> projects,
            ChangeBoard board,
            Tally tally,
            AtomicBoolean stop,
            Duration timeout,
            long seed) {
        this.desk = desk;
        this.projects = projects;
        this.board = board;
        this.tally = tally;
        this.stop = stop;
        this.timeout = timeout;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        while (!stop.get()) {
            try {
                next(random.nextInt(100));
            } catch (RuntimeException bug) {
                // A fault of the harness, not of Accord: said at once, and the client goes on so the level keeps
                // its number of clients.
                System.err.println(Thread.currentThread().getName() + ": " + bug);
            }
        }
    }

    private void next(int roll) {
        if (roll < 30) {
            comment(randomProject(), Bodies.comment(random));
        } else if (roll < 40) {
            OpenChange open = board.anyOpen();
            UUID project = open == null ? randomProject() : open.project();
            comment(project, open == null ? Bodies.comment(random) : Bodies.commentOnChange(open.change(), random));
        } else if (roll < 55) {
            send(CommandKind.ESTIMATE, desk.requester(), path(randomProject(), "/estimates"), Bodies.estimate(random));
        } else if (roll < 70) {
            requestChange();
        } else if (roll < 85 || !approveForIt()) {
            // A Finance approval, or one instead of an IT approval when no change waits for IT.
            approveForFinanceOrComment();
        }
    }

    private void requestChange() {
        UUID project = randomProject();
        AccordApi.Answer answer = send(
                CommandKind.CHANGE_REQUEST, desk.requester(), path(project, "/changes"), Bodies.changeRequest(random));
        String change = answer == null ? "" : answer.json().path("changeId").asText();
        if (answer != null && answer.ok() && !change.isEmpty()) {
            board.requested(new OpenChange(
                    project, UUID.fromString(change), desk.requester().username()));
        }
    }

    private void approveForFinanceOrComment() {
        OpenChange change = board.nextForFinance();
        if (change == null) {
            comment(randomProject(), Bodies.comment(random));
            return;
        }
        AccordApi.Answer answer =
                send(CommandKind.FINANCE_APPROVAL, desk.finance(), approvals(change), Bodies.approval(1));
        if (answer != null && answer.ok()) {
            board.approvedByFinance(change);
        }
    }

    private boolean approveForIt() {
        OpenChange change = board.nextForIt();
        if (change == null) {
            return false;
        }
        send(CommandKind.IT_APPROVAL, desk.it(), approvals(change), Bodies.approval(1));
        return true;
    }

    private void comment(UUID project, ObjectNode body) {
        send(CommandKind.COMMENT, desk.requester(), path(project, "/comments"), body);
    }

    /** The answer, or null when none came (counted as a timeout or a broken connection). */
    private AccordApi.Answer send(CommandKind kind, Member member, String path, ObjectNode body) {
        long sent = System.nanoTime();
        try {
            AccordApi.Answer answer = desk.api().post(member.token(), path, body, timeout);
            tally.answered(kind, answer.status(), sent, System.nanoTime());
            return answer;
        } catch (HttpTimeoutException noAnswer) {
            tally.failed(kind, "no answer within " + timeout.toSeconds() + " s", sent, System.nanoTime());
        } catch (IOException broken) {
            tally.failed(kind, "connection broken", sent, System.nanoTime());
        }
        return null;
    }

    private UUID randomProject() {
        return projects.get(random.nextInt(projects.size()));
    }

    private static String path(UUID project, String rest) {
        return "/api/projects/" + project + rest;
    }

    private static String approvals(OpenChange change) {
        return path(change.project(), "/changes/" + change.change() + "/approvals");
    }
}
