package org.consortia.deliverable.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsAndParentReferencesAreDropped() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("report.pdf", FileNames.sanitise("C:\\Users\\me\\report.pdf"));
        assertEquals("a.pdf", FileNames.sanitise("..a..pdf"));
    }

    @Test
    void controlAndBidirectionalCharactersAreDropped() {
        assertEquals("invoicefdp.exe.pdf", FileNames.sanitise("invoice\u202Efdp.exe.pdf"));
        assertEquals("minutes.pdf", FileNames.sanitise("min\u0000ut\u0007es.pdf"));
    }

    @Test
    void nothingLeftGivesAPlainName() {
        assertEquals("file", FileNames.sanitise(null));
        assertEquals("file", FileNames.sanitise("../.."));
    }

    @Test
    void longNamesKeepTheirEnd() {
        String name = FileNames.sanitise("x".repeat(300) + ".pdf");
        assertEquals(200, name.length());
        assertTrue(name.endsWith(".pdf"));
    }
}
