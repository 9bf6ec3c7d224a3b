package dev.accord.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accord.ops.harness.AccordApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A captured payload with some fields turned into named holes, filled per synthetic event by plain string
 * replacement. Jackson writes the template once; filling a hole costs a microsecond, which keeps the seeding of a
 * million events about the database rather than about JSON.
 */
final class PayloadTemplate {

    private final String text;

    private PayloadTemplate(String text) {
        this.text = text;
    }

    /**
     * @param holes field paths ("spendToDate/amount") mapped to hole names; each value becomes {@code "@name@"}, a
     *              string the filler may replace with a quoted string or, quotes included, with a number
     */
    static PayloadTemplate of(byte[] payload, Map<String, String> holes) {
        try {
            ObjectNode tree = (ObjectNode) AccordApi.json().readTree(payload);
            holes.forEach((path, name) -> {
                String[] steps = path.split("/");
                JsonNode parent = tree;
                for (int i = 0; i < steps.length - 1; i++) {
                    parent = parent.get(steps[i]);
                }
                if (!(parent instanceof ObjectNode object) || !object.has(steps[steps.length - 1])) {
                    throw new IllegalStateException("The captured payload has no field " + path + ": " + tree);
                }
                object.put(steps[steps.length - 1], "@" + name + "@");
            });
            return new PayloadTemplate(AccordApi.json().writeValueAsString(tree));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** Fills every hole; a value given as {@code Number} replaces the quotes too, so the JSON keeps its types. */
    byte[] fill(Map<String, Object> values) {
        String filled = text;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            String hole = "@" + value.getKey() + "@";
            filled = value.getValue() instanceof Number number
                    ? filled.replace("\"" + hole + "\"", number.toString())
                    : filled.replace(hole, value.getValue().toString());
        }
        return filled.getBytes(StandardCharsets.UTF_8);
    }
}
