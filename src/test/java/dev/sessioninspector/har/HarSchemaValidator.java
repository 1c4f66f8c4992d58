package dev.sessioninspector.har;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written structural check of the HAR 1.2 specification (required members and their JSON types),
 * the part of the public HAR 1.2 JSON schema a consumer relies on. Returns the violations, empty when valid.
 */
final class HarSchemaValidator {
    private final List<String> errors = new ArrayList<>();

    static List<String> validate(JsonNode root) {
        HarSchemaValidator v = new HarSchemaValidator();
        v.root(root);
        return v.errors;
    }

    private void root(JsonNode root) {
        JsonNode log = object(root, "log", "");
        if (log == null) {
            return;
        }
        string(log, "version", "log");
        JsonNode creator = object(log, "creator", "log");
        if (creator != null) {
            string(creator, "name", "log.creator");
            string(creator, "version", "log.creator");
        }
        optionalString(log, "comment", "log");
        if (log.has("pages")) {
            JsonNode pages = array(log, "pages", "log");
            for (int i = 0; pages != null && i < pages.size(); i++) {
                String at = "log.pages[" + i + "]";
                JsonNode p = pages.get(i);
                date(p, "startedDateTime", at);
                string(p, "id", at);
                string(p, "title", at);
                object(p, "pageTimings", at);
            }
        }
        JsonNode entries = array(log, "entries", "log");
        for (int i = 0; entries != null && i < entries.size(); i++) {
            entry(entries.get(i), "log.entries[" + i + "]");
        }
    }

    private void entry(JsonNode e, String at) {
        optionalString(e, "pageref", at);
        date(e, "startedDateTime", at);
        number(e, "time", at);
        JsonNode req = object(e, "request", at);
        if (req != null) {
            String r = at + ".request";
            string(req, "method", r);
            string(req, "url", r);
            string(req, "httpVersion", r);
            nameValues(req, "cookies", r);
            nameValues(req, "headers", r);
            nameValues(req, "queryString", r);
            if (req.has("postData")) {
                JsonNode post = object(req, "postData", r);
                if (post != null) {
                    string(post, "mimeType", r + ".postData");
                    optionalString(post, "text", r + ".postData");
                }
            }
            integer(req, "headersSize", r);
            integer(req, "bodySize", r);
        }
        JsonNode res = object(e, "response", at);
        if (res != null) {
            String r = at + ".response";
            integer(res, "status", r);
            string(res, "statusText", r);
            string(res, "httpVersion", r);
            nameValues(res, "cookies", r);
            nameValues(res, "headers", r);
            JsonNode content = object(res, "content", r);
            if (content != null) {
                integer(content, "size", r + ".content");
                string(content, "mimeType", r + ".content");
                optionalString(content, "text", r + ".content");
                optionalString(content, "encoding", r + ".content");
            }
            string(res, "redirectURL", r);
            integer(res, "headersSize", r);
            integer(res, "bodySize", r);
        }
        object(e, "cache", at);
        JsonNode t = object(e, "timings", at);
        if (t != null) {
            number(t, "send", at + ".timings");
            number(t, "wait", at + ".timings");
            number(t, "receive", at + ".timings");
        }
    }

    private void nameValues(JsonNode parent, String field, String at) {
        JsonNode arr = array(parent, field, at);
        for (int i = 0; arr != null && i < arr.size(); i++) {
            String item = at + "." + field + "[" + i + "]";
            if (!arr.get(i).isObject()) {
                errors.add(item + " is not an object");
                continue;
            }
            string(arr.get(i), "name", item);
            string(arr.get(i), "value", item);
        }
    }

    private JsonNode object(JsonNode parent, String field, String at) {
        return typed(parent, field, at, "object", JsonNode::isObject);
    }

    private JsonNode array(JsonNode parent, String field, String at) {
        return typed(parent, field, at, "array", JsonNode::isArray);
    }

    private void string(JsonNode parent, String field, String at) {
        typed(parent, field, at, "string", JsonNode::isTextual);
    }

    private void number(JsonNode parent, String field, String at) {
        typed(parent, field, at, "number", JsonNode::isNumber);
    }

    private void integer(JsonNode parent, String field, String at) {
        typed(parent, field, at, "integer", JsonNode::isIntegralNumber);
    }

    private void date(JsonNode parent, String field, String at) {
        JsonNode n = typed(parent, field, at, "string", JsonNode::isTextual);
        if (n != null) {
            try {
                HarDates.parse(n.asText());
            } catch (IllegalArgumentException e) {
                errors.add(at + "." + field + " is not an ISO 8601 date: " + n.asText());
            }
        }
    }

    private void optionalString(JsonNode parent, String field, String at) {
        if (parent.has(field)) {
            string(parent, field, at);
        }
    }

    private JsonNode typed(JsonNode parent, String field, String at, String type,
            java.util.function.Predicate<JsonNode> check) {
        JsonNode n = parent == null ? null : parent.get(field);
        String path = (at.isEmpty() ? "" : at + ".") + field;
        if (n == null) {
            errors.add(path + " is missing");
            return null;
        }
        if (!check.test(n)) {
            errors.add(path + " is not a " + type);
            return null;
        }
        return n;
    }
}
