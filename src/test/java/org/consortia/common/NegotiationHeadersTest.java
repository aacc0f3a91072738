package org.consortia.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationHeadersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Accept | text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7 | true",
                "Accept | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
                "Accept | */* | true",
                "Accept | application/json, application/problem+json | true",
                "Accept | text/calendar;charset=utf-8;q=0.5 | true",
                "Accept | '\"' | false",
                "Accept | '*, \"x' | false",
                "Accept | 99999999999999999999 | false",
                "Accept | text/html;q=2,*/*;q=-1 | false",
                "Accept | xx-YY-zz;q=abc | false",
                "Accept-Language | fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7 | true",
                "Accept-Language | * | true",
                "Accept-Language | en | true",
                "Accept-Language | xx-YY-zz;q=abc | false",
                "Accept-Language | fr;q=2 | false",
            })
    void readsWhatQuarkusRestReads(String header, String value, boolean readable) {
        assertThat(header + ": " + value, NegotiationHeaders.readable(header, value), is(readable));
    }
}
