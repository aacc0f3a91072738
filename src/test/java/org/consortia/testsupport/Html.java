package org.consortia.testsupport;

import io.restassured.path.xml.XmlPath;
import io.restassured.response.ExtractableResponse;
import java.util.List;

/**
 * A page as the HTTP-level page tests read it: REST Assured's HTML path (GPath over the parsed page)
 * with the few questions they ask, so a test names what it looks for rather than how to find it.
 */
public final class Html {

    private final XmlPath page;

    private Html(String html) {
        this.page = new XmlPath(XmlPath.CompatibilityMode.HTML, html);
    }

    public static Html of(ExtractableResponse<?> response) {
        return new Html(response.asString());
    }

    /** The language of {@code <html lang>}. */
    public String lang() {
        return page.getString("html.@lang");
    }

    /**
     * The text of cell {@code column} (from 0) of each body row of the first table whose caption contains
     * {@code caption}; rows without that cell (a work package's heading row) are left out.
     */
    public List<String> column(String caption, int column) {
        return page.getList(
                "**.find { it.name() == 'table' && it.caption.text().contains('" + quoted(caption) + "') }"
                        + ".tbody.tr.findAll { it.td.size() > " + column + " }.collect { it.td[" + column
                        + "].text().trim() }",
                String.class);
    }

    /** The {@code action} of every form of the page. */
    public List<String> formActions() {
        return page.getList("**.findAll { it.name() == 'form' }.@action", String.class);
    }

    /** The text of every submit button of the page. */
    public List<String> buttons() {
        return page.getList("**.findAll { it.name() == 'button' }.collect { it.text().trim() }", String.class);
    }

    /** How many elements {@code name} have {@code attribute} with {@code value}, e.g. {@code count("figure", "class", "timeline")}. */
    public int count(String name, String attribute, String value) {
        return page.getInt("**.findAll { it.name() == '" + quoted(name) + "' && it.@" + attribute + " == '"
                + quoted(value) + "' }.size()");
    }

    /** How many elements {@code child} are inside the first element {@code name} whose {@code attribute} is {@code value}. */
    public int countWithin(String name, String attribute, String value, String child) {
        return page.getInt("**.find { it.name() == '" + quoted(name) + "' && it.@" + attribute + " == '" + quoted(value)
                + "' }.'**'.findAll { it.name() == '" + quoted(child) + "' }.size()");
    }

    /** The texts of the elements {@code name} whose {@code attribute} is {@code value}. */
    public List<String> texts(String name, String attribute, String value) {
        return page.getList(
                "**.findAll { it.name() == '" + quoted(name) + "' && it.@" + attribute + " == '" + quoted(value)
                        + "' }.collect { it.text().trim() }",
                String.class);
    }

    /** The text of the first element with this {@code id}. */
    public String textOf(String id) {
        return page.getString("**.find { it.@id == '" + quoted(id) + "' }.text()");
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'");
    }
}
