package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Spend and realised benefits for one month. */
@Revision("1")
public record ActualsRecorded(
        UUID projectId,
        YearMonth period,
        LocalDate businessDate,
        Money spend,
        List<RealisedBenefit> benefits,
        Money spendToDate,
        Actor recordedBy) {}
