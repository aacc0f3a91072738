package org.consortia.deliverable.file;

/** A file name as a client sent it, made safe to store and to send back in a download. */
final class FileNames {

    private FileNames() {}

    static String sanitise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Control and format characters (including bidirectional overrides) go.
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").replace("..", ".").strip();
        name = name.replaceAll("^[.\\s]+", "");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }
}
