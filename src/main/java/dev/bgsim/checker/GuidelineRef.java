package dev.bgsim.checker;

import java.util.Objects;

/**
 * The guideline text a rule comes from.
 *
 * @param sourceTitle the document ("Guidelines for background tasks")
 * @param url         the document's public address
 * @param section     where in it ("Background task checklist (out-of-process)")
 * @param anchor      the heading anchor of that section ({@code background-task-checklist})
 * @param quote       the guideline's own words
 */
public record GuidelineRef(String sourceTitle, String url, String section, String anchor, String quote) {
    public GuidelineRef {
        Objects.requireNonNull(sourceTitle, "sourceTitle");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(quote, "quote");
    }

    /** The address of the section: {@code url#anchor}. */
    public String link() {
        return url + "#" + anchor;
    }
}
