package org.consortia;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md stays a map of the code: its package table names every package (a subpackage as
 * {@code deliverable/page}) and no other, and it names every migration and no other.
 */
class ArchitectureDocTest {

    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final Path PACKAGES = Path.of("src", "main", "java", "org", "consortia");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    /** The first cell of a row of the package table: {@code | `deliverable/page` | …}. */
    private static final Pattern PACKAGE_ROW = Pattern.compile("^\\| `([a-z/]+)` \\|");

    private static final Pattern MIGRATION = Pattern.compile("V\\d+__\\w+\\.sql");

    @Test
    void thePackageTableNamesEveryPackage() throws IOException {
        assertThat(packagesInTheTable(), equalTo(packagesInTheCode()));
    }

    @Test
    void everyMigrationIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        Matcher migration = MIGRATION.matcher(Files.readString(DOC));
        while (migration.find()) {
            named.add(migration.group());
        }
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            assertThat(
                    named,
                    equalTo(files.map(file -> file.getFileName().toString())
                            .collect(Collectors.toCollection(TreeSet::new))));
        }
    }

    /** The rows of the tables under the heading "Packages", up to the next heading of its level. */
    private static Set<String> packagesInTheTable() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf("## Packages");
        assertThat("the heading \"## Packages\" in " + DOC, start, greaterThanOrEqualTo(0));
        Set<String> named = new TreeSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = PACKAGE_ROW.matcher(line);
            if (row.find()) {
                named.add(row.group(1));
            }
        }
        return named;
    }

    private static Set<String> packagesInTheCode() throws IOException {
        try (Stream<Path> directories = Files.walk(PACKAGES)) {
            return directories
                    .filter(Files::isDirectory)
                    .filter(directory -> !directory.equals(PACKAGES))
                    .map(directory -> PACKAGES.relativize(directory).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
