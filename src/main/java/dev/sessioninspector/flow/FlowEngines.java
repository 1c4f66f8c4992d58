package dev.sessioninspector.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds flow engines by name: the built-in {@code http} engine, and any registered as a service. */
public final class FlowEngines {
    public static final String HTTP = HttpFlowEngine.NAME;
    public static final String BROWSER = "browser";

    private FlowEngines() {
    }

    public static Optional<FlowEngine> find(String name) {
        if (HTTP.equals(name)) {
            return Optional.of(new HttpFlowEngine());
        }
        return ServiceLoader.load(FlowEngine.class).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.name().equals(name)).findFirst();
    }

    /** The names of every engine available in this build. */
    public static List<String> available() {
        List<String> names = new ArrayList<>(List.of(HTTP));
        ServiceLoader.load(FlowEngine.class).stream().map(p -> p.get().name())
                .filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }
}
