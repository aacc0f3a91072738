package org.consortia.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.consortia.common.CanonicalJson;

/**
 * The frozen form of a submitted revision: its {@link ReportDocument} as canonical JSON ({@link CanonicalJson}), which
 * is what is stored, hashed and read back.
 */
@ApplicationScoped
class ReportContent {

    String write(ReportDocument document) {
        return CanonicalJson.write(document);
    }

    ReportDocument read(Report report) {
        return CanonicalJson.read(report.content, ReportDocument.class, "report " + report.id);
    }
}
