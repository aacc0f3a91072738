package org.consortia.attendance;

/** The questions of an evaluation survey when its organisers did not write their own, each scored 1 to 5. */
public enum StandardQuestion {
    USEFUL,
    CONTENT,
    ORGANISATION,
    EXCHANGE
}
