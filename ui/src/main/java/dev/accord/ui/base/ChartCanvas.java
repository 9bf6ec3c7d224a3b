package dev.accord.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;

/**
 * The canvas Chart.js draws on (a maintained open-source library, not Vaadin's paid Charts). The server builds the
 * chart's configuration and the sentence that sums it up; the browser draws one and gives the other to the canvas
 * as its accessible name (role "img"), since a screen reader cannot read a drawing.
 */
@Tag("accord-chart")
@NpmPackage(value = "chart.js", version = "4.4.9")
@JsModule("./components/accord-chart.ts")
class ChartCanvas extends Component implements HasSize {

    ChartCanvas() {
        setWidthFull();
        setHeight("18rem");
    }

    /** The sentence a screen reader says for the drawing. */
    void setSummary(String summary) {
        getElement().setProperty("summary", summary);
    }

    String getSummary() {
        return getElement().getProperty("summary", "");
    }

    void drawLines(List<String> labels, List<ChartJs.Series> series) {
        JsonObject data = Json.createObject();
        JsonArray labelArray = Json.createArray();
        labels.forEach(label -> labelArray.set(labelArray.length(), label));
        data.put("labels", labelArray);
        JsonArray datasets = Json.createArray();
        for (ChartJs.Series line : series) {
            JsonObject dataset = Json.createObject();
            dataset.put("label", line.name());
            JsonArray values = Json.createArray();
            line.values().forEach(value -> {
                if (value == null) {
                    values.set(values.length(), Json.createNull());
                } else {
                    values.set(values.length(), value.doubleValue()); // drawing only: the figures stay BigDecimal
                }
            });
            dataset.put("data", values);
            dataset.put("borderColor", line.colour());
            dataset.put("backgroundColor", line.colour());
            dataset.put("borderDash", line.dashed() ? dash() : Json.createArray());
            dataset.put("pointRadius", 2);
            dataset.put("spanGaps", true);
            datasets.set(datasets.length(), dataset);
        }
        data.put("datasets", datasets);
        JsonObject config = Json.createObject();
        config.put("type", "line");
        config.put("data", data);
        getElement().setProperty("config", config.toJson());
    }

    private static JsonArray dash() {
        JsonArray dash = Json.createArray();
        dash.set(0, 6);
        dash.set(1, 4);
        return dash;
    }
}
