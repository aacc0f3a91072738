package org.consortia.deliverable.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void theThreeFormsOfASingleRange() {
        assertEquals(Optional.of(new ByteRange(0, 7)), ByteRange.parse("bytes=0-7", 100));
        assertEquals(Optional.of(new ByteRange(90, 99)), ByteRange.parse("bytes=90-", 100));
        assertEquals(Optional.of(new ByteRange(80, 99)), ByteRange.parse("bytes=-20", 100));
        assertEquals(Optional.of(new ByteRange(95, 99)), ByteRange.parse("bytes=95-200", 100));
    }

    @Test
    void severalRangesOrNonsenseMeanTheWholeFile() {
        assertTrue(ByteRange.parse("bytes=0-1,5-6", 100).isEmpty());
        assertTrue(ByteRange.parse("items=0-1", 100).isEmpty());
        assertTrue(ByteRange.parse("bytes=-", 100).isEmpty());
        assertTrue(ByteRange.parse(null, 100).isEmpty());
    }

    @Test
    void aRangeBeyondTheFileCannotBeSatisfied() {
        assertFalse(ByteRange.parse("bytes=100-", 100).orElseThrow().satisfiable(100));
        assertFalse(ByteRange.parse("bytes=9-3", 100).orElseThrow().satisfiable(100));
    }

    @Test
    void aPositionTooLargeForANumberIsPastTheEnd() {
        assertFalse(ByteRange.parse("bytes=99999999999999999999-", 100)
                .orElseThrow()
                .satisfiable(100));
        assertFalse(ByteRange.parse("bytes=99999999999999999999-99999999999999999999", 100)
                .orElseThrow()
                .satisfiable(100));
        assertEquals(Optional.of(new ByteRange(10, 99)), ByteRange.parse("bytes=10-99999999999999999999", 100));
        assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.parse("bytes=-99999999999999999999", 100));
    }
}
