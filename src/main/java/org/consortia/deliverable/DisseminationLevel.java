package org.consortia.deliverable;

/** PU: public; SEN: sensitive, limited to the consortium and the funder. */
public enum DisseminationLevel {
    PU,
    SEN
}
