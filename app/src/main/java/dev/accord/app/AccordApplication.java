package dev.accord.app;

import dev.accord.app.backup.BackupCommand;
import dev.accord.app.backup.RestoreCommand;
import dev.accord.app.integrity.cli.VerifyCommand;
import dev.accord.app.rebuild.RebuildCommand;
import dev.accord.app.user.DemoModeCondition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Accord: the shared ledger in which Finance and IT decide IT project budgets together.
 * Assembles the domain, the Vaadin views of the ui module and the application's own parts.
 */
@SpringBootApplication(scanBasePackages = "dev.accord")
// Vaadin discovers routes in the auto-configuration packages; the views live in the ui module.
@AutoConfigurationPackage(basePackages = "dev.accord.ui")
public class AccordApplication {

    public static void main(String[] args) {
        // Axon's update checker would call a vendor host at start-up. A ledger must not phone home unless
        // its operator asks for it (-Daxoniq.update-checker.disabled=false).
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        // Nor does it advertise a vendor's console at every start.
        System.setProperty("disable-axoniq-console-message", "true");
        String[] rest = args.length > 0 ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        if (args.length > 0 && args[0].equals("rebuild")) {
            RebuildCommand.main(rest);
            return;
        }
        if (args.length > 0 && args[0].equals("backup")) {
            BackupCommand.main(rest);
            return;
        }
        if (args.length > 0 && args[0].equals("restore")) {
            RestoreCommand.main(rest);
            return;
        }
        if (args.length > 0 && args[0].equals("verify")) {
            VerifyCommand.main(rest);
            return;
        }
        SpringApplication.run(AccordApplication.class, DemoModeCondition.withDemoFlag(args));
    }
}
