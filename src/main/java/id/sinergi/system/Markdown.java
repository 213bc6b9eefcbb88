package id.sinergi.system;

import java.util.regex.Pattern;

/**
 * Text that goes into a form's Markdown: what people typed (an employer's name, a report's description)
 * is shown as written, never read as emphasis, a link, a table cell or a heading. Characters that mean
 * something anywhere are escaped everywhere; those that mean something only at the start of a line (a
 * heading, a list, a quote) only there, so "DN-BTG/2026/077" stays readable in the source too. The form
 * renderer sanitises HTML itself.
 */
public final class Markdown {

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#+=>-])");
    private static final Pattern ORDERED_ITEM = Pattern.compile("(?m)^(\\s*\\d+)([.)])");

    private Markdown() {
    }

    /** The text with Markdown's special characters escaped and line breaks kept; empty for null. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String escaped = INLINE.matcher(value.strip()).replaceAll("\\\\$1");
        escaped = LINE_START.matcher(escaped).replaceAll("$1\\\\$2");
        escaped = ORDERED_ITEM.matcher(escaped).replaceAll("$1\\\\$2");
        // A hard break keeps the writer's lines without opening a new paragraph.
        return escaped.replaceAll("\\R", "  \n");
    }

    /** A table cell: escaped, on one line. */
    public static String cell(String value) {
        return text(value).replaceAll("\\s*\\R\\s*", " ");
    }
}
