package org.consortia.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language of the pages says everything the English of {@link Messages} says, with the same
 * parameters. The languages are the messages/msg_&lt;language&gt;.properties files on the classpath:
 * a new file is checked as soon as it exists.
 */
class MessagesCompletenessTest {

    private static final Pattern LANGUAGE_FILE = Pattern.compile("msg_(.+)\\.properties");
    /** A Qute expression or section tag: {name}, {#when status}, {#if status >= 500}, {/when}. */
    private static final Pattern EXPRESSION = Pattern.compile("\\{([^{}]*)}");

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    /** The message bundles — the platform's and the features' own — by the prefix of their files. */
    private static final Map<String, Class<?>> BUNDLES = bundles();

    /** Every {@link MessageBundle} of the platform, found on the compiled classes: a new one is checked at once. */
    private static Map<String, Class<?>> bundles() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.consortia").stream()
                        .filter(type -> type.isAnnotatedWith(MessageBundle.class))
                        .collect(Collectors.toMap(
                                type -> name(type.getAnnotationOfType(MessageBundle.class)),
                                JavaClass::reflect,
                                (a, b) -> a,
                                TreeMap::new));
    }

    private static String name(MessageBundle bundle) {
        return bundle.value().equals(MessageBundle.DEFAULTED_NAME) ? MessageBundle.DEFAULT_NAME : bundle.value();
    }

    /** The English texts of a bundle, by key. */
    private static Map<String, Method> english(String bundle) {
        return Arrays.stream(BUNDLES.get(bundle).getMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(
                        MessagesCompletenessTest::key, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    @ParameterizedTest(name = "{0}_{1}.properties")
    @MethodSource("translations")
    void aTranslationHasEveryKeyOfTheEnglishAndNoOther(String bundle, String language) throws IOException {
        Set<String> translated = translation(bundle, language).stringPropertyNames();
        Map<String, Method> english = english(bundle);

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english.keySet());

        assertTrue(
                missing.isEmpty() && extra.isEmpty(),
                bundle + "_" + language + ".properties: missing keys " + missing + ", keys "
                        + BUNDLES.get(bundle).getSimpleName() + " does not have " + extra);
    }

    @ParameterizedTest(name = "{0}_{1}.properties")
    @MethodSource("translations")
    void aTranslationKeepsEveryParameterTheEnglishUses(String bundle, String language) throws IOException {
        Properties translation = translation(bundle, language);

        Map<String, Set<String>> dropped = new TreeMap<>();
        english(bundle).forEach((key, method) -> {
            String translated = translation.getProperty(key);
            if (translated == null) {
                return; // reported by the test of the keys
            }
            Set<String> lost = new TreeSet<>(
                    parametersUsed(method, method.getAnnotation(Message.class).value()));
            lost.removeAll(parametersUsed(method, translated));
            if (!lost.isEmpty()) {
                dropped.put(key, lost);
            }
        });

        assertTrue(
                dropped.isEmpty(),
                bundle + "_" + language + ".properties drops parameters the English uses: " + dropped);
    }

    @Test
    void everyLanguageFileIsOfferedAndEveryOfferedLanguageHasItsFile() throws IOException {
        Properties configuration = new Properties();
        try (InputStream in = resource("application.properties").openStream()) {
            configuration.load(in);
        }
        String fallback = Locale.forLanguageTag(configuration.getProperty("quarkus.default-locale"))
                .getLanguage();
        Set<String> offered = Arrays.stream(
                        configuration.getProperty("quarkus.locales").split(","))
                .map(tag -> Locale.forLanguageTag(tag.strip()).getLanguage())
                .filter(language -> !language.equals(fallback))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(
                offered,
                new TreeSet<>(languages().toList()),
                "the languages of quarkus.locales (but English, written in Messages) vs the messages/msg_*.properties");
    }

    /** Each bundle in each language: {@code (report, fr)} for report_fr.properties. */
    static Stream<Arguments> translations() throws IOException {
        List<String> languages = languages().toList();
        return BUNDLES.keySet().stream()
                .sorted()
                .flatMap(bundle -> languages.stream().map(language -> Arguments.of(bundle, language)));
    }

    /** The languages with a file, e.g. {@code fr} for msg_fr.properties. */
    static Stream<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files
                    .map(file -> LANGUAGE_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(name -> name.group(1))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Properties translation(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        // Quarkus reads them as UTF-8: a file in another encoding fails here rather than showing garbage.
        try (Reader in = Files.newBufferedReader(
                directory().resolve(bundle + "_" + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** The names of the method's parameters that appear in an expression of {@code text}. */
    private static Set<String> parametersUsed(Method method, String text) {
        List<String> expressions = EXPRESSION
                .matcher(text)
                .results()
                .map(expression -> QUOTED.matcher(expression.group(1)).replaceAll(""))
                .toList();
        return Arrays.stream(method.getParameters())
                .map(MessagesCompletenessTest::name)
                .filter(name -> expressions.stream()
                        .anyMatch(expression -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b")
                                .matcher(expression)
                                .find()))
                .collect(Collectors.toSet());
    }

    private static String name(Parameter parameter) {
        if (!parameter.isNamePresent()) {
            throw new IllegalStateException("Messages must be compiled with -parameters: Qute names the parameters");
        }
        return parameter.getName();
    }

    private static String key(Method method) {
        String key = method.getAnnotation(Message.class).key();
        return Set.of(Message.DEFAULT_NAME, Message.ELEMENT_NAME).contains(key) ? method.getName() : key;
    }

    private static Path directory() {
        try {
            return Path.of(resource("messages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL resource(String name) {
        URL url = MessagesCompletenessTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        return url;
    }
}
