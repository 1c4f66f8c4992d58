package dev.sessioninspector.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessioninspector.entropy.BitBatteryResult;
import dev.sessioninspector.entropy.BitPositionStats;
import dev.sessioninspector.entropy.BitTestResult;
import dev.sessioninspector.entropy.EntropyAtLevel;
import dev.sessioninspector.entropy.FipsResult;
import dev.sessioninspector.entropy.JwtInfo;
import dev.sessioninspector.entropy.PositionStats;
import dev.sessioninspector.entropy.StructureFinding;
import dev.sessioninspector.entropy.StructureReport;
import dev.sessioninspector.entropy.TokenAnalysis;
import dev.sessioninspector.entropy.Verdict;
import java.util.Locale;

/** The JSON of DESIGN §7 for the {@code entropy} command (NaN and not-applicable P-values are {@code null}). */
final class EntropyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EntropyJson() {
    }

    static String tokens(TokenAnalysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("samples", a.samples());
        ArrayNode positions = root.putArray("positions");
        for (PositionStats p : a.positions()) {
            ObjectNode n = positions.addObject();
            n.put("position", p.position());
            n.put("samples", p.samples());
            n.put("charsetSize", p.charsetSize());
            n.put("alphabetSize", p.alphabetSize());
            number(n, "shannonBits", p.shannonBits());
            number(n, "maxBits", p.maxBits());
            number(n, "uniformityPValue", p.uniformityPValue());
            number(n, "transitionPValue", p.transitionPValue());
            n.put("characters", p.characters());
            ArrayNode counts = n.putArray("counts");
            p.counts().forEach(counts::add);
        }
        ObjectNode effective = root.putObject("effectiveEntropyBits");
        for (EntropyAtLevel e : a.effectiveEntropy()) {
            number(effective, e.label(), e.bits());
        }
        root.put("effectiveEntropyCorrection", EntropyAtLevel.CORRECTION);
        ObjectNode min = root.putObject("minEntropy");
        number(min, "bitsPerToken", a.minEntropy().bitsPerToken());
        number(min, "ceilingBits", a.minEntropy().ceilingBits());
        min.put("samples", a.minEntropy().samples());
        min.put("method", "NIST SP 800-90B section 6.3 (non-IID), per extracted bit across tokens, lowest estimate");
        ObjectNode each = min.putObject("estimators");
        a.minEntropy().estimators().forEach((k, v) -> number(each, k, v));
        root.set("structure", structure(a.structure()));
        number(root, "rawBits", a.rawBits());
        Verdict v = a.verdict();
        ObjectNode verdict = root.putObject("verdict");
        number(verdict, "estimatedRandomBits", v.estimatedRandomBits());
        verdict.put("tooShort", v.tooShort());
        verdict.put("predictable", v.predictable());
        v.reasons().forEach(verdict.putArray("reasons")::add);
        v.notes().forEach(verdict.putArray("notes")::add);
        ObjectNode reliability = root.putObject("reliability");
        reliability.put("level", a.reliability().level().name().toLowerCase(Locale.ROOT));
        reliability.put("note", a.reliability().note());
        ObjectNode bitLevel = root.putObject("bitLevel");
        bitLevel.put("bits", a.bits().size());
        bitLevel.put("fips140_2Failures", a.fipsFailures());
        ArrayNode bits = bitLevel.putArray("positions");
        for (BitPositionStats b : a.bits()) {
            ObjectNode n = bits.addObject();
            n.put("index", b.index());
            n.put("position", b.position());
            n.put("bit", b.bit());
            n.put("samples", b.samples());
            number(n, "onesFraction", b.onesFraction());
            number(n, "frequencyPValue", b.frequencyPValue());
            number(n, "runsPValue", b.runsPValue());
            number(n, "pokerPValue", b.pokerPValue());
            number(n, "longRunPValue", b.longRunPValue());
            number(n, "spectralPValue", b.spectralPValue());
            number(n, "correlationPValue", b.correlationPValue());
            n.put("fipsPassed", b.fipsPassed());
        }
        return write(root);
    }

    private static ObjectNode structure(StructureReport s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("encoding", s.encoding().label());
        n.put("alphabet", s.alphabet());
        n.put("minLength", s.minLength());
        n.put("maxLength", s.maxLength());
        n.put("layout", s.layout());
        s.wrappers().forEach(n.putArray("wrappers")::add);
        n.put("example", s.example());
        n.put("decoded", s.decodedExample());
        JwtInfo jwt = s.jwt();
        if (jwt == null) {
            n.putNull("jwt");
        } else {
            ObjectNode j = n.putObject("jwt");
            j.put("algorithm", jwt.algorithm());
            j.put("header", jwt.header());
            j.put("claims", jwt.claims());
            jwt.randomClaims().forEach(j.putArray("randomClaims")::add);
            jwt.timeClaims().forEach(j.putArray("timeClaims")::add);
        }
        n.put("counter", s.has(StructureFinding.Kind.COUNTER));
        n.put("timestamp", s.has(StructureFinding.Kind.TIMESTAMP));
        n.put("javaUtilRandom", s.has(StructureFinding.Kind.JAVA_UTIL_RANDOM));
        s.findings().stream().filter(f -> f.kind().hashed()).findFirst().ifPresentOrElse(
                f -> n.put("hashed", f.kind().name().toLowerCase(Locale.ROOT)), () -> n.putNull("hashed"));
        ArrayNode findings = n.putArray("findings");
        for (StructureFinding f : s.findings()) {
            ObjectNode o = findings.addObject();
            o.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            if (f.from() >= 0) {
                o.put("from", f.from());
                o.put("to", f.to());
                o.put("fromEnd", f.fromEnd());
            }
            o.put("description", f.description());
        }
        n.put("distinct", s.distinct());
        n.put("duplicates", s.duplicates());
        return n;
    }

    static String bits(BitBatteryResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("bits", r.bits());
        ObjectNode nist = root.putObject("nist");
        for (BitTestResult t : r.nistTests()) {
            ObjectNode n = nist.putObject(t.name());
            boolean pair = t.name().equals("serial") || t.name().equals("cumulativeSums");
            if (!t.applicable()) {
                n.putNull("pValue");
                n.put("note", t.note());
            } else if (pair) {
                ArrayNode a = n.putArray("pValue");
                t.pValues().forEach(a::add);
            } else {
                n.put("pValue", t.pValue());
            }
        }
        ObjectNode fips = root.putObject("fips140_2");
        FipsResult f = r.fips140_2();
        fips.put("blocks", f == null ? 0 : f.blocks());
        fips.put("monobitFailures", f == null ? 0 : f.monobitFailures());
        fips.put("pokerFailures", f == null ? 0 : f.pokerFailures());
        fips.put("runsFailures", f == null ? 0 : f.runsFailures());
        fips.put("longRunFailures", f == null ? 0 : f.longRunFailures());
        if (f != null && f.blockBits() != 20_000) {
            fips.put("blockBits", f.blockBits());
        }
        return write(root);
    }

    private static void number(ObjectNode n, String key, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            n.putNull(key);
        } else {
            n.put(key, value);
        }
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
