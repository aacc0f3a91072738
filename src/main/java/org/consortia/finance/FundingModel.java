package org.consortia.finance;

/** How the grant pays: the costs actually incurred, a lump sum per work package, or unit costs. */
public enum FundingModel {
    ACTUAL_COSTS,
    LUMP_SUM,
    UNIT_COSTS
}
