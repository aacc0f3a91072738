package org.consortia.deliverable;

/** The deliverable types of EU grant agreements (report, demonstrator, websites/patents, data, …). */
public enum DeliverableType {
    R,
    DEM,
    DEC,
    DATA,
    DMP,
    ETHICS,
    SECURITY,
    OTHER
}
