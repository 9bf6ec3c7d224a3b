package dev.accord.app.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * EstimateSubmitted revision 1 to 2: the estimate gains {@code totalCost}, what it comes to over its horizon.
 * <p>
 * Why the event changed: Finance and IT compare estimates by that total (IT's 80,000 now and 10,000 a year for
 * five years against Finance's 100,000 and 12,000 a year for six), and approvers weigh a change against it. The
 * ledger states the figure in the event, as it does a ROI case's figures and the spend to date, so the history
 * keeps the total people saw even if the way of totalling changes later (indexing recurring costs, say).
 * <p>
 * Why old events have a well-defined value: revision 1 estimates were totalled by exactly this rule wherever a
 * total was used (the ROI % weighs benefits against one-time plus recurring times years), and every figure it
 * needs is in the event itself. The rule is written out here rather than borrowed from the aggregate, so that a
 * later change of the aggregate's rule cannot change what these stored events say.
 * <p>
 * Registered as a Spring bean: Axon's autoconfiguration adds every {@code EventUpcaster} bean to the upcaster
 * chain the event store applies whenever events are read (aggregates, streaming processors, as-of history).
 */
@Component
public class EstimateSubmitted1to2Upcaster extends SingleEventUpcaster {

    /** The type name as stored; it stays this string even if the class is ever moved. */
    static final String TYPE = "dev.accord.domain.project.api.EstimateSubmitted";

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return REVISION_1.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(REVISION_2, JsonNode.class, EstimateSubmitted1to2Upcaster::withTotalCost);
    }

    static JsonNode withTotalCost(JsonNode revision1) {
        JsonNode oneTimeCost = revision1.required("oneTimeCost");
        BigDecimal total = oneTimeCost
                .required("amount")
                .decimalValue()
                .add(revision1
                        .required("recurringYearlyCost")
                        .required("amount")
                        .decimalValue()
                        .multiply(BigDecimal.valueOf(
                                revision1.required("horizonYears").intValue())))
                // Amounts of revision 1 were refused beyond two decimals, so this never rounds.
                .setScale(2);
        ObjectNode totalCost = JsonNodeFactory.instance
                .objectNode()
                .put("amount", total)
                .put("currency", oneTimeCost.required("currency").asText());
        // Placed where revision 2 writes it, so an upcast event reads exactly like one written by revision 2.
        ObjectNode revision2 = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : revision1.properties()) {
            revision2.set(field.getKey(), field.getValue().deepCopy());
            if (field.getKey().equals("horizonYears")) {
                revision2.set("totalCost", totalCost);
            }
        }
        return revision2;
    }
}
