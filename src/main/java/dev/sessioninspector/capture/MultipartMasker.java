package dev.sessioninspector.capture;

import java.util.Locale;

/** Masks the content of {@code multipart/form-data} parts whose field name is a password field. */
final class MultipartMasker {
    private MultipartMasker() {
    }

    static String mask(String body, String boundary) {
        String delimiter = "--" + boundary;
        StringBuilder out = new StringBuilder(body.length());
        int pos = body.indexOf(delimiter);
        if (pos < 0) {
            return body;
        }
        out.append(body, 0, pos);
        while (pos >= 0) {
            int partStart = pos + delimiter.length();
            int next = body.indexOf("\r\n" + delimiter, partStart);
            int partEnd = next < 0 ? body.length() : next;
            out.append(delimiter);
            out.append(maskPart(body.substring(partStart, partEnd)));
            if (next < 0) {
                break;
            }
            out.append("\r\n");
            pos = next + 2;
        }
        return out.toString();
    }

    /** One part: {@code \r\nheaders\r\n\r\ncontent}; the content is masked if the part is a password field. */
    private static String maskPart(String part) {
        int headersEnd = part.indexOf("\r\n\r\n");
        if (headersEnd < 0) {
            return part;
        }
        String headers = part.substring(0, headersEnd);
        String name = null;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                name = PasswordMasker.parameter(line.substring(line.indexOf(':') + 1), "name");
            }
        }
        if (name == null || !PasswordMasker.isPasswordField(name)) {
            return part;
        }
        return headers + "\r\n\r\n" + PasswordMasker.MASK;
    }
}
