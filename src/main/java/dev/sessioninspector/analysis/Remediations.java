package dev.sessioninspector.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to fix each rule's finding, per framework: real configuration and code for Spring, Servlet containers,
 * Django, Rails, ASP.NET Core, PHP and Express, and framework-neutral advice for an unknown one. The texts
 * live in {@code remediation.txt} beside this class ({@code == rule} and {@code -- FRAMEWORK} headings).
 */
public final class Remediations {
    private static final Map<String, Map<Framework, String>> TEXTS = load();

    private Remediations() {
    }

    /** The remediation for a rule on a framework; the framework-neutral text when there is no specific one. */
    public static String forRule(String rule, Framework framework) {
        Map<Framework, String> byFramework = TEXTS.getOrDefault(rule, Map.of());
        String text = byFramework.get(framework);
        if (text == null) {
            text = byFramework.get(Framework.UNKNOWN);
        }
        return text == null ? "" : text;
    }

    /** The text written for exactly this rule and framework, if there is one. */
    public static Optional<String> specific(String rule, Framework framework) {
        return Optional.ofNullable(TEXTS.getOrDefault(rule, Map.of()).get(framework));
    }

    private static Map<String, Map<Framework, String>> load() {
        Map<String, Map<Framework, String>> out = new HashMap<>();
        try (InputStream in = Remediations.class.getResourceAsStream("remediation.txt")) {
            if (in == null) {
                throw new IllegalStateException("remediation.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String rule = null;
            Framework framework = null;
            StringBuilder text = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("== ") || line.startsWith("-- ")) {
                    put(out, rule, framework, text);
                    text.setLength(0);
                    if (line.startsWith("== ")) {
                        rule = line.substring(3).trim();
                        framework = null;
                    } else {
                        framework = Framework.valueOf(line.substring(3).trim());
                    }
                } else if (framework != null) {
                    text.append(line).append('\n');
                }
            }
            put(out, rule, framework, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<Framework, String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static void put(Map<String, Map<Framework, String>> out, String rule, Framework f, StringBuilder text) {
        if (rule != null && f != null && !text.toString().isBlank()) {
            out.computeIfAbsent(rule, k -> new EnumMap<>(Framework.class)).put(f, text.toString().strip());
        }
    }
}
